import { z } from 'zod';
import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { notFound } from '../platform/errors.js';
import type { Actor } from '../workspaces/auth.types.js';
import { patchSettingsSection } from '../workspaces/settings-section.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

const fields = {
  reminderOffsetsMinutes: z
    .array(
      z
        .number()
        .int()
        .min(5)
        .max(14 * 24 * 60),
    )
    .max(5)
    .refine((list) => new Set(list).size === list.length, 'each offset once')
    .describe('Texts before each appointment, in minutes before its start'),
  askToConfirm: z.boolean().describe('The first reminder asks the lead to reply C to confirm'),
  bookingTexts: z
    .boolean()
    .describe('Text the lead when an agent or the booking page books, moves or cancels'),
  noShowFollowUp: z.boolean().describe('Text a lead who did not come, with a link to pick a new time'),
  noShowAfterMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .describe('After the end, an appointment not marked completed is a no-show'),
  bookingLinkHours: z
    .number()
    .int()
    .min(1)
    .max(60 * 24)
    .describe('How long a booking link works'),
};

/** Per-workspace scheduling settings, kept under `settings.scheduling` of the workspace. */
export const schedulingSettingsSchema = z.strictObject({
  reminderOffsetsMinutes: fields.reminderOffsetsMinutes.default([24 * 60, 60]),
  askToConfirm: fields.askToConfirm.default(true),
  bookingTexts: fields.bookingTexts.default(true),
  noShowFollowUp: fields.noShowFollowUp.default(true),
  noShowAfterMinutes: fields.noShowAfterMinutes.default(60),
  bookingLinkHours: fields.bookingLinkHours.default(7 * 24),
});

export const schedulingSettingsPatch = z
  .strictObject({
    reminderOffsetsMinutes: fields.reminderOffsetsMinutes.nullable().optional(),
    askToConfirm: fields.askToConfirm.nullable().optional(),
    bookingTexts: fields.bookingTexts.nullable().optional(),
    noShowFollowUp: fields.noShowFollowUp.nullable().optional(),
    noShowAfterMinutes: fields.noShowAfterMinutes.nullable().optional(),
    bookingLinkHours: fields.bookingLinkHours.nullable().optional(),
  })
  .describe(
    'Only the settings given change; null restores the default. Appointments already booked keep their reminders.',
  );

export type SchedulingSettings = z.output<typeof schedulingSettingsSchema>;
export type SchedulingSettingsPatch = z.output<typeof schedulingSettingsPatch>;

const DEFAULTS: SchedulingSettings = schedulingSettingsSchema.parse({});

export async function loadSchedulingSettings(db: DbOrTrx, workspaceId: string): Promise<SchedulingSettings> {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const stored = fromJson<Record<string, unknown> | null>(workspace.settings)?.scheduling;
  const parsed = schedulingSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULTS;
}

export function updateSchedulingSettings(
  ctx: AppContext,
  props: { workspaceId: string; patch: SchedulingSettingsPatch; by: Actor; ip?: string | undefined },
): Promise<SchedulingSettings> {
  return patchSettingsSection(ctx, {
    ...props,
    section: 'scheduling',
    schema: schedulingSettingsSchema,
    onInvalid: 'reset',
  });
}
