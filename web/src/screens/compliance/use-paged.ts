import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, type QueryValue } from '../../api/client.ts';

export interface Paged<T> {
  items: T[];
  error: ApiError | null;
  loading: boolean;
  hasMore: boolean;
  loadMore(): void;
  reload(): void;
}

/** A cursor-paginated list: the first page when the query changes, then "load more" appends the next. */
export function usePaged<T>(path: string, query: Record<string, QueryValue>): Paged<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify([path, query]);
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      try {
        const [p, q] = JSON.parse(key) as [string, Record<string, QueryValue>];
        const page = await api<{ items: T[]; nextCursor: string | null }>(p, {
          query: { ...q, cursor: after },
        });
        if (mine !== generation.current) return;
        setItems((current) => (after ? [...current, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setError(null);
      } catch (caught) {
        if (mine !== generation.current) return;
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [key],
  );

  useEffect(() => {
    setItems([]);
    void load(null);
  }, [load]);

  return {
    items,
    error,
    loading,
    hasMore: cursor !== null,
    loadMore: () => void load(cursor),
    reload: () => void load(null),
  };
}
