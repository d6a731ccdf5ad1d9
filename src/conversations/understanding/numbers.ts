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
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
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

/** A half added to a count: "2 1/2", "2½", "two and a half", "2 & a half". */
export const HALF = String.raw`(?:\s*(?:1\/2|½)|\s+(?:and|&)\s+(?:a\s+)?half)`;

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
