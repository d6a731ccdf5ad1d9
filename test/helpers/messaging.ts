import { expect } from 'vitest';
import type { AppContext } from '../../src/http/context.js';
import { jobDefinitions } from '../../src/jobs/catalog.js';
import { drainJobs } from '../../src/jobs/jobs.drain.js';
import { type ReceivedLead, receiveLead } from '../../src/leads/intake.service.js';
import { findContact } from '../../src/leads/leads.repository.js';
import { loadWorkspaceMessaging } from '../../src/messaging/messaging.settings.js';
import type { MessageRow } from '../../src/messaging/messaging.table.js';
import { queueOutbound } from '../../src/messaging/outbox.service.js';
import { asApiKey, type TestApp } from './app.js';

/** Queues an automated follow-up to a lead the way the engine will: through the gate, in a transaction. */
export async function queueFollowUp(
  ctx: AppContext,
  props: { workspaceId: string; contactId: string; leadId: string; conversationId: string; body: string },
): Promise<MessageRow> {
  const workspace = await loadWorkspaceMessaging(ctx.db, props.workspaceId);
  const contact = await findContact(ctx.db, props.workspaceId, props.contactId);
  if (!contact) throw new Error('no such contact');
  const { message } = await ctx.db.transaction().execute((trx) =>
    queueOutbound(trx, ctx, {
      workspace,
      contact,
      leadId: props.leadId,
      conversationId: props.conversationId,
      body: props.body,
      kind: 'follow_up',
      purpose: 'conversational',
      author: 'assistant',
      directReply: false,
      idempotencyKey: `follow-up:${props.leadId}:${props.body}`,
    }),
  );
  return message;
}

export function outboundMessages(ctx: AppContext, leadId: string): Promise<MessageRow[]> {
  return ctx.db
    .selectFrom('messages')
    .selectAll()
    .where('leadId', '=', leadId)
    .where('direction', '=', 'outbound')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export function consentRows(ctx: AppContext, contactId: string) {
  return ctx.db
    .selectFrom('consentEvents')
    .selectAll()
    .where('contactId', '=', contactId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** Valid Austin numbers from a range of the caller's, so suites sharing a database never collide. */
export function phoneSequence(start: number): () => string {
  let next = start;
  return () => {
    next += 1;
    return `+1512555${String(next).padStart(4, '0')}`;
  };
}

/**
 * A text from `from` to the workspace's sandbox number, with every job it starts run to the end unless
 * `drain` is false (to see what happens before the assistant answers).
 */
export async function sandboxText<T = { messageId: string; leadId: string }>(
  t: TestApp,
  apiKey: string,
  from: string,
  body: string,
  { drain = true }: { drain?: boolean } = {},
): Promise<T> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sandbox/inbound',
    headers: asApiKey(apiKey),
    payload: { from, body },
  });
  expect(response.statusCode, response.body).toBe(201);
  if (drain) await drainJobs(t.ctx, jobDefinitions);
  return response.json<T>();
}

/** Written SMS consent as a lead form captures it. */
export const SMS_CONSENT = {
  sms: true,
  disclosure: 'By checking this box you agree to receive texts from Test Realty about your inquiry.',
  capturedAt: '2026-01-15T15:00:00Z',
  source: 'api' as const,
};

/** A lead posted through the API with SMS consent: its first response is queued, not yet sent. */
export function receiveTextableLead(
  ctx: AppContext,
  workspaceId: string,
  phone: string,
): Promise<ReceivedLead> {
  return receiveLead(ctx, {
    workspaceId,
    channel: 'api',
    source: 'zillow',
    phone,
    consent: SMS_CONSENT,
    attemptFirstResponse: true,
  });
}
