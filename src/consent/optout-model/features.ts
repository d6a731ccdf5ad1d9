/**
 * The features the opt-out classifier reads, shared by training and inference so the two can never
 * disagree. Text is normalised (lowercase, accents folded, apostrophes dropped, digits collapsed), split
 * into clauses, and words inside a negation's scope are marked (`NOT_stop`), so "don't stop sending" and
 * "stop sending" look different to a linear model. Features are hashed into a fixed number of buckets.
 */

/** Words that open a negation scope, in English and Spanish (after apostrophes are dropped). */
const NEGATORS = new Set(
  `not no never dont doesnt didnt cant cannot wont havent hasnt hadnt isnt arent wasnt werent aint
  shouldnt wouldnt couldnt nor neither nunca ni tampoco jamas`.split(/\s+/),
);

/** Words that close a negation scope before the clause ends: "not now but stop texting me". */
const SCOPE_BREAKERS = new Set(
  `but pero so because bc cause cuz though although however just then if when unless since sino aunque
  porque pues also instead`.split(/\s+/),
);

export interface Prepared {
  /** Clauses of normalised words, before negation marking. */
  clauses: string[][];
  /** All words, negation-marked, in order, with clause ends as `|`. */
  marked: string[];
}

/** Lowercase, fold accents and typographic quotes, collapse digit runs and letter repeats. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4']/g, '')
    .replace(/\d+(?:[.,:]\d+)*/g, '0')
    .replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/** Clauses split at punctuation and line breaks; words are letters and the digit placeholder. */
export function prepare(text: string): Prepared {
  const clauses = normalise(text)
    .split(/[.!?,;:\n\r()[\]{}"¿¡…]+|\s-\s/u)
    .map((part) => part.match(/[\p{L}0]+/gu) ?? [])
    .filter((words) => words.length > 0);
  const marked: string[] = [];
  for (const clause of clauses) {
    let negated = false;
    for (const word of clause) {
      if (SCOPE_BREAKERS.has(word)) negated = false;
      marked.push(negated ? `NOT_${word}` : word);
      if (NEGATORS.has(word)) negated = true;
    }
    marked.push('|');
  }
  return { clauses, marked };
}

/** FNV-1a over UTF-16 code units: fast, stable across platforms, good enough spread for hashing tricks. */
export function hash32(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A sparse feature vector: bucket indexes and values, L2-normalised per feature group. */
export interface SparseVector {
  index: Int32Array;
  value: Float64Array;
}

export interface FeatureOptions {
  /** Number of hash buckets, a power of two. */
  buckets: number;
  /** Character n-grams from `charMin` to `charMax` letters; 0 to skip them. */
  charMin: number;
  charMax: number;
  /** How much the character n-grams weigh against the words (each group has unit length before this). */
  charWeight: number;
}

function addGroup(into: Map<number, number>, keys: readonly string[], buckets: number, scale: number): void {
  if (keys.length === 0) return;
  const weight = scale / Math.sqrt(keys.length);
  const mask = buckets - 1;
  for (const key of keys) {
    const bucket = hash32(key) & mask;
    into.set(bucket, (into.get(bucket) ?? 0) + weight);
  }
}

/** Word unigrams and bigrams (negation-marked, with clause edges) and character n-grams of each clause. */
export function featureKeys(text: string, options: Pick<FeatureOptions, 'charMin' | 'charMax'>) {
  const { clauses, marked } = prepare(text);
  const words: string[] = ['b:bias'];
  let previous = '|';
  for (const token of marked) {
    if (token !== '|') words.push(`w:${token}`);
    words.push(`b:${previous} ${token}`);
    previous = token;
  }
  const chars: string[] = [];
  if (options.charMax > 0) {
    for (const clause of clauses) {
      const padded = ` ${clause.join(' ')} `;
      for (let n = options.charMin; n <= options.charMax; n++) {
        for (let i = 0; i + n <= padded.length; i++) chars.push(`c:${padded.slice(i, i + n)}`);
      }
    }
  }
  return { words, chars };
}

export function featurize(text: string, options: FeatureOptions): SparseVector {
  const { words, chars } = featureKeys(text, options);
  const map = new Map<number, number>();
  addGroup(map, words, options.buckets, 1);
  addGroup(map, chars, options.buckets, options.charWeight);
  const entries = [...map.entries()].sort((a, b) => a[0] - b[0]);
  return {
    index: Int32Array.from(entries, ([i]) => i),
    value: Float64Array.from(entries, ([, v]) => v),
  };
}

export function dot(weights: ArrayLike<number>, x: SparseVector, offset = 0): number {
  let sum = 0;
  for (let k = 0; k < x.index.length; k++)
    sum += (weights[offset + (x.index[k] ?? 0)] ?? 0) * (x.value[k] ?? 0);
  return sum;
}

export const sigmoid = (z: number): number =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
