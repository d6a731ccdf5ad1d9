import { z } from 'zod';
import { badRequest } from '../platform/errors.js';

/** What a CSV column can feed. `ignore` skips a column the auto-mapping would otherwise take. */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'phone',
  'email',
  'source',
  'message',
  'address',
  'city',
  'state',
  'zip',
  'mlsNumber',
  'price',
  'leadType',
  'tags',
  'smsConsent',
  'consentText',
  'consentAt',
  'consentIp',
  'consentPage',
  'ignore',
] as const;

export const importFieldSchema = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof importFieldSchema>;

export const importMappingSchema = z
  .record(z.string().min(1).max(200), importFieldSchema)
  .describe('{"CSV column": "field"}; overrides the automatic mapping for the columns it names');
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** `?mapping=` and `--mapping` carry JSON; a bad one is the caller's mistake, named precisely. */
export function parseImportMapping(text: string | undefined): ImportMapping | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('The mapping is not valid JSON', undefined, 'invalid_mapping');
  }
  const parsed = importMappingSchema.safeParse(value);
  if (!parsed.success) {
    const fields = IMPORT_FIELDS.join(', ');
    throw badRequest(
      `The mapping must be {"CSV column": "field"} with fields among: ${fields}`,
      {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
      'invalid_mapping',
    );
  }
  return parsed.data;
}

export const importQuery = z.strictObject({
  mapping: z
    .string()
    .max(10_000)
    .optional()
    .describe(`JSON {"CSV column": "field"}; fields: ${IMPORT_FIELDS.join(', ')}`),
  source: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe('Lead source for rows without a source column (default: import)'),
});

export const importRowResultSchema = z.object({
  type: z.literal('row'),
  row: z.number().int().describe('The row as a spreadsheet numbers it: the header is row 1'),
  status: z.enum(['created', 'merged', 'rejected']),
  leadId: z.string().optional(),
  reason: z.string().optional().describe('Why a row was rejected: a stable code and a message'),
  firstResponse: z
    .enum(['queued', 'deferred', 'blocked', 'not_queued'])
    .optional()
    .describe('Only rows with consent evidence (sms consent, its text and time) are texted'),
  warnings: z.array(z.string()).optional(),
});
export type ImportRowResult = z.infer<typeof importRowResultSchema>;

export const importSummarySchema = z.object({
  created: z.number().int(),
  merged: z.number().int(),
  rejected: z.number().int(),
  total: z.number().int(),
  firstResponsesQueued: z.number().int().describe('Rows texted (queued or held for quiet hours)'),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importResultSchema = z.object({
  summary: importSummarySchema,
  rows: z.array(importRowResultSchema).describe('The first 1,000 rows; the summary counts them all'),
  truncated: z.boolean(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** The lines of an `application/x-ndjson` import response. */
export type ImportEvent =
  | ImportRowResult
  | ({ type: 'progress' } & ImportSummary)
  | ({ type: 'summary' } & ImportSummary);
