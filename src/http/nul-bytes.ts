import type { FastifyInstance } from 'fastify';

const NUL = '\u0000';

/**
 * The same value without NUL characters in any string or key. No text means anything by one, and
 * PostgreSQL refuses them in `text` and `jsonb`, so one stray byte in a form would otherwise fail the
 * whole request after validation.
 */
export function withoutNul(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.includes(NUL) ? value.replaceAll(NUL, '') : value;
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => withoutNul(item, depth + 1));
  // Plain objects: from JSON, or from the form and query parsers (whose objects have a bare prototype).
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && Object.getPrototypeOf(proto) !== null) return value;
  const out: Record<string, unknown> = proto === Object.prototype ? {} : Object.create(null);
  for (const [key, child] of Object.entries(value)) {
    // Defined, not assigned: a key named __proto__ stays a plain key.
    Object.defineProperty(out, key.replaceAll(NUL, ''), {
      value: withoutNul(child, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Removes NUL characters from every route's parameters, query and body before they are validated. */
export function installNulStripping(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    request.params = withoutNul(request.params);
    request.query = withoutNul(request.query);
    if (request.body !== undefined) request.body = withoutNul(request.body);
  });
}
