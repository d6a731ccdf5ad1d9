import type { AppContext } from '../http/context.js';
import { notFound } from '../platform/errors.js';
import { storeAndRead } from './read-payload.js';
import { findSourceByTokenHash } from './sources.repository.js';
import type { IngestResult } from './sources.schema.js';
import type { LeadSourceRow, SourceKind } from './sources.table.js';
import { hashToken, looksLikeToken } from './tokens.js';

/** The enabled source of this kind behind a secret token; anything else is one and the same 404. */
export async function sourceByToken(
  ctx: AppContext,
  token: string,
  kind: SourceKind,
): Promise<LeadSourceRow> {
  const source = looksLikeToken(token) ? await findSourceByTokenHash(ctx.db, hashToken(token)) : undefined;
  if (!source || source.kind !== kind || source.enabled !== 1) throw notFound('Lead source');
  return source;
}

/** The source a lead address (`<token>@<domain>`) names, or undefined. */
export async function sourceForAddress(ctx: AppContext, address: string): Promise<LeadSourceRow | undefined> {
  const local = address.trim().toLowerCase().split('@')[0] ?? '';
  try {
    return await sourceByToken(ctx, local.split('+')[0] ?? '', 'email');
  } catch {
    return undefined;
  }
}

/** PostgreSQL text holds no NUL; a message with one keeps everything else. */
const storable = (raw: string) => raw.replaceAll('\u0000', '');

/** One raw MIME message for one source: stored as it came, then read into a lead or the unparsed list. */
export function receiveLeadEmail(
  ctx: AppContext,
  props: { source: LeadSourceRow; raw: string },
): Promise<IngestResult> {
  return storeAndRead(ctx, { source: props.source, raw: storable(props.raw), contentType: 'message/rfc822' });
}
