import type { AppContext } from '../../http/context.js';
import { loadWorkspaceMessaging } from '../../messaging/messaging.settings.js';
import { fieldsToLead, type ParseOutcome } from '../field-mapping.js';
import type { PayloadParser } from '../ingest.service.js';
import { leadSourceOf, settingsOf } from '../sources.service.js';
import type { LeadSourceRow } from '../sources.table.js';

const ID_KEYS = [
  'id',
  'lead_id',
  'leadId',
  'leadid',
  'external_id',
  'externalId',
  'submission_id',
  'submissionId',
];
const MAX_FIELDS = 200;
const MAX_DEPTH = 4;

/**
 * A posted object as named values: nested objects by dotted keys ("contact.phone"), lists joined with
 * commas, so a mapping can name any of them and unmapped answers land in the message.
 */
export function flattenFields(body: unknown): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const walk = (value: unknown, key: string, depth: number) => {
    if (pairs.length >= MAX_FIELDS || value === null || value === undefined) return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (key) pairs.push([key.slice(0, 200), String(value).slice(0, 5000)]);
    } else if (Array.isArray(value)) {
      if (value.every((v) => typeof v !== 'object' || v === null))
        walk(value.filter((v) => v !== null).join(', '), key, depth);
      else
        value.forEach((v, i) => {
          walk(v, `${key}.${i}`, depth + 1);
        });
    } else if (typeof value === 'object' && depth < MAX_DEPTH) {
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k, depth + 1);
    }
  };
  walk(body, '', 0);
  return pairs;
}

/** The body of a generic webhook post read with the source's mapping; also the test mode's answer. */
export async function readWebhookBody(
  ctx: AppContext,
  source: LeadSourceRow,
  body: unknown,
): Promise<ParseOutcome> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, reason: 'the body must be one JSON object or form' };
  const record = body as Record<string, unknown>;
  const idKey = ID_KEYS.find((k) => typeof record[k] === 'string' || typeof record[k] === 'number');
  const pairs = flattenFields(body).filter(([key]) => key !== idKey);
  const workspace = await loadWorkspaceMessaging(ctx.db, source.workspaceId);
  const outcome = fieldsToLead(pairs, {
    mapping: settingsOf(source).mapping,
    defaultSource: leadSourceOf(source),
    timezone: workspace.timezone,
    now: ctx.clock.now(),
  });
  if (!outcome.ok) return outcome;
  const externalId = idKey ? String(record[idKey]).slice(0, 300) : undefined;
  return { ok: true, parsed: { ...outcome.parsed, ...(externalId ? { externalId } : {}) } };
}

export const parseWebhookPayload: PayloadParser = async (ctx, source, payload) => {
  let body: unknown;
  try {
    body = JSON.parse(payload.raw ?? 'null');
  } catch {
    return { ok: false, reason: 'the stored body is not JSON' };
  }
  return readWebhookBody(ctx, source, body);
};
