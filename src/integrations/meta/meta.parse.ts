import { z } from 'zod';
import { loadWorkspaceMessaging } from '../../messaging/messaging.settings.js';
import { fieldsToLead } from '../field-mapping.js';
import type { PayloadParser } from '../ingest.service.js';
import { leadSourceOf, metaSecretsOf, settingsOf } from '../sources.service.js';
import { fetchGraphLead } from './meta.graph.js';

/** One `leadgen` change of Meta's webhook: ids only; the answers are fetched with the page's token. */
export const leadgenChangeSchema = z.object({
  leadgen_id: z.union([z.string(), z.number()]).transform(String),
  page_id: z.union([z.string(), z.number()]).transform(String).optional(),
  form_id: z.union([z.string(), z.number()]).transform(String).optional(),
  ad_id: z.union([z.string(), z.number()]).transform(String).optional(),
  created_time: z.number().optional(),
});

export const parseMetaPayload: PayloadParser = async (ctx, source, payload) => {
  const change = leadgenChangeSchema.safeParse(JSON.parse(payload.raw ?? 'null'));
  if (!change.success) return { ok: false, reason: 'the webhook named no leadgen_id' };
  const secrets = metaSecretsOf(ctx, source);
  if (!secrets?.pageAccessToken) return { ok: false, reason: 'the source has no page access token' };
  const { lead, body } = await fetchGraphLead({
    baseUrl: ctx.config.leadSources.metaGraphBaseUrl,
    leadgenId: change.data.leadgen_id,
    pageAccessToken: secrets.pageAccessToken,
  });
  const workspace = await loadWorkspaceMessaging(ctx.db, source.workspaceId);
  const outcome = fieldsToLead(
    lead.field_data.map((f) => [f.name, (f.values ?? []).map(String).join(', ')] as const),
    {
      mapping: settingsOf(source).mapping,
      defaultSource: leadSourceOf(source),
      timezone: workspace.timezone,
      now: ctx.clock.now(),
    },
  );
  const fetched = body.slice(0, 100_000);
  if (!outcome.ok) return { ...outcome, fetched };
  const details: Record<string, string> = {};
  if (lead.form_id) details.formId = lead.form_id;
  if (lead.ad_id) details.adId = lead.ad_id;
  return { ok: true, parsed: { ...outcome.parsed, externalId: lead.id, details }, fetched };
};
