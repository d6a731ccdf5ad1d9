import { z } from 'zod';
import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import { readWorkspace } from '../workspaces/workspaces.repository.js';
import type { WorkspaceRow } from '../workspaces/workspaces.table.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');

/** Each setting without its default: what a PATCH may carry. */
const settingFields = {
  businessName: z.string().trim().min(1).max(120),
  supportContact: z.string().trim().min(1).max(200),
  firstResponseTemplate: z.string().trim().min(1).max(640),
  /** How the assistant introduces itself in the first response (`{intro}`): it says it is automated. */
  introTemplate: z.string().trim().min(1).max(200),
  helpTemplate: z.string().trim().min(1).max(320),
  stopTemplate: z.string().trim().min(1).max(320),
  startTemplate: z.string().trim().min(1).max(320),
  /** Narrows the legal window; it can never widen it. */
  quietHours: z
    .strictObject({ start: hhmm, end: hhmm })
    .refine((window) => window.start !== window.end, 'start and end must differ')
    .nullable(),
  /** The immediate answer to the lead's own form or text may go out in quiet hours: the lead just asked. */
  directReplyIgnoresQuietHours: z.boolean(),
  /** Automated texts to one contact in any 24 hours (state law may set a lower cap). */
  contactDailyCap: z.number().int().min(1).max(50),
  /** Automated texts from the whole workspace in any 24 hours. */
  workspaceDailyCap: z.number().int().min(1).max(1_000_000),
  /** How assigned agents hear about leads that need them. */
  agentNotifications: z.enum(['sms', 'email', 'both', 'none']),
};

/**
 * The first response: the assistant's introduction, then a reply built from the inquiry (what it said
 * back, an answer from the knowledge base, and the first question of the script still unanswered).
 * Merge fields: {intro}, {inquiryReply}, {nextQuestion}, {firstName}, {agentName} (first name),
 * {agentFullName}, {businessName}, {propertyAddress}, {aboutProperty} (" about 12 Oak St").
 */
export const DEFAULT_FIRST_RESPONSE = '{intro} {inquiryReply}';
/** Who is texting: the business's automated assistant, working with the named agent; never the agent. */
export const DEFAULT_INTRO =
  'Hi {firstName}, this is the automated assistant for {businessName}, working with {agentFullName}.';

/** The keyword texts' defaults in Spanish, for leads who write Spanish (the carrier keywords stay English). */
export const SPANISH_KEYWORD_TEXTS = {
  helpTemplate:
    '{businessName}: mensajes de bienes raíces sobre su consulta. Ayuda: {supportContact}. La frecuencia varía. ' +
    'Pueden aplicarse tarifas de mensajes y datos. Responda STOP para no recibir más.',
  stopTemplate:
    '{businessName}: canceló su suscripción y no recibirá más mensajes. Responda START para volver a suscribirse.',
  startTemplate:
    '{businessName}: se suscribió de nuevo. Pueden aplicarse tarifas de mensajes y datos. Responda HELP para ' +
    'ayuda, STOP para no recibir más.',
} as const;

/** Per-workspace messaging settings, kept under `settings.messaging` of the workspace. */
export const messagingSettingsSchema = z.strictObject({
  businessName: settingFields.businessName.optional(),
  supportContact: settingFields.supportContact.optional(),
  firstResponseTemplate: settingFields.firstResponseTemplate.default(DEFAULT_FIRST_RESPONSE),
  introTemplate: settingFields.introTemplate.default(DEFAULT_INTRO),
  helpTemplate: settingFields.helpTemplate.default(
    '{businessName}: real estate texts about your inquiry. Help: {supportContact}. Msg frequency varies. ' +
      'Msg & data rates may apply. Reply STOP to opt out.',
  ),
  stopTemplate: settingFields.stopTemplate.default(
    '{businessName}: you are unsubscribed and will receive no more texts. Reply START to resubscribe.',
  ),
  startTemplate: settingFields.startTemplate.default(
    '{businessName}: you are subscribed again. Msg & data rates may apply. Reply HELP for help, STOP to opt out.',
  ),
  quietHours: settingFields.quietHours.default(null),
  directReplyIgnoresQuietHours: settingFields.directReplyIgnoresQuietHours.default(true),
  contactDailyCap: settingFields.contactDailyCap.default(6),
  workspaceDailyCap: settingFields.workspaceDailyCap.default(5000),
  agentNotifications: settingFields.agentNotifications.default('both'),
});

/** A change to the settings: the keys given replace the stored ones; null puts a key back to its default. */
export const messagingSettingsPatch = z
  .strictObject(patchShape(settingFields))
  .describe('Only the settings given change; null restores the default');

export type MessagingSettingsPatch = z.output<typeof messagingSettingsPatch>;

type PatchShape<T extends Record<string, z.ZodType>> = {
  [K in keyof T]: z.ZodOptional<z.ZodNullable<T[K]>>;
};

function patchShape<T extends Record<string, z.ZodType>>(fields: T): PatchShape<T> {
  // Object.fromEntries cannot carry the per-key types through; the mapped type restores them.
  return Object.fromEntries(
    Object.entries(fields).map(([key, field]) => [key, field.nullable().optional()]),
  ) as PatchShape<T>;
}

export type MessagingSettings = z.output<typeof messagingSettingsSchema>;
export type MessagingSettingsInput = z.input<typeof messagingSettingsSchema>;

export const DEFAULT_MESSAGING_SETTINGS: MessagingSettings = messagingSettingsSchema.parse({});

export interface WorkspaceMessaging {
  workspaceId: string;
  workspaceName: string;
  timezone: string;
  defaultRegion: string;
  settings: MessagingSettings;
}

const parsedMessaging = new WeakMap<WorkspaceRow, WorkspaceMessaging>();

/**
 * The workspace's messaging settings with defaults filled; a stored value that no longer parses falls back.
 * Read through the workspace cache, and parsed once per cached row.
 */
export async function loadWorkspaceMessaging(db: DbOrTrx, workspaceId: string): Promise<WorkspaceMessaging> {
  const workspace = await readWorkspace(db, workspaceId);
  if (!workspace) throw new Error(`Workspace ${workspaceId} not found`);
  const known = parsedMessaging.get(workspace);
  if (known) return known;
  const stored = fromJson<Record<string, unknown> | null>(workspace.settings)?.messaging;
  const parsed = messagingSettingsSchema.safeParse(stored ?? {});
  const messaging: WorkspaceMessaging = {
    workspaceId,
    workspaceName: workspace.name,
    timezone: workspace.timezone,
    defaultRegion: workspace.defaultRegion,
    settings: parsed.success ? parsed.data : DEFAULT_MESSAGING_SETTINGS,
  };
  parsedMessaging.set(workspace, messaging);
  return messaging;
}

/** Fills `{field}` merge fields; a field with no value disappears rather than showing braces. */
export function renderTemplate(template: string, fields: Record<string, string | null | undefined>): string {
  return template
    .replace(/\{(\w+)\}/g, (_match, key: string) => fields[key] ?? '')
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
