/**
 * Percentiles by linear interpolation between the closest ranks (PostgreSQL's percentile_cont), computed
 * here rather than in SQL so SQLite and PostgreSQL agree to the digit. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return round(lowValue + (highValue - lowValue) * (rank - low));
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

/** Seconds to the millisecond, so a JSON number never shows float noise. */
export const round = (value: number) => Math.round(value * 1000) / 1000;

/** Groups values by a key, keeping the first-seen order of keys. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
