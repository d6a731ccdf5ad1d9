import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { badRequest, forbidden } from '../../platform/errors.js';
import { storePayload } from '../ingest.service.js';
import { findSourceByAccount, findSourceByVerifyTokenHash } from '../sources.repository.js';
import { metaSecretsOf } from '../sources.service.js';
import type { LeadSourceRow } from '../sources.table.js';
import { hashToken, looksLikeToken } from '../tokens.js';
import { leadgenChangeSchema } from './meta.parse.js';
import { validMetaSignature } from './meta.signature.js';

/** `hub.mode=subscribe` with the verify token of an enabled Meta source. */
export async function verifyMetaSubscription(
  ctx: AppContext,
  props: { mode: string | undefined; verifyToken: string | undefined },
): Promise<boolean> {
  if (props.mode !== 'subscribe' || !props.verifyToken || !looksLikeToken(props.verifyToken)) return false;
  const source = await findSourceByVerifyTokenHash(ctx.db, hashToken(props.verifyToken));
  return source?.kind === 'meta' && source.enabled === 1;
}

const notificationSchema = z.object({
  object: z.string().optional(),
  entry: z
    .array(
      z.object({
        id: z.union([z.string(), z.number()]).transform(String).optional(),
        changes: z.array(z.object({ field: z.string(), value: z.unknown() })).default([]),
      }),
    )
    .max(1000)
    .default([]),
});

/**
 * Meta's leadgen notification: each change names a page and a lead id. The body must be signed with the
 * app secret of every page's source it names; then each lead is stored and its job fetches the answers.
 * Changes for pages no source takes are acknowledged and dropped (Meta would otherwise retry them).
 * Answers how many leads were stored.
 */
export async function acceptMetaWebhook(
  ctx: AppContext,
  props: { body: string; signature: string | undefined },
): Promise<number> {
  let json: unknown;
  try {
    json = JSON.parse(props.body);
  } catch {
    throw badRequest('The body is not JSON', undefined, 'invalid_json');
  }
  const notification = notificationSchema.safeParse(json);
  if (!notification.success)
    throw badRequest('The body is not a Meta webhook notification', undefined, 'invalid_body');
  const leads: Array<{ source: LeadSourceRow; change: z.output<typeof leadgenChangeSchema>; raw: unknown }> =
    [];
  const sources = new Map<string, LeadSourceRow | undefined>();
  for (const entry of notification.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'leadgen') continue;
      const parsed = leadgenChangeSchema.safeParse(change.value);
      if (!parsed.success) continue;
      const pageId = parsed.data.page_id ?? entry.id;
      if (!pageId) continue;
      if (!sources.has(pageId))
        sources.set(pageId, await findSourceByAccount(ctx.db, 'meta', pageId.slice(0, 40)));
      const source = sources.get(pageId);
      if (source?.enabled === 1) leads.push({ source, change: parsed.data, raw: change.value });
    }
  }
  const signers = new Map([...leads].map(({ source }) => [source.id, source]));
  for (const source of signers.values()) {
    const appSecret = metaSecretsOf(ctx, source)?.appSecret;
    if (!appSecret || !validMetaSignature(appSecret, props.body, props.signature))
      throw forbidden('The X-Hub-Signature-256 header is missing or wrong', 'invalid_signature');
  }
  for (const { source, change, raw } of leads) {
    await storePayload(ctx, {
      source,
      raw: JSON.stringify(raw),
      contentType: 'application/json',
      externalId: change.leadgen_id,
      readNow: true,
    });
  }
  return leads.length;
}
