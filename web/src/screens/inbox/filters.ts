import type { QueryValue } from '../../api/client.ts';
import { isStage } from '../../api/labels.ts';
import type { LeadStage } from '../../api/leads.ts';

/** What the inbox shows, kept in the address so a filtered view can be reloaded, shared and bookmarked. */
export interface InboxFilters {
  stage?: LeadStage;
  source?: string;
  /** A user id. */
  agent?: string;
  needsHuman?: boolean;
  q?: string;
}

const MAX_TEXT = 100;

function text(value: string | null): string | undefined {
  const trimmed = value?.trim().slice(0, MAX_TEXT);
  return trimmed ? trimmed : undefined;
}

/** Reads the filters from a query string; unknown or malformed values are dropped, never sent on. */
export function filtersFromSearch(search: string): InboxFilters {
  const params = new URLSearchParams(search);
  const filters: InboxFilters = {};
  const stage = params.get('stage');
  if (isStage(stage)) filters.stage = stage;
  const source = text(params.get('source'));
  if (source) filters.source = source;
  const agent = text(params.get('agent'));
  if (agent) filters.agent = agent;
  if (params.get('needsHuman') === 'true') filters.needsHuman = true;
  const q = text(params.get('q'));
  if (q) filters.q = q;
  return filters;
}

/** The query string for the filters, in a stable order, without empty values ("" for none). */
export function searchFromFilters(filters: InboxFilters): string {
  const params = new URLSearchParams();
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.source?.trim()) params.set('source', filters.source.trim());
  if (filters.agent) params.set('agent', filters.agent);
  if (filters.needsHuman) params.set('needsHuman', 'true');
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  return params.toString();
}

/** The GET /leads query for the filters. */
export function leadsQuery(filters: InboxFilters, cursor?: string | null): Record<string, QueryValue> {
  return {
    limit: 50,
    stage: filters.stage,
    source: filters.source,
    assignedUserId: filters.agent,
    needsHuman: filters.needsHuman ? 'true' : undefined,
    q: filters.q,
    cursor: cursor ?? undefined,
  };
}

export function hasFilters(filters: InboxFilters): boolean {
  return searchFromFilters(filters) !== '';
}
