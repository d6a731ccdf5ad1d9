/** A market area as the conversation settings hold it. */
export interface MarketArea {
  name: string;
  neighbourhoods: string[];
}

const MAX_AREAS = 50;
const MAX_NEIGHBOURHOODS = 100;
const NAME = /^(?=.{2,80}$)(?:.*\p{L}.*|\d{5})$/u;

/** One area a line: "Austin, TX: Great Hills; Zilker" (neighbourhoods after the colon, by ; or ,). */
export function formatMarketAreas(areas: readonly MarketArea[]): string {
  return areas
    .map((a) => (a.neighbourhoods.length > 0 ? `${a.name}: ${a.neighbourhoods.join('; ')}` : a.name))
    .join('\n');
}

/** The lines of the box as areas, or the first problem, worded for the person typing. */
export function parseMarketAreas(text: string): { value: MarketArea[] | null; error: string | null } {
  const areas: MarketArea[] = [];
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const colon = line.indexOf(':');
    const name = (colon < 0 ? line : line.slice(0, colon)).trim();
    const rest = colon < 0 ? '' : line.slice(colon + 1);
    const neighbourhoods = rest
      .split(/[;,]/)
      .map((n) => n.trim())
      .filter(Boolean);
    const bad = [name, ...neighbourhoods].find((n) => !NAME.test(n));
    if (bad !== undefined)
      return { value: null, error: `Line ${index + 1}: "${bad}" is not a place name (2 to 80 characters)` };
    if (neighbourhoods.length > MAX_NEIGHBOURHOODS)
      return {
        value: null,
        error: `Line ${index + 1}: at most ${MAX_NEIGHBOURHOODS} neighbourhoods an area`,
      };
    areas.push({ name, neighbourhoods });
  }
  if (areas.length > MAX_AREAS) return { value: null, error: `At most ${MAX_AREAS} areas` };
  return { value: areas, error: null };
}
