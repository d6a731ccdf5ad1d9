import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { type IncomingLead, receiveLeadInTransaction } from '../leads/intake.service.js';
import { SECOND } from '../platform/clock.js';
import { isAppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { assigneeOf, matchAssignedAgent, noteUnmatchedAgent } from './assigned-agent.js';
import type { ParsedLead, ParseOutcome } from './field-mapping.js';
import { processPayloadJob } from './payload-job.js';
import {
  claimPayload,
  findPayload,
  findSourceLead,
  insertPayload,
  insertSourceLead,
  recordPayloadFailure,
  updatePayload,
} from './sources.repository.js';
import type { IngestResult } from './sources.schema.js';
import { leadSourceOf, settingsOf } from './sources.service.js';
import type { LeadSourceRow, PayloadStatus, SourcePayloadRow } from './sources.table.js';
import { notifyUnparsed } from './unparsed.notify.js';

/**
 * Every source ends here: the payload is stored as it came (and a job to read it queued) in one commit
 * before anything else, then read into a lead through the same intake as the API and the form. A crash
 * between the two leaves the payload `received` and the job reads it; a payload read twice is one lead.
 */

/** Reading inline normally finishes at once; the job is the safety net after a crash, and Meta's fetch. */
const SAFETY_DELAY_MS = 15 * SECOND;

export interface StorePayloadProps {
  source: LeadSourceRow;
  raw: string;
  contentType: string | null;
  externalId?: string | undefined;
  summary?: PayloadSummary | undefined;
  /** Read by the job straight away (Meta's lead is fetched there) instead of inline. */
  readNow?: boolean;
}

export async function storePayload(ctx: AppContext, props: StorePayloadProps): Promise<SourcePayloadRow> {
  const now = ctx.clock.now();
  const row: SourcePayloadRow = {
    id: newId(now.getTime()),
    workspaceId: props.source.workspaceId,
    sourceId: props.source.id,
    kind: props.source.kind,
    status: 'received',
    externalId: props.externalId?.slice(0, 300) ?? null,
    contentType: props.contentType?.slice(0, 200) ?? null,
    raw: props.raw,
    fetched: null,
    summary: summaryJson(props.summary),
    parsed: null,
    leadId: null,
    inquiryId: null,
    attempts: 0,
    error: null,
    receivedAt: now.toISOString(),
    processedAt: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertPayload(trx, row);
    await enqueue(
      trx,
      processPayloadJob(
        { workspaceId: row.workspaceId, payloadId: row.id },
        { runAt: new Date(now.getTime() + (props.readNow ? 0 : SAFETY_DELAY_MS)) },
      ),
      ctx.clock,
    );
  });
  return row;
}

export function resultOf(row: Pick<SourcePayloadRow, 'id' | 'status' | 'leadId'>): IngestResult {
  return { payloadId: row.id, status: row.status, leadId: row.leadId, duplicate: row.status === 'duplicate' };
}

export type PayloadParser = (
  ctx: AppContext,
  source: LeadSourceRow,
  payload: SourcePayloadRow,
) => Promise<ParseOutcome & { fetched?: string; summary?: PayloadSummary }>;

/** What lists show of a payload: an email's sender and subject. */
export interface PayloadSummary {
  from?: string | undefined;
  subject?: string | undefined;
}

const summaryJson = (summary: PayloadSummary | undefined) =>
  toJson({ from: summary?.from?.slice(0, 300) ?? null, subject: summary?.subject?.slice(0, 300) ?? null });

/**
 * Reads a stored payload into a lead. A parser that throws (the Graph API down) leaves the payload
 * `received` for the job's next attempt; one that cannot read it marks it `unparsed` (emails, for an
 * admin to map) or `failed`.
 */
export async function processPayload(
  ctx: AppContext,
  props: { workspaceId: string; payloadId: string; source: LeadSourceRow | undefined; parse: PayloadParser },
): Promise<IngestResult> {
  const payload = await findPayload(ctx.db, props.workspaceId, props.payloadId);
  if (!payload) throw new Error(`No payload ${props.payloadId}`);
  if (payload.status !== 'received') return resultOf(payload);
  const { source } = props;
  if (!source) return markUnread(ctx, payload, 'failed', 'the source was removed before this was read');
  const outcome = await props.parse(ctx, source, payload);
  // Written with the outcome, not apart: one write less per lead.
  const alongside: PayloadExtras = {
    ...(outcome.fetched !== undefined ? { fetched: outcome.fetched } : {}),
    ...(outcome.summary !== undefined ? { summary: summaryJson(outcome.summary) } : {}),
  };
  if (!outcome.ok)
    return markUnread(
      ctx,
      payload,
      payload.kind === 'email' ? 'unparsed' : 'failed',
      outcome.reason,
      alongside,
    );
  return commitLead(ctx, {
    source,
    payload,
    parsed: outcome.parsed,
    from: 'received',
    to: 'processed',
    alongside,
  });
}

/** What a reading learnt besides the lead: Meta's answers, an email's sender and subject. */
type PayloadExtras = Partial<Pick<SourcePayloadRow, 'fetched' | 'summary'>>;

async function markUnread(
  ctx: AppContext,
  payload: SourcePayloadRow,
  status: PayloadStatus,
  reason: string,
  alongside: PayloadExtras = {},
): Promise<IngestResult> {
  // The status moves from `received` once, so the admins hear of an unread email once, with the move.
  const changed = await ctx.db.transaction().execute(async (trx) => {
    const moved = await updatePayload(
      trx,
      payload.workspaceId,
      payload.id,
      { ...alongside, status, error: reason.slice(0, 500), processedAt: ctx.clock.now().toISOString() },
      'received',
    );
    if (moved && status === 'unparsed') await notifyUnparsed(trx, ctx, payload, reason);
    return moved;
  });
  const row = changed ? { ...payload, status } : await findPayload(ctx.db, payload.workspaceId, payload.id);
  return resultOf(row ?? payload);
}

/** Notes why the last attempt failed, for the deliveries list, without changing the status. */
export async function noteAttemptFailure(
  db: DbOrTrx,
  payload: Pick<SourcePayloadRow, 'workspaceId' | 'id'>,
  error: string,
  final: boolean,
  at: Date,
): Promise<void> {
  await recordPayloadFailure(db, payload.workspaceId, payload.id, { error: error.slice(0, 500), final, at });
}

function incomingLead(props: {
  source: LeadSourceRow;
  payload: SourcePayloadRow;
  parsed: ParsedLead;
}): IncomingLead {
  const { source, payload, parsed } = props;
  const { consent } = settingsOf(source);
  const isTest = parsed.isTest === true;
  const tags = [...(parsed.lead.tags ?? []), ...(isTest ? ['test'] : [])];
  return {
    ...parsed.lead,
    workspaceId: source.workspaceId,
    channel: source.kind === 'email' ? 'email' : 'api',
    source: parsed.lead.source || leadSourceOf(source),
    tags: tags.length > 0 ? [...new Set(tags)].slice(0, 50) : undefined,
    consent:
      consent.sms && consent.disclosure && !isTest
        ? {
            sms: true,
            disclosure: consent.disclosure,
            ...(consent.disclosureVersion ? { disclosureVersion: consent.disclosureVersion } : {}),
            capturedAt: payload.receivedAt,
            source: 'api',
            proof: {
              kind: 'source_payload',
              sourceKind: source.kind,
              sourceId: source.id,
              payloadId: payload.id,
            },
          }
        : undefined,
    // Without consent the gate refuses the text and the team is told to reach out by hand.
    attemptFirstResponse: !isTest,
    skipReason: isTest ? 'test_lead' : undefined,
  };
}

/**
 * The lead, the source's id of it and the payload's new status in one transaction. A payload another
 * reader took first, or a lead id the source sent before, makes no second lead.
 */
export async function commitLead(
  ctx: AppContext,
  props: {
    source: LeadSourceRow;
    payload: SourcePayloadRow;
    parsed: ParsedLead;
    from: PayloadStatus;
    to: PayloadStatus;
    alongside?: PayloadExtras;
  },
): Promise<IngestResult> {
  const { source, payload, parsed } = props;
  const externalId = parsed.externalId?.slice(0, 300) ?? payload.externalId ?? undefined;
  const at = ctx.clock.now().toISOString();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.db.transaction().execute(async (trx): Promise<IngestResult> => {
        if (!(await claimPayload(trx, payload.workspaceId, payload.id, props.from))) {
          const current = await findPayload(trx, payload.workspaceId, payload.id);
          return resultOf(current ?? payload);
        }
        const known = externalId ? await findSourceLead(trx, source.id, externalId) : undefined;
        if (known) {
          await updatePayload(trx, payload.workspaceId, payload.id, {
            status: 'duplicate',
            externalId: externalId ?? null,
            leadId: known.leadId,
            error: null,
            processedAt: at,
          });
          return { payloadId: payload.id, status: 'duplicate', leadId: known.leadId, duplicate: true };
        }
        const named = parsed.details?.assignedAgent;
        const agent = named ? await matchAssignedAgent(trx, source.workspaceId, named) : undefined;
        const incoming = { ...incomingLead(props), assignedUserId: assigneeOf(agent) };
        const received = await receiveLeadInTransaction(trx, ctx, incoming);
        if (agent)
          await noteUnmatchedAgent(trx, {
            workspaceId: source.workspaceId,
            leadId: received.leadId,
            match: agent,
            sourceLabel: `The lead source "${source.name}"`,
            newLead: !received.merged,
            at,
          });
        if (externalId)
          await insertSourceLead(trx, {
            sourceId: source.id,
            externalId,
            workspaceId: source.workspaceId,
            leadId: received.leadId,
            payloadId: payload.id,
            createdAt: at,
          });
        await updatePayload(trx, payload.workspaceId, payload.id, {
          ...props.alongside,
          status: props.to,
          externalId: externalId ?? null,
          parsed: toJson({ ...parsed.lead, isTest: parsed.isTest === true, details: parsed.details ?? {} }),
          leadId: received.leadId,
          inquiryId: received.inquiryId,
          error: null,
          processedAt: at,
        });
        return { payloadId: payload.id, status: props.to, leadId: received.leadId, duplicate: false };
      });
    } catch (error) {
      // Two readers of one lead id, or of one new person, at once: the next attempt sees the winner's rows.
      if (attempt < 4 && isUniqueViolation(error)) continue;
      if (isAppError(error) && error.code === 'lead_unreachable') {
        if (props.from !== 'received') throw error;
        return markUnread(
          ctx,
          payload,
          payload.kind === 'email' ? 'unparsed' : 'failed',
          'no phone number or email address to reach the lead',
          props.alongside,
        );
      }
      throw error;
    }
  }
}
