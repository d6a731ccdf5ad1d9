/** Numbers as people text them: digits, words ("three", "a couple"), halves ("2 1/2", "two and a half"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  single: 1,
  couple: 2,
  few: 3,
  several: 3,
};

const WORD_ALTERNATION = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A count: digits (with a decimal) or a number word. */
export const COUNT = String.raw`(?:\d+(?:\.\d+)?|${WORD_ALTERNATION})`;

/** A half added to a count: "2 1/2", "2½", "two and a half", "2 & a half", "2 and 1/2". */
export const HALF = String.raw`(?:\s*(?:1\/2|½)|\s+(?:and|&)\s+(?:(?:a|one)\s+)?half|\s+(?:and|&)\s+1\/2)`;

export function toNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const word = NUMBER_WORDS[text];
  return word === undefined ? null : word;
}

/** A count with an optional half: "2 1/2" → 2.5. */
export function countWithHalf(count: string, half: string | undefined): number | null {
  const n = toNumber(count);
  if (n === null) return null;
  return half?.trim() ? n + 0.5 : n;
}

/** A number written in words, as people text amounts: "three hundred and fifty thousand", "four fifty". */
export interface SpelledNumber {
  start: number;
  end: number;
  value: number;
  /** Named a thousand or a million: the value is in dollars, not "in thousands". */
  scaled: boolean;
}

/** Words that stand for a count without naming a number ("a couple"): never part of a spelled figure. */
const VAGUE_COUNTS = new Set(['a', 'an', 'single', 'couple', 'few', 'several']);

/** The spelled numbers 1 to 19, English (from NUMBER_WORDS) and Spanish. */
export const ONES: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    Object.entries(NUMBER_WORDS).filter(([word, n]) => n >= 1 && n <= 19 && !VAGUE_COUNTS.has(word)),
  ),
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  quince: 15,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};
const HUNDREDS: Readonly<Record<string, number>> = {
  cien: 100,
  ciento: 100,
  doscientos: 200,
  trescientos: 300,
  cuatrocientos: 400,
  quinientos: 500,
  seiscientos: 600,
  setecientos: 700,
  ochocientos: 800,
  novecientos: 900,
};
const THOUSAND = new Set(['thousand', 'grand', 'k']);
const MILLION = new Set(['million', 'millions', 'mill', 'millón', 'millon', 'millones']);
const TOKEN = /\p{L}+|\d+(?:\.\d+)?/gu;

interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * Numbers spelled in words (English or Spanish), kept only when they name a scale (hundred, thousand,
 * million) or are said as a price ("four fifty" = 450): a lone "two" is a count, not an amount.
 * "mil" is a million in English ("1.2 mil") and a thousand in Spanish ("trescientos mil").
 */
export function spelledNumbers(text: string, language: 'en' | 'es' = 'en'): SpelledNumber[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: SpelledNumber[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = readRun(tokens, i, text, language);
    if (run) {
      out.push(run.number);
      i = run.next;
    } else i++;
  }
  return out;
}

const isNumberWord = (w: string): boolean =>
  w in ONES ||
  w in TENS ||
  w in HUNDREDS ||
  w === 'hundred' ||
  THOUSAND.has(w) ||
  MILLION.has(w) ||
  w === 'mil';

function readRun(
  tokens: readonly Token[],
  from: number,
  text: string,
  language: 'en' | 'es',
): { number: SpelledNumber; next: number } | null {
  let total = 0;
  let current = 0;
  let words = 0;
  let scaled = false;
  let shaped = false;
  let last: 'one' | 'ten' | 'hundred' | 'scale' | 'digits' | null = null;
  let end = -1;
  let lastScale = 0;
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const gap = end < 0 ? '' : text.slice(end, t.start);
    if (end >= 0 && !/^[\s-]*$/.test(gap)) break;
    const w = t.word;
    const nextWord = tokens[i + 1]?.word ?? '';
    if (w === 'medio' && last === null && MILLION.has(nextWord)) {
      current = 0.5;
      last = 'one';
      words++;
      end = t.end;
      continue;
    }
    if ((w === 'y' || w === 'and') && last === 'scale' && /^(?:medio|a half)$/.test(nextWord)) {
      total += lastScale / 2;
      end = (tokens[i + 1] as Token).end;
      i++;
      continue;
    }
    if ((w === 'and' || w === 'y') && last !== null && last !== 'digits' && isNumberWord(nextWord)) {
      end = t.end;
      continue;
    }
    if (w === 'point' && last === 'one' && current < 10 && nextWord in ONES && (ONES[nextWord] ?? 10) < 10) {
      current += (ONES[nextWord] ?? 0) / 10;
      end = (tokens[i + 1] as Token).end;
      i++;
      continue;
    }
    if (
      (w === 'a' || w === 'un') &&
      last === null &&
      (nextWord === 'hundred' || MILLION.has(nextWord) || THOUSAND.has(nextWord))
    ) {
      current = 1;
      last = 'one';
      end = t.end;
      continue;
    }
    if (/^\d/.test(w)) {
      if (last !== null || !/^(?:hundred|mil|thousand|million|millones|mill[óo]n)$/.test(nextWord)) break;
      current = Number(w);
      last = 'digits';
    } else if (w in ONES) {
      if (last === 'one' || last === 'digits') break;
      current += ONES[w] ?? 0;
      last = 'one';
      words++;
    } else if (w in TENS) {
      if (last === 'ten' || last === 'digits') break;
      if (last === 'one' && current > 0 && current < 10) {
        current = current * 100 + (TENS[w] ?? 0);
        shaped = true;
      } else current += TENS[w] ?? 0;
      last = 'ten';
      words++;
    } else if (w in HUNDREDS) {
      if (last !== null && last !== 'scale') break;
      current += HUNDREDS[w] ?? 0;
      shaped = true;
      last = 'hundred';
      words++;
    } else if (w === 'hundred') {
      if (last === 'hundred') break;
      current = (current || 1) * 100;
      shaped = true;
      last = 'hundred';
      words++;
    } else if (THOUSAND.has(w) || (w === 'mil' && language === 'es')) {
      if (last === null || (last === 'scale' && current === 0)) break;
      total += (current || 1) * 1e3;
      lastScale = 1e3;
      current = 0;
      scaled = true;
      last = 'scale';
      words++;
    } else if (MILLION.has(w) || w === 'mil') {
      if (last === null || (last === 'scale' && current === 0)) break;
      total = (total + (current || 1)) * 1e6;
      lastScale = 1e6;
      current = 0;
      scaled = true;
      last = 'scale';
      words++;
    } else break;
    end = t.end;
  }
  const value = total + current;
  const first = tokens[from] as Token;
  // "300 mil" and "2 million" are read with the digits; only "5 hundred" needs this reader
  const digitsOnly = /^\d/.test(first.word) && !tokens.slice(from, i).some((t) => t.word === 'hundred');
  if (end < 0 || words === 0 || digitsOnly || !(scaled || shaped) || value <= 0) return null;
  return { number: { start: first.start, end, value, scaled }, next: i };
}
