import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import { ApiError, api } from '../../api/client.ts';
import { isLiveConnected, useLiveEvents } from '../../api/events.ts';
import type { LeadPage, LeadSummary } from '../../api/leads.ts';
import { useUser } from '../../api/session.tsx';
import type { PossibleOptOut } from '../../api/types.ts';
import { useTeam } from '../../api/users.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import {
  type InboxFilters as Filters,
  filtersFromSearch,
  hasFilters,
  leadsQuery,
  searchFromFilters,
} from './filters.ts';
import { InboxFilters } from './InboxFilters.tsx';
import { LeadRow } from './LeadRow.tsx';
import { mergeFirstPage } from './merge.ts';
import './inbox.css';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

const REFRESH_DELAY_MS = 250;
/** Without the live stream (a proxy that buffers it), the inbox still catches up this often. */
const FALLBACK_POLL_MS = 15_000;

interface ListState {
  items: LeadSummary[];
  nextCursor: string | null;
}

export function InboxScreen() {
  const user = useUser();
  // Platform operators belong to no workspace: they have no inbox.
  if (!user.role) return <Redirect to="/workspaces" replace />;
  return <WorkspaceInbox />;
}

function WorkspaceInbox() {
  useDocumentTitle('Inbox');
  const user = useUser();
  const team = useTeam(user);
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const query = searchFromFilters(filters);
  const [list, setList] = useState<ListState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [flagged, setFlagged] = useState<ReadonlyMap<string, PossibleOptOut>>(new Map());
  const generation = useRef(0);

  const setFilters = useCallback(
    (next: Filters) => {
      const qs = searchFromFilters(next);
      navigate(qs ? `/inbox?${qs}` : '/inbox', { replace: true });
    },
    [navigate],
  );

  const loadFirstPage = useCallback(
    async (merge: boolean) => {
      const mine = ++generation.current;
      void loadFlagged().then((next) => {
        if (next && mine === generation.current) setFlagged(next);
      });
      try {
        const page = await api<LeadPage>('/leads', { query: leadsQuery(filtersFromSearch(query)) });
        if (mine !== generation.current) return;
        setList((current) =>
          merge && current
            ? {
                items: mergeFirstPage(current.items, page.items, page.nextCursor === null),
                nextCursor: current.items.length > page.items.length ? current.nextCursor : page.nextCursor,
              }
            : page,
        );
        setError(null);
      } catch (caught) {
        if (mine !== generation.current) return;
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
      }
    },
    [query],
  );

  useEffect(() => {
    setList(null);
    void loadFirstPage(false);
  }, [loadFirstPage]);

  // Live: a burst of events (a text in, the reply out) becomes one refresh.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const scheduleRefresh = useCallback(() => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      void loadFirstPage(true);
    }, REFRESH_DELAY_MS);
  }, [loadFirstPage]);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  useLiveEvents((event) => {
    if (event.type !== 'appointment') scheduleRefresh();
  });
  useEffect(() => {
    const timer = setInterval(() => {
      if (!isLiveConnected() && document.visibilityState === 'visible') scheduleRefresh();
    }, FALLBACK_POLL_MS);
    return () => clearInterval(timer);
  }, [scheduleRefresh]);

  async function loadMore() {
    if (!list?.nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await api<LeadPage>('/leads', { query: leadsQuery(filters, list.nextCursor) });
      setList((current) => {
        const seen = new Set(current?.items.map((lead) => lead.id));
        return {
          items: [...(current?.items ?? []), ...page.items.filter((lead) => !seen.has(lead.id))],
          nextCursor: page.nextCursor,
        };
      });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="inbox">
      <div className="page-heading">
        <h1>Inbox</h1>
        <Link href="/sandbox" className="button">
          Sandbox phone
        </Link>
      </div>
      <InboxFilters filters={filters} team={team} onChange={setFilters} />
      <ErrorBanner error={error} onRetry={() => void loadFirstPage(false)} />
      {list === null && !error && (
        <p className="muted" role="status">
          Loading leads…
        </p>
      )}
      {list && list.items.length === 0 && (
        <InboxEmpty filtered={hasFilters(filters)} onClear={() => setFilters({})} />
      )}
      {list && list.items.length > 0 && (
        <>
          <p className="visually-hidden" role="status">
            {list.items.length} leads shown
          </p>
          <ul className="lead-list" aria-label="Leads, newest first">
            {list.items.map((lead) => (
              <LeadRow key={lead.id} lead={lead} possibleOptOut={flagged.get(lead.id)} />
            ))}
          </ul>
          {list.nextCursor && (
            <Button onClick={loadMore} busy={loadingMore} className="load-more">
              Load more
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/**
 * Leads waiting on a person's decision about a possible opt-out, by lead (the newest flag each). A failure
 * here leaves the badges as they were rather than hiding the inbox.
 */
async function loadFlagged(): Promise<ReadonlyMap<string, PossibleOptOut> | null> {
  try {
    const { items } = await api<{ items: PossibleOptOut[] }>('/possible-opt-outs');
    const byLead = new Map<string, PossibleOptOut>();
    for (const flag of items) if (!byLead.has(flag.leadId)) byLead.set(flag.leadId, flag);
    return byLead;
  } catch {
    return null;
  }
}

function InboxEmpty({ filtered, onClear }: { filtered: boolean; onClear(): void }) {
  if (filtered) {
    return (
      <EmptyState title="No leads match these filters">
        <Button variant="link" onClick={onClear}>
          Clear the filters
        </Button>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No leads yet">
      <p>See the assistant at work before a real lead arrives: text it as a lead from the sandbox phone.</p>
      <Link href="/sandbox" className="button button-primary">
        Open the sandbox phone
      </Link>
    </EmptyState>
  );
}
