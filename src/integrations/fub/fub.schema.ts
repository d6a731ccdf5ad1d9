import { z } from 'zod';
import { isoTimestamp } from '../../http/schemas.js';
import { LEAD_STAGES } from '../../leads/leads.table.js';
import { sourceConsentSchema } from '../sources.schema.js';

const stageName = z.string().trim().min(1).max(80);

export const fubSettingsSchema = z.object({
  /** Our stage → the Follow Up Boss stage a lead is moved to; stages not named are not sent. */
  stageMap: z.partialRecord(z.enum(LEAD_STAGES), stageName).default({}),
  /** Leads that enter Follow Up Boss from elsewhere carry this consent (a source's consent settings). */
  consent: sourceConsentSchema.default({ sms: false }),
  /** The Follow Up Boss stage whose people we never contact. */
  doNotContactStage: stageName.default('Do Not Contact'),
  /** Take in people created in Follow Up Boss as leads here. */
  importPeople: z.boolean().default(true),
});

export type FubSettings = z.output<typeof fubSettingsSchema>;

export const connectFubBody = z
  .strictObject({
    apiKey: z.string().trim().min(8).max(200).describe("The account's API key (Admin → API)"),
    systemName: z.string().trim().min(1).max(80).describe('The X-System name registered with Follow Up Boss'),
    systemKey: z
      .string()
      .trim()
      .min(8)
      .max(200)
      .describe('The X-System-Key; it also signs Follow Up Boss webhooks'),
    registerWebhooks: z
      .boolean()
      .default(true)
      .describe('Subscribe to peopleCreated, peopleUpdated, peopleStageUpdated'),
    stageMap: fubSettingsSchema.shape.stageMap.optional(),
    consent: sourceConsentSchema.optional(),
    doNotContactStage: stageName.optional(),
    importPeople: z.boolean().optional(),
  })
  .describe('Connects the workspace to Follow Up Boss; the key is checked first');

export type ConnectFubBody = z.output<typeof connectFubBody>;

export const updateFubBody = z
  .strictObject({
    enabled: z.boolean().optional(),
    apiKey: connectFubBody.shape.apiKey.optional(),
    systemName: connectFubBody.shape.systemName.optional(),
    systemKey: connectFubBody.shape.systemKey.optional(),
    stageMap: fubSettingsSchema.shape.stageMap.optional(),
    consent: sourceConsentSchema.optional(),
    doNotContactStage: stageName.optional(),
    importPeople: z.boolean().optional(),
  })
  .describe('Only the fields given change');

export type UpdateFubBody = z.output<typeof updateFubBody>;

export const fubView = z.object({
  connected: z.boolean(),
  enabled: z.boolean(),
  systemName: z.string().nullable(),
  apiKeyHint: z.string().nullable(),
  settings: fubSettingsSchema.nullable(),
  lastError: z.string().nullable(),
  createdAt: isoTimestamp.nullable(),
  updatedAt: isoTimestamp.nullable(),
});

export type FubView = z.infer<typeof fubView>;

export const fubConnected = z.object({
  connection: fubView,
  webhookUrl: z.string().describe('Where Follow Up Boss posts its webhooks: shown once'),
  webhooksRegistered: z.array(z.string()).describe('The events subscribed in Follow Up Boss'),
  account: z.string().nullable(),
});

export const fubTestResult = z.object({
  ok: z.boolean(),
  account: z.string().nullable(),
  error: z.string().nullable(),
});

/** What Follow Up Boss posts: the event and the ids of the people it is about, to be fetched. */
export const fubWebhookBody = z.object({
  eventId: z.string().min(1).max(100),
  event: z.string().min(1).max(60),
  resourceIds: z
    .array(z.union([z.number().int(), z.string().max(40)]))
    .max(1000)
    .default([]),
  uri: z.string().max(2000).optional(),
});

export const fubTokenParams = z.strictObject({ token: z.string().min(1).max(100) });
