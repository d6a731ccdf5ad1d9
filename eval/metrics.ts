import { readFileSync } from 'node:fs';

/** Counts for one field: a wrong value is both a false positive and a false negative. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** A target the suite must meet; `met` is false when the value falls below it (above it for a ceiling). */
export interface TargetCheck {
  name: string;
  value: number;
  target: number;
  met: boolean;
  /** A ceiling rather than a floor ("uncertain on at most 5% of texts"). */
  ceiling?: true;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/**
 * Adds one comparison. `expected`/`predicted` are null when there is nothing to find (false and []
 * count as nothing for booleans that default to false and for lists).
 */
export function count(counts: Counts, expected: unknown, predicted: unknown, same: boolean): void {
  const hasExpected = expected !== null && expected !== undefined;
  const hasPredicted = predicted !== null && predicted !== undefined;
  if (hasPredicted && hasExpected && same) counts.tp++;
  else {
    if (hasPredicted) counts.fp++;
    if (hasExpected) counts.fn++;
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function scores(c: Counts): Scores {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function atLeast(name: string, value: number, target: number): TargetCheck {
  return { name, value, target, met: value >= target - 1e-9 };
}

export function atMost(name: string, value: number, target: number): TargetCheck {
  return { name, value, target, met: value <= target + 1e-9, ceiling: true };
}

/** "recall 0.912 < 0.98" or "uncertain 0.061 > 0.05". */
export function describeMiss(t: TargetCheck): string {
  return `${t.name} ${t.value.toFixed(3)} ${t.ceiling ? '>' : '<'} ${t.target}`;
}

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** A corpus file, one JSON object a line; a line that is not JSON stops the run with its number. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
}
