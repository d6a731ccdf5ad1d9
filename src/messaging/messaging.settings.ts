import { z } from 'zod';
import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');

/** Per-workspace messaging settings, kept under `settings.messaging` of the workspace. */
export const messagingSettingsSchema = z.strictObject({
  businessName: z.string().trim().min(1).max(120).optional(),
  supportContact: z.string().trim().min(1).max(200).optional(),
  firstResponseTemplate: z
    .string()
    .trim()
    .min(1)
    .max(640)
    .default(
      'Hi {firstName}, this is {agentName} with {businessName}. Thanks for reaching out{aboutProperty}! ' +
        'Are you looking to buy, sell, or both?',
    ),
  helpTemplate: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .default(
      '{businessName}: real estate texts about your inquiry. Help: {supportContact}. Msg frequency varies. ' +
        'Msg & data rates may apply. Reply STOP to opt out.',
    ),
  stopTemplate: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .default(
      '{businessName}: you are unsubscribed and will receive no more texts. Reply START to resubscribe.',
    ),
  startTemplate: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .default(
      '{businessName}: you are subscribed again. Msg & data rates may apply. Reply HELP for help, STOP to opt out.',
    ),
  /** Narrows the legal window; it can never widen it. */
  quietHours: z.strictObject({ start: hhmm, end: hhmm }).nullable().default(null),
  /** The immediate answer to the lead's own form or text may go out in quiet hours: the lead just asked. */
  directReplyIgnoresQuietHours: z.boolean().default(true),
  /** Automated texts to one contact in any 24 hours (state law may set a lower cap). */
  contactDailyCap: z.number().int().min(1).max(50).default(6),
  /** Automated texts from the whole workspace in any 24 hours. */
  workspaceDailyCap: z.number().int().min(1).max(1_000_000).default(5000),
  /** How assigned agents hear about leads that need them. */
  agentNotifications: z.enum(['sms', 'email', 'both', 'none']).default('both'),
});

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

/** The workspace's messaging settings with defaults filled; a stored value that no longer parses falls back. */
export async function loadWorkspaceMessaging(db: DbOrTrx, workspaceId: string): Promise<WorkspaceMessaging> {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw new Error(`Workspace ${workspaceId} not found`);
  const stored = fromJson<Record<string, unknown> | null>(workspace.settings)?.messaging;
  const parsed = messagingSettingsSchema.safeParse(stored ?? {});
  return {
    workspaceId,
    workspaceName: workspace.name,
    timezone: workspace.timezone,
    defaultRegion: workspace.defaultRegion,
    settings: parsed.success ? parsed.data : DEFAULT_MESSAGING_SETTINGS,
  };
}

/** Fills `{field}` merge fields; a field with no value disappears rather than showing braces. */
export function renderTemplate(template: string, fields: Record<string, string | null | undefined>): string {
  return template
    .replace(/\{(\w+)\}/g, (_match, key: string) => fields[key] ?? '')
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
