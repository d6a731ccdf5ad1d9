import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import { z } from 'zod';

/** The parts of a JSON Schema (as zod writes it) the fuzzer reads to make a valid value. */
interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  minimum?: number;
  minLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** A route that declares query parameters, as Fastify registered it. */
export interface QueryTarget {
  method: string;
  url: string;
  config: RouteOptions['config'];
  query: Record<string, JsonSchema>;
  requiredQuery: string[];
  params: Record<string, JsonSchema>;
  body: JsonSchema | undefined;
}

function jsonSchemaOf(schema: unknown): JsonSchema | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Every route with a query schema, one entry per method (HEAD shares GET's handler), from the route table. */
export function queryTargets(routes: readonly RouteOptions[]): QueryTarget[] {
  const targets: QueryTarget[] = [];
  for (const route of routes) {
    const schema = route.schema as { querystring?: unknown; params?: unknown; body?: unknown } | undefined;
    const query = jsonSchemaOf(schema?.querystring);
    if (!query?.properties) continue;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      targets.push({
        method,
        url: route.url,
        config: route.config,
        query: query.properties,
        requiredQuery: query.required ?? [],
        params: jsonSchemaOf(schema?.params)?.properties ?? {},
        body: jsonSchemaOf(schema?.body),
      });
    }
  }
  return targets;
}

/** A value the schema accepts: `known` by name first (real ids), then enum, default, format and type. */
export function validValue(
  name: string,
  schema: JsonSchema,
  known: Record<string, unknown>,
  now: Date,
): unknown {
  if (name in known) return known[name];
  const option = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (option) return validValue(name, option, known, now);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const type = [schema.type].flat()[0];
  if (type === 'integer' || type === 'number') return schema.minimum ?? 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [];
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of schema.required ?? []) {
      const child = schema.properties?.[key];
      if (child) out[key] = validValue(key, child, known, now);
    }
    return out;
  }
  if (schema.format === 'date-time') return now.toISOString();
  if (schema.format === 'date') return now.toISOString().slice(0, 10);
  if (schema.format === 'email') return 'fuzz@example.com';
  return 'fuzz';
}

/** Lone surrogates cannot be percent-encoded; a browser sends them as U+FFFD. */
export const encode = (value: string) =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

/** Values that have broken date, number and text handling somewhere: each is sent percent-encoded. */
const HOSTILE: readonly string[] = [
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '1969-12-31T23:59:59Z',
  '2200-01-01T00:00:00.001Z',
  '+275760-09-13T00:00:00Z',
  '2026-02-30T25:61:00Z',
  '2026-01-15T10:00:00+23:59',
  '0000-01-01',
  '9999-12-31',
  '-1',
  '0',
  '-0',
  '1.5',
  '9007199254740993',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '0x10',
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'x'.repeat(10_000),
  '🏠'.repeat(300),
  '\u202Eevil\u0301',
  "' OR '1'='1",
  "'; drop table leads; --",
  '{"$gt":""}',
  '[1,2]',
  'null',
  'true',
  '__proto__',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'America/Nowhere',
  'Etc/GMT-14',
  // Shaped like the opaque page cursors (base64url JSON of a time and an id), with times no row has.
  ...[
    ['0000-01-01T00:00:00Z', 'x'],
    ['not a time', 'x'],
    ['9999-12-31T23:59:59.999Z', 1],
    [null, null],
  ].map((cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url')),
];

/** Sent as they are: malformed percent-escapes the query parser must survive. */
const RAW: readonly string[] = ['%', '%zz', '%E0%A4%A', '%FF%FE', '%00'];

/** `name=value` fragments for one parameter: the hostile list, malformed escapes, arrays and random text. */
export function hostileQuery(name: string, randomCount: number): string[] {
  const key = encode(name);
  const random = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), randomCount);
  return [
    ...[...HOSTILE, ...random].map((value) => `${key}=${encode(value)}`),
    ...RAW.map((value) => `${key}=${value}`),
    `${key}=a&${key}=b`,
    `${key}[]=x`,
    `${key}[a]=1`,
  ];
}

/** The route's URL with each `:param` filled from `ids` (by the segment before a bare `:id`, else by name). */
export function fillPath(url: string, ids: Record<string, string>): string {
  const segments = url.split('/');
  return segments
    .map((segment, i) => {
      if (!segment.startsWith(':')) return segment;
      const name = segment.slice(1);
      const value = name === 'id' ? ids[segments[i - 1] ?? ''] : ids[name];
      return encode(value ?? 'no-such-id');
    })
    .join('/');
}
