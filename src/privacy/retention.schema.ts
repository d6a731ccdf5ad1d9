import { z } from 'zod';

/** Each period without its default: what a PATCH may carry. */
const periodFields = {
  /** Message bodies and what leads wrote in their inquiries: months after the lead's last activity. */
  messagesMonths: z.number().int().min(1).max(120),
  /** A lead with no activity this long is erased, contact and all; its rows stay as empty shells for counts. */
  inactiveLeadMonths: z.number().int().min(1).max(240),
  /**
   * Diagnostic records: finished and dead jobs, webhook receipts, sent notifications, expired sessions,
   * abandoned calendar consents, the addresses in the audit log. At least a week: recurring jobs keep
   * their occurrence keys that long so each occurrence runs once.
   */
  diagnosticDays: z.number().int().min(7).max(3650),
};

/** Per-workspace retention periods, kept under `settings.retention` of the workspace. */
export const retentionSettingsSchema = z.strictObject({
  messagesMonths: periodFields.messagesMonths.default(24),
  inactiveLeadMonths: periodFields.inactiveLeadMonths.default(36),
  diagnosticDays: periodFields.diagnosticDays.default(30),
});

export type RetentionSettings = z.output<typeof retentionSettingsSchema>;

export const DEFAULT_RETENTION: RetentionSettings = retentionSettingsSchema.parse({});

export const retentionPatch = z
  .strictObject({
    messagesMonths: periodFields.messagesMonths.nullable().optional(),
    inactiveLeadMonths: periodFields.inactiveLeadMonths.nullable().optional(),
    diagnosticDays: periodFields.diagnosticDays.nullable().optional(),
  })
  .describe('Only the periods given change; null restores the default');

export type RetentionPatch = z.output<typeof retentionPatch>;

export const retentionResponse = retentionSettingsSchema.extend({
  /** Export files are deleted once downloaded or when their link expires; not a workspace setting. */
  exportFileDays: z.number().int(),
});

export type RetentionResponse = z.output<typeof retentionResponse>;
