import { fromJson, toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { conflict, notFound } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { readEmail } from './email/email.parse.js';
import { commitLead } from './ingest.service.js';
import { findPayload, findSource, listPayloads, updatePayload } from './sources.repository.js';
import type { IngestResult, MapEmailBody } from './sources.schema.js';
import { leadSourceOf } from './sources.service.js';
import type { PayloadStatus, SourceKind, SourcePayloadRow } from './sources.table.js';

export function presentPayload(row: SourcePayloadRow) {
  const summary = fromJson<{ from?: string | null; subject?: string | null } | null>(row.summary) ?? {};
  return {
    id: row.id,
    sourceId: row.sourceId,
    kind: row.kind,
    status: row.status,
    externalId: row.externalId,
    from: summary.from ?? null,
    subject: summary.subject ?? null,
    leadId: row.leadId,
    error: row.error,
    attempts: row.attempts,
    receivedAt: row.receivedAt,
    processedAt: row.processedAt,
  };
}

export async function listSourcePayloads(
  ctx: AppContext,
  props: { workspaceId: string; sourceId?: string; kind?: SourceKind; status?: PayloadStatus; limit: number },
) {
  if (props.sourceId && !(await findSource(ctx.db, props.workspaceId, props.sourceId)))
    throw notFound('Lead source');
  return (await listPayloads(ctx.db, props)).map(presentPayload);
}

async function textOf(raw: string | null): Promise<string> {
  if (!raw) return '';
  try {
    const mail = await readEmail(raw);
    return mail.text || mail.html?.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ') || '';
  } catch {
    return raw;
  }
}

export async function listUnparsedEmails(ctx: AppContext, props: { workspaceId: string; limit: number }) {
  const rows = await listPayloads(ctx.db, { ...props, kind: 'email', status: 'unparsed' });
  return Promise.all(
    rows.map(async (row) => ({
      ...presentPayload(row),
      excerpt: (await textOf(row.raw)).trim().slice(0, 300),
    })),
  );
}

async function loadUnparsed(ctx: AppContext, workspaceId: string, id: string): Promise<SourcePayloadRow> {
  const row = await findPayload(ctx.db, workspaceId, id);
  if (row?.kind !== 'email') throw notFound('Email');
  return row;
}

export async function getUnparsedEmail(ctx: AppContext, props: { workspaceId: string; id: string }) {
  const row = await loadUnparsed(ctx, props.workspaceId, props.id);
  return { ...presentPayload(row), text: await textOf(row.raw), raw: row.raw };
}

const notWaiting = (status: string) =>
  conflict(`This email is ${status}, not waiting to be mapped`, 'email_not_unparsed', { status });

/**
 * An admin read an email no parser could and gives its fields: it becomes a lead through the same intake,
 * with the same consent rules as a parsed email of its source, and leaves the unparsed list.
 */
export async function mapUnparsedEmail(
  ctx: AppContext,
  props: { workspaceId: string; id: string; body: MapEmailBody; by: Actor; ip?: string | undefined },
): Promise<IngestResult> {
  const row = await loadUnparsed(ctx, props.workspaceId, props.id);
  if (row.status !== 'unparsed') throw notWaiting(row.status);
  const source = row.sourceId ? await findSource(ctx.db, props.workspaceId, row.sourceId) : undefined;
  if (!source) throw conflict('The lead address this email came to was removed', 'source_removed');
  const { body } = props;
  const property = {
    address: body.address,
    city: body.city,
    state: body.state,
    zip: body.zip,
    price: body.price,
  };
  const hasProperty = Object.values(property).some((v) => v !== undefined);
  const result = await commitLead(ctx, {
    source,
    payload: row,
    parsed: {
      lead: {
        source: body.source ?? leadSourceOf(source),
        name: body.name,
        phone: body.phone,
        email: body.email,
        message: body.message,
        property: hasProperty ? property : undefined,
        leadType: body.leadType,
      },
    },
    from: 'unparsed',
    to: 'mapped',
  });
  if (result.status !== 'mapped' && result.status !== 'duplicate') throw notWaiting(result.status);
  await audit(ctx.db, {
    workspaceId: props.workspaceId,
    actor: auditActor(props.by),
    action: 'integration.email_mapped',
    target: { type: 'source_payload', id: row.id },
    details: { leadId: result.leadId, fields: Object.keys(body) },
    ip: props.ip,
    at: ctx.clock.now(),
  });
  return result;
}

/** Not a lead (a newsletter, a receipt): leaves the list, and its text is dropped. */
export async function dismissUnparsedEmail(
  ctx: AppContext,
  props: { workspaceId: string; id: string; by: Actor; ip?: string | undefined },
): Promise<void> {
  const row = await loadUnparsed(ctx, props.workspaceId, props.id);
  const at = ctx.clock.now();
  const changed = await updatePayload(
    ctx.db,
    props.workspaceId,
    row.id,
    {
      status: 'dismissed',
      raw: null,
      summary: toJson({ from: null, subject: null }),
      processedAt: at.toISOString(),
    },
    'unparsed',
  );
  if (!changed) throw notWaiting(row.status);
  await audit(ctx.db, {
    workspaceId: props.workspaceId,
    actor: auditActor(props.by),
    action: 'integration.email_dismissed',
    target: { type: 'source_payload', id: row.id },
    at,
  });
}
