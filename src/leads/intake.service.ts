import type { ConsentSource } from '../consent/consent.table.js';
import { evaluateGate, type GateDecision } from '../consent/gate.js';
import {
  firstResponseText,
  handOffFromInquiry,
  readInquiry,
  storeInquiryReading,
} from '../conversations/first-response.js';
import { timesForFirstResponse, withTimesOffered } from '../conversations/first-response-times.js';
import { scheduleFollowUp } from '../conversations/follow-up.service.js';
import { inquiryOfferJob } from '../conversations/inquiry-offer.job.js';
import { applyProfileChanges } from '../conversations/profile.js';
import type { Trx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { loadWorkspaceMessaging, type WorkspaceMessaging } from '../messaging/messaging.settings.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { DAY } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { findUser } from '../workspaces/users.repository.js';
import { conversationForLead } from './conversation-for-lead.js';
import {
  findOrCreateContact,
  findOrCreateLead,
  type Normalized,
  normalizeLead,
  recordEvidence,
} from './intake.records.js';
import { insertInquiry, updateLead } from './leads.repository.js';
import type { ConsentEvidence, PropertyOfInterest } from './leads.schema.js';
import type { ContactRow, InquiriesTable, LeadRow, LeadType } from './leads.table.js';

/** A repeat inquiry within this time joins the conversation already under way instead of starting another. */
export const FIRST_RESPONSE_QUIET_PERIOD_MS = DAY;

export interface IncomingLead {
  workspaceId: string;
  channel: InquiriesTable['channel'];
  source: string;
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  message?: string | undefined;
  property?: PropertyOfInterest | undefined;
  leadType?: LeadType | undefined;
  tags?: string[] | undefined;
  timezone?: string | undefined;
  consent?: (ConsentEvidence & { source: ConsentSource; proof?: Record<string, unknown> }) | undefined;
  /** Imports without consent evidence never get an automated text, not even a blocked attempt. */
  attemptFirstResponse: boolean;
  /** Why no first response is attempted when attemptFirstResponse is false (e.g. a source's test lead). */
  skipReason?: string | undefined;
  /**
   * The person's first words were a keyword (STOP, HELP, "wrong number"), not an inquiry: the team is not
   * asked to reach out by hand either.
   */
  keywordOnly?: boolean;
  /** The lead's first text, when that text is the inquiry: the facts it gives name it as their source. */
  messageId?: string | undefined;
  /**
   * Who a new lead goes to when its source named an agent: that user, or null (nobody matched: left
   * unassigned for an admin). Undefined takes the round robin.
   */
  assignedUserId?: string | null | undefined;
}

export interface ReceivedLead {
  leadId: string;
  contactId: string;
  conversationId: string;
  inquiryId: string;
  merged: boolean;
  phoneValid: boolean;
  firstResponse: {
    status: 'queued' | 'deferred' | 'blocked' | 'not_queued';
    reason: string;
    messageId?: string;
  };
}

/**
 * Takes in one inquiry: the contact (deduplicated by phone or email), the lead, the inquiry, the
 * consent evidence, and the first response with its send job, all in one transaction. Nothing is
 * acknowledged before it commits.
 */
export async function receiveLead(ctx: AppContext, input: IncomingLead): Promise<ReceivedLead> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.db.transaction().execute((trx) => receiveLeadInTransaction(trx, ctx, input));
    } catch (error) {
      // Two inquiries from the same new person at once: the loser sees the winner's contact next time.
      if (attempt < 4 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/** The same intake as one step of a larger unit of work (an inbound text) in the caller's transaction. */
export async function receiveLeadInTransaction(
  trx: Trx,
  ctx: AppContext,
  input: IncomingLead,
): Promise<ReceivedLead> {
  const workspace = await loadWorkspaceMessaging(trx, input.workspaceId);
  const normalized = normalizeLead(input, workspace.defaultRegion);
  return intake(trx, ctx, { input, normalized, workspace });
}

interface IntakeProps {
  input: IncomingLead;
  normalized: Normalized;
  workspace: WorkspaceMessaging;
}

async function intake(
  trx: Trx,
  ctx: AppContext,
  { input, normalized, workspace }: IntakeProps,
): Promise<ReceivedLead> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const { contact, merged } = await findOrCreateContact(
    trx,
    input.workspaceId,
    normalized,
    input.timezone ?? null,
    at,
  );
  const lead = await findOrCreateLead(trx, { input, contact, at });
  const conversation = await conversationForLead(trx, lead, at);

  const startsFirstResponse =
    input.attemptFirstResponse &&
    contact.phone !== null &&
    (lead.firstResponseQueuedAt === null ||
      now.getTime() - new Date(lead.firstResponseQueuedAt).getTime() >= FIRST_RESPONSE_QUIET_PERIOD_MS);
  const inquiryId = newId(now.getTime());
  await insertInquiry(trx, {
    id: inquiryId,
    workspaceId: input.workspaceId,
    leadId: lead.id,
    contactId: contact.id,
    source: input.source,
    channel: input.channel,
    message: input.message ?? null,
    property: input.property ? toJson(input.property) : null,
    leadType: input.leadType ?? null,
    startedFirstResponse: startsFirstResponse ? 1 : 0,
    receivedAt: at,
  });
  if (input.consent)
    await recordEvidence(trx, {
      workspaceId: input.workspaceId,
      contactId: contact.id,
      consent: input.consent,
      now,
    });
  // Voice consent: the voice module calls the lead if the workspace calls new leads (through the gate).
  if (input.consent?.voice === true && contact.phone !== null) {
    await enqueue(
      trx,
      {
        name: 'voice.call-lead',
        workspaceId: input.workspaceId,
        payload: { workspaceId: input.workspaceId, leadId: lead.id, inquiryId },
        uniqueKey: `voice.call-lead:inquiry:${inquiryId}`,
        maxAttempts: 3,
      },
      ctx.clock,
    );
  }

  const agent = lead.assignedUserId ? await findUser(trx, input.workspaceId, lead.assignedUserId) : undefined;
  // What the inquiry says goes on the profile, whether or not it is answered by text.
  const reading = input.keywordOnly
    ? null
    : await readInquiry(trx, {
        workspace,
        leadId: lead.id,
        profile: lead.profile,
        inquiry: {
          id: inquiryId,
          at,
          message: input.message ?? null,
          leadType: input.leadType ?? null,
          property: input.property ?? null,
        },
        messageId: input.messageId,
        firstName: contact.firstName,
        agentFirstName: agent?.name.trim().split(/\s+/)[0] ?? null,
        tz: input.timezone ?? contact.timezone ?? workspace.timezone,
        now,
      });
  if (reading) await storeInquiryReading(trx, lead, reading, at);

  const result: ReceivedLead = {
    leadId: lead.id,
    contactId: contact.id,
    conversationId: conversation.id,
    inquiryId,
    merged,
    phoneValid: contact.phoneValid === 1,
    firstResponse: { status: 'not_queued', reason: firstResponseSkipReason(input, contact) },
  };
  if (!startsFirstResponse || !reading) {
    if (!merged && input.channel !== 'import' && !input.keywordOnly) {
      await tellAgentNotTexted(trx, ctx, lead, result.firstResponse.reason);
    }
    return result;
  }

  // A form or API inquiry that asks for a time has it answered in the first response itself; of a home
  // sold or under contract, no showing is booked or offered: the first response says it is gone.
  const answersTime =
    input.messageId === undefined &&
    !reading.opening.handoff &&
    !reading.opening.offMarket &&
    reading.opening.changes.some((c) => c.field === 'requestedTime');
  // Asked before a time is booked, so one is booked only for a lead who hears of it; the same decision then
  // goes with the first text, in this transaction, instead of asking the gate twice.
  const decided = answersTime ? await firstResponseGate(trx, { workspace, contact, now }) : undefined;
  const times =
    decided && decided.outcome !== 'blocked'
      ? await timesForFirstResponse(trx, ctx, { workspaceId: input.workspaceId, leadId: lead.id, inquiryId })
      : null;
  const first = firstResponseText(reading, {
    workspace,
    firstName: contact.firstName,
    agentName: agent?.name ?? null,
    propertyAddress: input.property?.address ?? null,
    at,
    sourceId: input.messageId ?? `inquiry:${inquiryId}`,
    times: times?.parts,
  });
  const profile = applyProfileChanges(reading.profile, [first.memo]);
  await storeInquiryReading(trx, lead, { ...reading, profile: withTimesOffered(profile, times) }, at);
  const body = first.body;
  const { message } = await queueOutbound(trx, ctx, {
    workspace,
    contact,
    leadId: lead.id,
    conversationId: conversation.id,
    body,
    kind: 'first_response',
    purpose: 'conversational',
    author: 'assistant',
    directReply: true,
    idempotencyKey: `first-response:${inquiryId}`,
    ...(decided && { decided }),
  });
  // A booking has moved the lead on to `appointment` already.
  const contacted = lead.stage === 'new' && message.status !== 'blocked' && !times?.booked;
  await updateLead(
    trx,
    input.workspaceId,
    lead.id,
    { firstResponseQueuedAt: at, ...(contacted ? { stage: 'contacted' } : {}), updatedAt: at },
    lead.stage,
  );
  // The rest of a long answer: right after, in order, as part of the same first response.
  let last = message;
  for (const [index, rest] of first.rest.entries()) {
    if (message.status === 'blocked') break;
    ({ message: last } = await queueOutbound(trx, ctx, {
      workspace,
      contact,
      leadId: lead.id,
      conversationId: conversation.id,
      body: rest,
      kind: 'reply',
      purpose: 'conversational',
      author: 'assistant',
      directReply: true,
      idempotencyKey: `first-response:${inquiryId}:${index + 1}`,
    }));
  }
  if (message.status !== 'blocked') {
    // If the lead never answers, the assistant follows up (conversations/follow-ups.ts), counted from the
    // first response's last text (a later one of its own would read as a newer conversation).
    await scheduleFollowUp(trx, ctx, {
      workspaceId: input.workspaceId,
      leadId: lead.id,
      anchorMessageId: last.id,
      anchorAt: new Date(last.createdAt),
      step: 1,
    });
  }
  result.firstResponse = {
    status: message.status === 'queued' ? 'queued' : (message.status as 'deferred' | 'blocked'),
    reason: message.gateReason ?? 'allowed',
    messageId: message.id,
  };
  if (message.status === 'blocked' && input.channel !== 'import') {
    await tellAgentNotTexted(trx, ctx, lead, message.gateReason ?? 'blocked');
  }
  if (reading.opening.handoff && message.status !== 'blocked') {
    await handOffFromInquiry(trx, ctx, {
      lead,
      conversationId: conversation.id,
      reading,
      leadName: input.name ?? null,
      message: input.message ?? null,
      property: input.property?.address ?? null,
      zone: input.timezone ?? contact.timezone ?? workspace.timezone,
      at,
    });
  }
  if (answersTime && !times && message.status !== 'blocked') {
    // A time the first response could not answer (an agent's calendar is read over the network, or
    // nothing is free at all): the job offers the nearest times, or the booking link, after the commit.
    await enqueue(
      trx,
      inquiryOfferJob.job(
        { workspaceId: input.workspaceId, leadId: lead.id, inquiryId },
        { uniqueKey: `conversations.inquiry-offer:${inquiryId}` },
      ),
      ctx.clock,
    );
  }
  const question = first.forAgent;
  if (question && message.status !== 'blocked') {
    await notifyTeam(trx, ctx, {
      workspaceId: input.workspaceId,
      leadId: lead.id,
      userId: lead.assignedUserId,
      kind: 'question_for_agent',
      subject: 'A question for you to confirm',
      body: `The lead asked: "${question.slice(0, 300)}". The assistant said you would confirm.`,
    });
  }
  return result;
}

/** The gate's decision on the first response, asked before it is written (see queueOutbound's `decided`). */
function firstResponseGate(
  trx: Trx,
  props: { workspace: WorkspaceMessaging; contact: ContactRow; now: Date },
): Promise<GateDecision> {
  return evaluateGate(trx, {
    workspaceId: props.workspace.workspaceId,
    contact: props.contact,
    kind: 'first_response',
    purpose: 'conversational',
    directReply: true,
    now: props.now,
    settings: props.workspace.settings,
    workspaceTimezone: props.workspace.timezone,
  });
}

function firstResponseSkipReason(input: IncomingLead, contact: ContactRow): string {
  if (!contact.phone) return contact.phoneRaw ? 'invalid_phone' : 'no_phone';
  if (input.keywordOnly) return 'keyword_only';
  if (!input.attemptFirstResponse) return input.skipReason ?? 'imported_without_consent';
  return 'recent_first_response';
}

/**
 * One note per lead that came in on its own. Not for imported rows: a file of thousands would bury the
 * agents in notes; the person importing gets the per-row results instead.
 */
async function tellAgentNotTexted(trx: Trx, ctx: AppContext, lead: LeadRow, reason: string): Promise<void> {
  if (reason === 'recent_first_response') return;
  await notifyTeam(trx, ctx, {
    workspaceId: lead.workspaceId,
    leadId: lead.id,
    userId: lead.assignedUserId,
    kind: 'new_lead_not_texted',
    subject: 'New lead to follow up by hand',
    body: `A new lead from ${lead.source} was not texted automatically (${reason.replaceAll('_', ' ')}). Reach out yourself.`,
  });
}
