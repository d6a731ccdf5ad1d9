import { analyze } from './analyze.js';
import type { Understanding } from './understanding.schema.js';

/** Friday 6 March 2026, 10:00 in New York; clocks go forward on Sunday 8 March. */
export const FRIDAY_BEFORE_DST = { now: '2026-03-06T10:00:00-05:00', tz: 'America/New_York' } as const;

export function read(text: string, at: { now: string; tz: string } = FRIDAY_BEFORE_DST): Understanding {
  return analyze(text, at);
}
