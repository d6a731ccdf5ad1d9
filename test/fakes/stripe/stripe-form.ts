/**
 * Stripe's form encoding: `a[b][c]=v` nests, `items[0][price]=p` is an object keyed by index.
 * Values stay strings, as Stripe receives them.
 */
export function parseStripeForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const parts = key.split('[').map((part) => part.replace(/]$/, ''));
    let node = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        node[part] = value;
        return;
      }
      const next = node[part];
      if (typeof next !== 'object' || next === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return root;
}
