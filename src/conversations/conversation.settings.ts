import { z } from 'zod';
import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import { readWorkspace } from '../workspaces/workspaces.repository.js';
import { DEFAULT_SCRIPT, SLOTS, scriptSchema } from './script.js';

const handoffSchema = z.strictObject({
  hotTimelineMonths: z
    .number()
    .int()
    .min(0)
    .max(24)
    .default(3)
    .describe('A qualified lead moving within this many months goes to the agent at once'),
  maxTurnsWithoutProgress: z
    .number()
    .int()
    .min(1)
    .max(50)
    .default(6)
    .describe('Turns in a row that learn nothing before a person takes over'),
});

const followUpsSchema = z.strictObject({
  afterDays: z
    .array(z.number().int().min(1).max(90))
    .max(10)
    .refine((days) => days.every((day, i) => i === 0 || day > (days[i - 1] ?? 0)), 'days must increase')
    .default([1, 3, 7])
    .describe('Days after the last unanswered text; an empty list sends no follow-ups'),
  nurtureEveryDays: z
    .number()
    .int()
    .min(7)
    .max(365)
    .nullable()
    .default(30)
    .describe('Then a marketing check-in this often (needs marketing consent); null for none'),
  nurtureMax: z.number().int().min(0).max(60).default(12),
});

const placeName = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/\p{L}|^\d{5}$/u, 'a place name or a ZIP code');

const marketAreaSchema = z.strictObject({
  name: placeName.describe(
    'A city, county or ZIP code the workspace serves, with its state if it helps: "Austin, TX"',
  ),
  neighbourhoods: z
    .array(placeName)
    .max(100)
    .default([])
    .describe('Neighbourhoods of it that leads name: "Great Hills", "Zilker"'),
});

/** Each setting without its default: what a PATCH may carry. */
const settingFields = {
  assistantName: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .nullable()
    .describe(
      "A name for the automated assistant; null: it is the business's assistant. Never a person's name",
    ),
  tone: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .describe('For an optional language model: how the texts should sound'),
  script: scriptSchema,
  firstResponseAsks: z
    .enum(SLOTS)
    .nullable()
    .describe('The question the first-response template asks, so a short answer to it is understood'),
  handoff: handoffSchema,
  followUps: followUpsSchema,
  assistBudgetMs: z
    .number()
    .int()
    .min(100)
    .max(30_000)
    .describe(
      'How long the optional language model may take over one turn, all its calls together, before the built-in engine answers',
    ),
  marketAreas: z
    .array(marketAreaSchema)
    .max(50)
    .describe(
      "The workspace's own market areas: read first in a lead's texts, in any case, even when they are everyday words",
    ),
  replyInLeadLanguage: z
    .boolean()
    .describe(
      "Answer a lead who writes Spanish in Spanish; off: always English. STOP and HELP answers are the messaging templates'",
    ),
};

/** Per-workspace settings of the assistant, kept under `settings.conversation` of the workspace. */
export const conversationSettingsSchema = z.strictObject({
  assistantName: settingFields.assistantName.default(null),
  tone: settingFields.tone.default('warm, brief and professional'),
  script: settingFields.script.default(DEFAULT_SCRIPT),
  firstResponseAsks: settingFields.firstResponseAsks.default('intent'),
  handoff: handoffSchema.default(handoffSchema.parse({})),
  followUps: followUpsSchema.default(followUpsSchema.parse({})),
  assistBudgetMs: settingFields.assistBudgetMs.default(2500),
  replyInLeadLanguage: settingFields.replyInLeadLanguage.default(true),
  marketAreas: settingFields.marketAreas.default([]),
});

export const conversationSettingsPatch = z
  .strictObject(
    Object.fromEntries(
      Object.entries(settingFields).map(([key, field]) => [key, field.nullable().optional()]),
    ) as { [K in keyof typeof settingFields]: z.ZodOptional<z.ZodNullable<(typeof settingFields)[K]>> },
  )
  .describe('Only the settings given change; null restores the default');

export type ConversationSettings = z.output<typeof conversationSettingsSchema>;
export type ConversationSettingsPatch = z.output<typeof conversationSettingsPatch>;

export type MarketArea = z.output<typeof marketAreaSchema>;

export const DEFAULT_CONVERSATION_SETTINGS: ConversationSettings = conversationSettingsSchema.parse({});

/** Reads the stored settings with defaults filled; a stored value that no longer parses falls back. */
export function parseConversationSettings(workspaceSettings: unknown): ConversationSettings {
  const stored = fromJson<Record<string, unknown> | null>(workspaceSettings)?.conversation;
  const parsed = conversationSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_CONVERSATION_SETTINGS;
}

export async function loadConversationSettings(
  db: DbOrTrx,
  workspaceId: string,
): Promise<ConversationSettings> {
  const workspace = await readWorkspace(db, workspaceId);
  if (!workspace) throw new Error(`Workspace ${workspaceId} not found`);
  return parseConversationSettings(workspace.settings);
}
