/** The default budget of a turn: how long its model calls together may take before the built-in engine answers. */
export const DEFAULT_BUDGET_MS = 2500;

/** The most a turn may give the model (the setting's maximum): the turn's own budget is the real limit. */
export const MAX_TURN_BUDGET_MS = 30_000;

export type Budgeted<T> =
  | { status: 'done'; value: T }
  | { status: 'timeout' }
  | { status: 'error'; error: unknown };

export class BudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`The language model took longer than ${budgetMs} ms`);
    this.name = 'BudgetExceededError';
  }
}

/**
 * Runs `work` with a signal that aborts after `budgetMs` (or when `signal` aborts), and stops waiting at
 * that moment even if the work ignores its signal: a provider that hangs cannot hold the turn.
 */
export async function withinBudget<T>(
  budgetMs: number,
  signal: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<Budgeted<T>> {
  // The caller's budget running out is a timeout too, not an error.
  const spent = () => signal?.reason instanceof BudgetExceededError;
  if (signal?.aborted) return spent() ? { status: 'timeout' } : { status: 'error', error: signal.reason };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new BudgetExceededError(budgetMs));
  }, budgetMs);
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const aborted = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  try {
    const value = await Promise.race([Promise.resolve().then(() => work(controller.signal)), aborted]);
    return { status: 'done', value };
  } catch (error) {
    return timedOut || spent() ? { status: 'timeout' } : { status: 'error', error };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/** Milliseconds since `start` (a `performance.now()` reading), whole. */
export function elapsedMs(start: number): number {
  return Math.max(0, Math.round(performance.now() - start));
}
