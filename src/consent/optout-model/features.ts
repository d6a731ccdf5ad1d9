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

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units, continued from state `h`: a key can be hashed piece by piece. */
function fnv(h: number, value: string): number {
  let state = h;
  for (let i = 0; i < value.length; i++) {
    state ^= value.charCodeAt(i);
    state = Math.imul(state, 0x01000193);
  }
  return state;
}

/** FNV-1a: fast, stable across platforms, good enough spread for the hashing trick. */
export const hash32 = (value: string): number => fnv(FNV_OFFSET, value) >>> 0;

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

const WORD = fnv(FNV_OFFSET, 'w:');
const BIGRAM = fnv(FNV_OFFSET, 'b:');
const CHAR = fnv(FNV_OFFSET, 'c:');
const BIAS = hash32('b:bias');

export interface FeatureHashes {
  /** Bias, word unigrams and bigrams (negation-marked, with clause edges). */
  words: number[];
  /** Character n-grams of each clause, padded with spaces. */
  chars: number[];
}

/**
 * The hashed keys of one text, computed without building the key strings: a key's hash is the same as
 * `hash32('w:' + token)`, `hash32('b:' + previous + ' ' + token)` or `hash32('c:' + ngram)`.
 */
export function featureHashes(
  text: string,
  options: Pick<FeatureOptions, 'charMin' | 'charMax'>,
): FeatureHashes {
  const { clauses, marked } = prepare(text);
  const words = [BIAS];
  let previous = '|';
  for (const token of marked) {
    if (token !== '|') words.push(fnv(WORD, token) >>> 0);
    words.push(fnv(fnv(fnv(BIGRAM, previous), ' '), token) >>> 0);
    previous = token;
  }
  const chars: number[] = [];
  if (options.charMax > 0) {
    for (const clause of clauses) {
      const padded = ` ${clause.join(' ')} `;
      for (let i = 0; i < padded.length; i++) {
        let h = CHAR;
        for (let n = 1; n <= options.charMax && i + n <= padded.length; n++) {
          h = Math.imul(h ^ padded.charCodeAt(i + n - 1), 0x01000193);
          if (n >= options.charMin) chars.push(h >>> 0);
        }
      }
    }
  }
  return { words, chars };
}

/** Each group has unit length, then the character group is scaled by `charWeight`. */
function groupWeights(hashes: FeatureHashes, options: FeatureOptions): [number, number] {
  return [
    hashes.words.length ? 1 / Math.sqrt(hashes.words.length) : 0,
    hashes.chars.length ? options.charWeight / Math.sqrt(hashes.chars.length) : 0,
  ];
}

/** The sparse vector of a text, for training. */
export function featurize(text: string, options: FeatureOptions): SparseVector {
  const hashes = featureHashes(text, options);
  const [wordWeight, charWeight] = groupWeights(hashes, options);
  const mask = options.buckets - 1;
  const map = new Map<number, number>();
  for (const h of hashes.words) map.set(h & mask, (map.get(h & mask) ?? 0) + wordWeight);
  for (const h of hashes.chars) map.set(h & mask, (map.get(h & mask) ?? 0) + charWeight);
  const entries = [...map.entries()].sort((a, b) => a[0] - b[0]);
  return {
    index: Int32Array.from(entries, ([i]) => i),
    value: Float64Array.from(entries, ([, v]) => v),
  };
}

/** `dot(weights, featurize(text), offset)` without building the vector: the path inference takes. */
export function linearScore(
  weights: ArrayLike<number>,
  hashes: FeatureHashes,
  options: FeatureOptions,
  offset = 0,
): number {
  const [wordWeight, charWeight] = groupWeights(hashes, options);
  const mask = options.buckets - 1;
  let words = 0;
  for (const h of hashes.words) words += weights[offset + (h & mask)] ?? 0;
  let chars = 0;
  for (const h of hashes.chars) chars += weights[offset + (h & mask)] ?? 0;
  return words * wordWeight + chars * charWeight;
}

export function dot(weights: ArrayLike<number>, x: SparseVector, offset = 0): number {
  let sum = 0;
  for (let k = 0; k < x.index.length; k++)
    sum += (weights[offset + (x.index[k] ?? 0)] ?? 0) * (x.value[k] ?? 0);
  return sum;
}

export const sigmoid = (z: number): number =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
