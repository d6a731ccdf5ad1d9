import type { AppContext } from '../http/context.js';
import { intakePaceOf } from '../leads/intake-pace.js';
import { parseEmailPayload } from './email/email.parse.js';
import { parseGoogleAdsPayload } from './google/google-ads.parse.js';
import {
  type PayloadParser,
  processPayload,
  resultOf,
  type StorePayloadProps,
  storePayload,
} from './ingest.service.js';
import { parseMetaPayload } from './meta/meta.parse.js';
import { findPayload, findSource } from './sources.repository.js';
import type { IngestResult } from './sources.schema.js';
import type { SourceKind } from './sources.table.js';
import { parseWebhookPayload } from './webhook/webhook.parse.js';

const PARSERS: Record<SourceKind, PayloadParser> = {
  email: parseEmailPayload,
  meta: parseMetaPayload,
  google_ads: parseGoogleAdsPayload,
  webhook: parseWebhookPayload,
};

/** Reads one stored payload with its kind's parser (see ingest.service.ts). */
export async function readPayload(
  ctx: AppContext,
  props: { workspaceId: string; payloadId: string },
): Promise<IngestResult> {
  const payload = await findPayload(ctx.db, props.workspaceId, props.payloadId);
  if (!payload) throw new Error(`No payload ${props.payloadId}`);
  const source = payload.sourceId ? await findSource(ctx.db, props.workspaceId, payload.sourceId) : undefined;
  return processPayload(ctx, { ...props, source, parse: PARSERS[payload.kind] });
}

/**
 * Stores a payload and reads it at once, so the answer can name the lead. Should the read fail
 * unexpectedly, the payload is still stored and its job reads it later: the answer says `received`.
 * A workspace sending leads faster than its pace (intake-pace.ts) has the payload stored and its job
 * queued to run at once: the worker reads it, sharing its slots fairly between workspaces, and the answer
 * says `received` without holding the source's request.
 */
export async function storeAndRead(ctx: AppContext, props: StorePayloadProps): Promise<IngestResult> {
  if (!intakePaceOf(ctx).tryNow(props.source.workspaceId))
    return resultOf(await storePayload(ctx, { ...props, readNow: true }));
  const row = await storePayload(ctx, props);
  try {
    return await readPayload(ctx, { workspaceId: row.workspaceId, payloadId: row.id });
  } catch (error) {
    ctx.logger.warn(
      { category: 'integrations', err: error, payloadId: row.id },
      'a stored lead payload could not be read now; its job will retry',
    );
    return resultOf(row);
  }
}
