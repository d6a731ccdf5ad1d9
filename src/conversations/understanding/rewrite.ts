/** Text after replacements, with where each character came from, so positions can be mapped back. */
export interface Rewritten {
  text: string;
  /** origin[i] is the index in the input of output character i; origin[text.length] is the input's length. */
  origin: number[];
}

export type RewriteRule = readonly [RegExp, string];

export function rewrite(input: string, rules: readonly RewriteRule[]): Rewritten {
  let text = input;
  let origin = Array.from({ length: input.length + 1 }, (_, i) => i);
  for (const [pattern, replacement] of rules) {
    let out = '';
    const map: number[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      for (let i = last; i < m.index; i++) {
        out += text[i];
        map.push(origin[i] ?? i);
      }
      for (const ch of replacement) {
        out += ch;
        map.push(origin[m.index] ?? m.index);
      }
      last = m.index + m[0].length;
    }
    for (let i = last; i < text.length; i++) {
      out += text[i];
      map.push(origin[i] ?? i);
    }
    map.push(origin[text.length] ?? text.length);
    text = out;
    origin = map;
  }
  return { text, origin };
}

/** The input span of an output span. */
export function originOf(rewritten: Rewritten, start: number, end: number): { start: number; end: number } {
  const from = rewritten.origin[start] ?? 0;
  const to = end >= rewritten.text.length ? (rewritten.origin.at(-1) ?? 0) : (rewritten.origin[end] ?? from);
  return { start: from, end: Math.max(from, to) };
}
