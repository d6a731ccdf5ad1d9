/**
 * A circuit breaker for one workspace's model: after `failures` errors or timeouts within `windowMs`
 * the model is skipped for `cooldownMs` (the built-in engine answers at once), then one call is let
 * through as a probe: its success closes the breaker, its failure opens it again.
 */
export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  failures?: number;
  windowMs?: number;
  cooldownMs?: number;
  now?: () => number;
  /** Called once per change of state, never per call. */
  onTransition?: (from: BreakerState, to: BreakerState) => void;
}

export const BREAKER_DEFAULTS = { failures: 3, windowMs: 60_000, cooldownMs: 30_000 } as const;

export interface CircuitBreaker {
  readonly state: BreakerState;
  /** Open and still cooling down: nothing goes to the model (asking does not use up the probe). */
  resting(): boolean;
  /** Whether a call may go to the model now; in half-open, only the one probe may. */
  allow(): boolean;
  success(): void;
  failure(): void;
}

export function createBreaker(options: BreakerOptions = {}): CircuitBreaker {
  const failures = options.failures ?? BREAKER_DEFAULTS.failures;
  const windowMs = options.windowMs ?? BREAKER_DEFAULTS.windowMs;
  const cooldownMs = options.cooldownMs ?? BREAKER_DEFAULTS.cooldownMs;
  const now = options.now ?? Date.now;
  let state: BreakerState = 'closed';
  let recent: number[] = [];
  let openedAt = 0;
  let probing = false;

  const move = (to: BreakerState) => {
    if (to === state) return;
    const from = state;
    state = to;
    options.onTransition?.(from, to);
  };
  const open = () => {
    openedAt = now();
    probing = false;
    recent = [];
    move('open');
  };

  return {
    get state() {
      return state;
    },
    resting() {
      return state === 'open' && now() - openedAt < cooldownMs;
    },
    allow() {
      if (state === 'closed') return true;
      if (state === 'open') {
        if (now() - openedAt < cooldownMs) return false;
        move('half_open');
      }
      if (probing) return false;
      probing = true;
      return true;
    },
    success() {
      if (state === 'half_open') {
        probing = false;
        recent = [];
        move('closed');
      }
    },
    failure() {
      if (state === 'half_open') {
        open();
        return;
      }
      if (state === 'open') return;
      const at = now();
      recent = [...recent.filter((t) => at - t < windowMs), at];
      if (recent.length >= failures) open();
    },
  };
}
