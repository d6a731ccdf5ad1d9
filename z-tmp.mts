import { z } from 'zod';
const s = z.strictObject({ a: z.string().default('x'), b: z.number().default(1), q: z.object({s:z.string()}).nullable().default(null) });
const p = s.partial();
console.log(p.parse({}), p.parse({ b: 2 }), p.parse({q:null}));
