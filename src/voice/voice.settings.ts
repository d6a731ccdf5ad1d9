import { z } from 'zod';
import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { normalizePhone } from '../leads/normalize.js';
import { notFound } from '../platform/errors.js';
import type { Actor } from '../workspaces/auth.types.js';
import { patchSettingsSection } from '../workspaces/settings-section.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const e164 = z
  .string()
  .trim()
  .max(40)
  .transform((value, ctx) => {
    const phone = normalizePhone(value, 'US');
    if (!phone.valid || !phone.e164) {
      ctx.addIssue({ code: 'custom', message: 'must be a phone number, e.g. +15125550143' });
      return z.NEVER;
    }
    return phone.e164;
  });

const fields = {
  enabled: z.boolean().describe('Call new leads who gave voice consent, through the same gate as texts'),
  callWithinSeconds: z
    .number()
    .int()
    .min(0)
    .max(600)
    .describe('How soon after the lead arrives the call is placed (the first text goes out first)'),
  callingHours: z
    .strictObject({ start: hhmm, end: hhmm })
    .refine((window) => window.start < window.end, 'start must be before end')
    .describe("Calls only in these hours of the lead's day; they can only narrow the legal window"),
  machine: z
    .enum(['voicemail', 'hang_up'])
    .describe('An answering machine picks up: leave the voicemail after the beep, or hang up'),
  voicemailText: z.string().trim().min(1).max(600).describe('{business} and {firstName} are filled in'),
  voicemailTextEs: z
    .string()
    .trim()
    .min(1)
    .max(600)
    .describe(
      'The voicemail left for a lead whose calls are in Spanish; {business} and {firstName} are filled in',
    ),
  textAfterVoicemail: z
    .boolean()
    .describe('After a voicemail, text the lead too (only when they consented to texts)'),
  retry: z
    .strictObject({
      enabled: z.boolean(),
      afterMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
    })
    .describe('One more call after no answer, busy or a failed call'),
  dailyCallCap: z.number().int().min(1).max(5).describe('Automated calls to one lead in any 24 hours'),
  transfer: z
    .strictObject({
      enabled: z.boolean(),
      /** Dialed when the lead has no assigned agent or the agent has no mobile number on file. */
      fallbackNumber: z
        .string()
        .regex(/^\+[1-9]\d{7,14}$/, 'E.164')
        .nullable(),
      ringSeconds: z.number().int().min(5).max(60),
    })
    .describe("Put a caller who asks for a person through to the assigned agent's mobile (users.phone)"),
  language: z
    .enum(['en', 'es'])
    .describe(
      "The language calls start in (the greeting); a caller who speaks the other is answered in theirs when replies follow the lead's language",
    ),
  recording: z
    .strictObject({ enabled: z.boolean(), keep: z.enum(['encrypted', 'twilio']) })
    .describe(
      "Record answered calls (after the disclosure; in all-party-consent states only when the caller agrees), kept encrypted here (Twilio's copy deleted) or at Twilio",
    ),
};

/** Per-workspace voice settings, kept under `settings.voice` of the workspace. Outbound calls are off by default. */
export const voiceSettingsSchema = z.strictObject({
  outboundCalls: z
    .strictObject({
      enabled: fields.enabled.default(false),
      callWithinSeconds: fields.callWithinSeconds.default(30),
    })
    .default({ enabled: false, callWithinSeconds: 30 }),
  callingHours: fields.callingHours.default({ start: '09:00', end: '20:00' }),
  machine: fields.machine.default('voicemail'),
  voicemailText: fields.voicemailText.default(
    'Hi {firstName}, this is an AI assistant calling for {business} about your inquiry. Call us back at this number any time. To stop these calls, call this number and say stop, or press 9.',
  ),
  voicemailTextEs: fields.voicemailTextEs.default(
    'Hola {firstName}, le habla un asistente de inteligencia artificial de parte de {business} sobre su consulta. Puede devolvernos la llamada a este número cuando quiera. Para no recibir más llamadas, llame a este número y diga «no me llamen», o marque 9.',
  ),
  textAfterVoicemail: fields.textAfterVoicemail.default(true),
  retry: fields.retry.default({ enabled: true, afterMinutes: 30 }),
  dailyCallCap: fields.dailyCallCap.default(2),
  transfer: fields.transfer.default({ enabled: true, fallbackNumber: null, ringSeconds: 20 }),
  recording: fields.recording.default({ enabled: false, keep: 'encrypted' }),
  language: fields.language.default('en'),
});

export const voiceSettingsPatch = z
  .strictObject({
    outboundCalls: z
      .strictObject({
        enabled: fields.enabled.optional(),
        callWithinSeconds: fields.callWithinSeconds.optional(),
      })
      .nullable()
      .optional(),
    callingHours: fields.callingHours.nullable().optional(),
    machine: fields.machine.nullable().optional(),
    voicemailText: fields.voicemailText.nullable().optional(),
    voicemailTextEs: fields.voicemailTextEs.nullable().optional(),
    textAfterVoicemail: fields.textAfterVoicemail.nullable().optional(),
    retry: fields.retry.nullable().optional(),
    dailyCallCap: fields.dailyCallCap.nullable().optional(),
    language: fields.language.nullable().optional(),
    transfer: z
      .strictObject({
        enabled: z.boolean().optional(),
        fallbackNumber: e164.nullable().optional(),
        ringSeconds: fields.transfer.shape.ringSeconds.optional(),
      })
      .nullable()
      .optional(),
    recording: z
      .strictObject({
        enabled: z.boolean().optional(),
        keep: fields.recording.shape.keep.optional(),
      })
      .nullable()
      .optional(),
  })
  .describe('Only the settings given change; null restores the default.');

export type VoiceSettings = z.output<typeof voiceSettingsSchema>;
export type VoiceSettingsPatch = z.output<typeof voiceSettingsPatch>;

const DEFAULTS: VoiceSettings = voiceSettingsSchema.parse({});

function storedSection(settings: unknown): Record<string, unknown> {
  return (fromJson<Record<string, unknown> | null>(settings)?.voice as Record<string, unknown>) ?? {};
}

/** The voice settings stored in a workspace's settings, or the defaults. */
export function parseVoiceSettings(workspaceSettings: unknown): VoiceSettings {
  const parsed = voiceSettingsSchema.safeParse(storedSection(workspaceSettings));
  return parsed.success ? parsed.data : DEFAULTS;
}

export async function loadVoiceSettings(db: DbOrTrx, workspaceId: string): Promise<VoiceSettings> {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  return parseVoiceSettings(workspace.settings);
}

/** Nested objects are merged with what is stored, so `{"outboundCalls":{"enabled":true}}` keeps the delay. */
export function updateVoiceSettings(
  ctx: AppContext,
  props: { workspaceId: string; patch: VoiceSettingsPatch; by: Actor; ip?: string | undefined },
): Promise<VoiceSettings> {
  const patch: Record<string, unknown> = { ...props.patch };
  return patchSettingsSection(ctx, {
    workspaceId: props.workspaceId,
    by: props.by,
    ip: props.ip,
    section: 'voice',
    schema: voiceSettingsSchema,
    onInvalid: 'reset',
    patch,
    // Under the workspace's lock, before the patch is applied: a nested object given in part keeps the
    // rest of what is stored.
    inTransaction: async (_trx, stored) => {
      for (const key of ['outboundCalls', 'transfer', 'recording'] as const) {
        const given = props.patch[key];
        if (!given) continue;
        const kept = (stored[key] as Record<string, unknown> | undefined) ?? {};
        const defaults = DEFAULTS[key] as Record<string, unknown>;
        const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
        patch[key] = { ...defaults, ...kept, ...defined };
      }
    },
  });
}
