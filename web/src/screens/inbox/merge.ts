import type { LeadSummary } from '../../api/leads.ts';

/** The inbox order: newest inquiry first, ties by id, as GET /leads pages them. */
export function compareLeads(a: LeadSummary, b: LeadSummary): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Folds a fresh first page into the rows on screen: fresher rows replace theirs, new leads appear in
 * order, and a row inside the fresh page's range that the page no longer holds (it stopped matching the
 * filters) goes. Rows beyond that range, loaded with "Load more", stay.
 */
export function mergeFirstPage(
  current: readonly LeadSummary[],
  fresh: readonly LeadSummary[],
  freshIsWholeList: boolean,
): LeadSummary[] {
  const byId = new Map(fresh.map((lead) => [lead.id, lead]));
  const oldest = fresh[fresh.length - 1];
  const kept = current.filter((lead) => {
    if (byId.has(lead.id)) return false;
    if (freshIsWholeList) return false;
    return oldest !== undefined && compareLeads(lead, oldest) > 0;
  });
  return [...fresh, ...kept].sort(compareLeads);
}
