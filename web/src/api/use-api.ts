import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './client.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  /** Loads again, keeping the current data on screen meanwhile. */
  reload(): Promise<void>;
  setData(update: (current: T | undefined) => T | undefined): void;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error));
}

/**
 * Runs `load` when `deps` (plain values: ids, filters) change; the latest answer wins over slower earlier ones.
 */
export function useApi<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
  options: { keepPrevious?: boolean } = {},
): Loaded<T> {
  const keepPrevious = options.keepPrevious ?? false;
  const depsKey = JSON.stringify(deps);
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const run = useCallback(async (signal?: AbortSignal) => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const result = await loader.current(signal ?? new AbortController().signal);
      if (mine !== generation.current) return;
      setDataState(result);
      setError(null);
    } catch (caught) {
      if (mine !== generation.current || (caught instanceof DOMException && caught.name === 'AbortError'))
        return;
      setError(asApiError(caught));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: depsKey stands for the caller's deps
  useEffect(() => {
    const controller = new AbortController();
    if (!keepPrevious) setDataState(undefined);
    void run(controller.signal);
    return () => controller.abort();
  }, [depsKey, run, keepPrevious]);

  const reload = useCallback(() => run(), [run]);
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) => setDataState(update),
    [],
  );
  return { data, error, loading, reload, setData };
}
