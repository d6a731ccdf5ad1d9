import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  outboundMessages,
  phoneSequence,
  queueFollowUp,
  receiveTextableLead,
} from '../../test/helpers/messaging.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  outboundAtFake,
  PROVIDER_TIMEOUT_MS,
  PUBLIC_URL,
  postWebhook,
  type TwilioTestApp,
} from '../../test/helpers/twilio-app.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { MINUTE } from '../platform/clock.js';

/**
 * The reliability cases for messaging, each against the real Twilio SDK and a local fake of
 * Twilio's API: opt-outs that race a queued text, provider errors, and a send whose outcome was lost.
 */
describe('messaging reliability', () => {
  let t: TwilioTestApp;
  const nextPhone = phoneSequence(400);

  beforeEach(async () => {
    await t?.close();
    t = await buildTwilioTestApp();
  });
  afterAll(() => t.close());

  const newLead = () => receiveTextableLead(t.ctx, t.team.workspace.id, nextPhone());

  /** Runs jobs, moving the clock past each backoff, until none is left. */
  async function drainWithRetries(rounds = 8): Promise<void> {
    for (let round = 0; round < rounds; round += 1) {
      await drainJobs(t.ctx, jobDefinitions);
      t.clock.advance(MINUTE);
    }
  }

  it('never sends a follow-up that was queued before the lead texted STOP', async () => {
    const lead = await newLead();
    await drainJobs(t.ctx, jobDefinitions);
    const phone = outboundAtFake(t.fake)[0]?.to as string;
    const followUp = await queueFollowUp(t.ctx, {
      workspaceId: t.team.workspace.id,
      contactId: lead.contactId,
      leadId: lead.leadId,
      conversationId: lead.conversationId,
      body: 'Would Saturday at 10 work for a showing?',
    });
    expect(followUp.status).toBe('queued');
    // Its send job waits a little, as a scheduled follow-up would.
    await t.ctx.db
      .updateTable('jobs')
      .set({ runAt: new Date(t.clock.now().getTime() + 5 * MINUTE).toISOString() })
      .where('uniqueKey', '=', `send:${followUp.id}:0`)
      .execute();

    // The STOP lands while the follow-up's send job is still waiting. Twilio's Advanced Opt-Out answers it.
    const stop = t.fake.inboundSms({
      from: phone,
      to: OUR_NUMBER,
      body: 'STOP',
      url: `${PUBLIC_URL}/webhooks/twilio/sms`,
      advancedOptOut: true,
    });
    expect((await postWebhook(t, stop)).statusCode).toBe(200);
    await drainJobs(t.ctx, jobDefinitions);
    t.clock.advance(10 * MINUTE);
    await drainJobs(t.ctx, jobDefinitions);

    const after = (await outboundMessages(t.ctx, lead.leadId)).find((m) => m.id === followUp.id);
    expect(after).toMatchObject({ status: 'blocked', gateReason: 'opted_out', providerId: null });
    expect(outboundAtFake(t.fake).map((m) => m.body)).not.toContain(followUp.body);
    // Twilio sent the confirmation itself: we send none of our own.
    expect(outboundAtFake(t.fake).filter((m) => m.to === phone)).toHaveLength(1);
    const decisions = await t.ctx.db
      .selectFrom('gateDecisions')
      .selectAll()
      .where('messageId', '=', followUp.id)
      .orderBy('decidedAt')
      .execute();
    expect(decisions.map((d) => [d.stage, d.outcome, d.reason])).toEqual([
      ['queue', 'allowed', 'allowed'],
      ['send', 'blocked', 'opted_out'],
    ]);
  });

  it('sends once when Twilio answers 500 twice and then accepts', async () => {
    t.fake.failNext(2, 500);
    const lead = await newLead();
    // A 500 may hide a text Twilio created: each one is looked for over the re-check window first.
    await drainWithRetries(16);
    const [message] = await outboundMessages(t.ctx, lead.leadId);
    expect(message).toMatchObject({ status: 'sent', kind: 'first_response' });
    const atFake = outboundAtFake(t.fake);
    expect(atFake).toHaveLength(1);
    expect(message?.providerId).toBe(atFake[0]?.sid);
    expect(t.fake.requests.filter((r) => r.status === 500)).toHaveLength(2);
  });

  it('reconciles a send whose answer was lost instead of sending it again', async () => {
    // Twilio takes the message but its answer comes after our timeout: the outcome is unknown.
    t.fake.delayNext(PROVIDER_TIMEOUT_MS * 4);
    const lead = await newLead();
    await drainJobs(t.ctx, jobDefinitions);
    const [pending] = await outboundMessages(t.ctx, lead.leadId);
    expect(pending?.status).toBe('sending');
    expect(outboundAtFake(t.fake)).toHaveLength(1);

    await drainWithRetries();
    const [message] = await outboundMessages(t.ctx, lead.leadId);
    const atFake = outboundAtFake(t.fake);
    expect(atFake).toHaveLength(1);
    expect(message).toMatchObject({ status: 'sent', providerId: atFake[0]?.sid });
    const leadRow = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', lead.leadId)
      .executeTakeFirstOrThrow();
    expect(leadRow.firstResponseSentAt).not.toBeNull();
  });
});
