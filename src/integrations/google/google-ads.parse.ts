import { z } from 'zod';
import { loadWorkspaceMessaging } from '../../messaging/messaging.settings.js';
import { fieldsToLead } from '../field-mapping.js';
import type { PayloadParser } from '../ingest.service.js';
import { leadSourceOf, settingsOf } from '../sources.service.js';

const id = z.union([z.string(), z.number()]).transform(String);

/** Google Ads' lead form webhook (WebhookLead): the answers by column, the ids, the key, the test flag. */
export const googleLeadSchema = z.object({
  lead_id: id.optional(),
  user_column_data: z
    .array(
      z.object({
        column_name: z.string().optional(),
        string_value: z.string().optional(),
        column_id: z.string().optional(),
      }),
    )
    .max(200),
  api_version: z.string().optional(),
  form_id: id.optional(),
  campaign_id: id.optional(),
  google_key: z.string().optional(),
  is_test: z.boolean().optional(),
  gcl_id: z.string().optional(),
  adgroup_id: id.optional(),
  creative_id: id.optional(),
});

export type GoogleLead = z.infer<typeof googleLeadSchema>;

/** Column ids Google fills for its standard questions; any other column is read by its question text. */
const STANDARD_COLUMNS = new Set([
  'FULL_NAME',
  'FIRST_NAME',
  'LAST_NAME',
  'EMAIL',
  'PHONE_NUMBER',
  'POSTAL_CODE',
  'STREET_ADDRESS',
  'CITY',
  'REGION',
]);

export const parseGoogleAdsPayload: PayloadParser = async (ctx, source, payload) => {
  let json: unknown;
  try {
    json = JSON.parse(payload.raw ?? 'null');
  } catch {
    return { ok: false, reason: 'the body is not JSON' };
  }
  const lead = googleLeadSchema.safeParse(json);
  if (!lead.success) return { ok: false, reason: 'the body is not a Google Ads lead (user_column_data)' };
  const workspace = await loadWorkspaceMessaging(ctx.db, source.workspaceId);
  const pairs = lead.data.user_column_data.map((column) => {
    const key =
      column.column_id && STANDARD_COLUMNS.has(column.column_id)
        ? column.column_id
        : (column.column_name ?? column.column_id ?? 'Answer');
    return [key, column.string_value ?? ''] as const;
  });
  const outcome = fieldsToLead(pairs, {
    mapping: settingsOf(source).mapping,
    defaultSource: leadSourceOf(source),
    timezone: workspace.timezone,
    now: ctx.clock.now(),
  });
  if (!outcome.ok) return outcome;
  const details: Record<string, string> = {};
  if (lead.data.form_id) details.formId = lead.data.form_id;
  if (lead.data.campaign_id) details.campaignId = lead.data.campaign_id;
  if (lead.data.gcl_id) details.gclId = lead.data.gcl_id.slice(0, 200);
  return {
    ok: true,
    parsed: { ...outcome.parsed, externalId: lead.data.lead_id, isTest: lead.data.is_test === true, details },
  };
};
