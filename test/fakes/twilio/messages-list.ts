import { errorJson, type FakeMessage, messageJson } from './twilio-json.js';

/**
 * GET .../Messages.json: newest first, filtered by To, From and DateSent (=, <, >), paged with PageSize and
 * Page, answered with Twilio's paging fields. A message not sent yet has no DateSent and fails any DateSent filter.
 */
export function listMessagesPage(
  messages: readonly FakeMessage[],
  q: URLSearchParams,
  base: string,
): { status: number; body: Record<string, unknown> } {
  const filters = new URLSearchParams();
  for (const name of ['To', 'From', 'DateSent', 'DateSent<', 'DateSent>']) {
    const value = q.get(name);
    if (value !== null) filters.set(name, value);
  }
  const bounds = dateBounds(filters);
  if (!bounds) return { status: 400, body: errorJson(400, 20001, 'Invalid DateSent filter') };

  const matching = [...messages]
    .reverse()
    .sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime())
    .filter((m) => {
      if (filters.has('To') && m.to !== filters.get('To')) return false;
      if (filters.has('From') && m.from !== filters.get('From')) return false;
      if (!bounds.active) return true;
      if (!m.dateSent) return false;
      const sent = m.dateSent.getTime();
      return sent >= bounds.from && sent <= bounds.to;
    });

  const pageSize = Math.min(1000, Math.max(1, Number(q.get('PageSize') ?? 50) || 50));
  const page = Math.max(0, Number(q.get('Page') ?? 0) || 0);
  const start = page * pageSize;
  const slice = matching.slice(start, start + pageSize);
  const pageUri = (n: number) => {
    const params = new URLSearchParams(filters);
    params.set('PageSize', String(pageSize));
    params.set('Page', String(n));
    if (n > 0) params.set('PageToken', `PA${n}`);
    return `${base}/Messages.json?${params.toString()}`;
  };
  return {
    status: 200,
    body: {
      end: slice.length > 0 ? start + slice.length - 1 : start,
      first_page_uri: pageUri(0),
      next_page_uri: start + pageSize < matching.length ? pageUri(page + 1) : null,
      page,
      page_size: pageSize,
      previous_page_uri: page > 0 ? pageUri(page - 1) : null,
      messages: slice.map(messageJson),
      start,
      uri: pageUri(page),
    },
  };
}

/** DateSent filters: a bare date means the whole GMT day; a date-time is exact. */
function dateBounds(filters: URLSearchParams): { active: boolean; from: number; to: number } | undefined {
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.POSITIVE_INFINITY;
  const DAY = 86_400_000;
  for (const [name, value] of filters) {
    if (!name.startsWith('DateSent')) continue;
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const at = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(at)) return undefined;
    if (name === 'DateSent>') from = Math.max(from, at);
    else if (name === 'DateSent<') to = Math.min(to, dateOnly ? at + DAY - 1 : at);
    else {
      from = Math.max(from, at);
      to = Math.min(to, dateOnly ? at + DAY - 1 : at);
    }
  }
  return { active: from !== Number.NEGATIVE_INFINITY || to !== Number.POSITIVE_INFINITY, from, to };
}
