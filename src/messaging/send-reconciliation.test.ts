import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { asApiKey } from '../../test/helpers/app.js';
import { outboundMessages, phoneSequence, receiveTextableLead } from '../../test/helpers/messaging.js';
import {
  buildTwilioTestApp,
  outboundAtFake,
  postWebhook,
  statusCallback,
  type TwilioTestApp,
} from '../../test/helpers/twilio-app.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { MINUTE, SECOND } from '../platform/clock.js';
import type { MessageRow } from './messaging.table.js';
import { RECHECK_AFTER_MS } from './send-recheck.js';

const WINDOW_MS = 5 * MINUTE;
const BODY = 'See you at 3 at 12 Oak St. Park on the street.';

/**
 * Sends whose outcome is unknown, against the real Twilio SDK (timeout 400 ms here) and the local fake
 * of Twilio's API, with time moved by the test clock: a text is never credited with another message's
 * provider id, and never sent again while Twilio may still have it.
 */
describe('sends with an unknown outcome', () => {
  let t: TwilioTestApp;
  const nextPhone = phoneSequence(700);

  beforeEach(async () => {
    await t?.close();
    t = await buildTwilioTestApp();
  });
  afterAll(() => t.close());

  const drain = () => drainJobs(t.ctx, jobDefinitions);
  const newLead = () => receiveTextableLead(t.ctx, t.team.workspace.id, nextPhone());

  async function agentText(leadId: string, body: string): Promise<string> {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/messages`,
      headers: asApiKey(t.team.key.secret),
      payload: { body },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  }

  async function message(id: string): Promise<MessageRow> {
    return t.ctx.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  /** Runs the re-checks the window holds, each at its time after `startedAt`, checking `between` after each. */
  async function throughTheWindow(startedAt: string, between: () => Promise<void>): Promise<void> {
    for (const offset of RECHECK_AFTER_MS) {
      t.clock.set(new Date(new Date(startedAt).getTime() + offset));
      await drain();
      await between();
    }
  }

  async function expectNoSharedProviderIds(): Promise<void> {
    const ids = (await t.ctx.db.selectFrom('messages').select('providerId').execute())
      .map((r) => r.providerId)
      .filter((id) => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
  }

  const textsWith = (body: string) => outboundAtFake(t.fake).filter((m) => m.body === body);

  it('never credits the first of two identical texts to the second, answered 500 and never created', async () => {
    const lead = await newLead();
    await drain();
    const first = await agentText(lead.leadId, BODY);
    await drain();
    expect(await message(first)).toMatchObject({ status: 'sent' });
    t.clock.advance(4 * SECOND);
    t.fake.failNext(1, 500);
    const second = await agentText(lead.leadId, BODY);
    await drain();
    const pending = await message(second);
    expect(pending).toMatchObject({ status: 'sending', providerId: null, errorCode: '20500' });

    // Twilio lists one text with this body: the first message's. It is never the second's.
    await throughTheWindow(pending.attemptStartedAt as string, async () => {
      expect(await message(second)).toMatchObject({ status: 'sending', providerId: null });
      expect(textsWith(BODY)).toHaveLength(1);
    });
    t.clock.set(new Date(new Date(pending.attemptStartedAt as string).getTime() + WINDOW_MS));
    await drain();

    const texts = textsWith(BODY);
    expect(texts).toHaveLength(2);
    expect(await message(first)).toMatchObject({ status: 'sent', providerId: texts[0]?.sid });
    expect(await message(second)).toMatchObject({ status: 'sent', providerId: texts[1]?.sid, attempts: 2 });
    await expectNoSharedProviderIds();
  });

  it('credits the second of two identical texts with its own id when Twilio created it and answered 500', async () => {
    const lead = await newLead();
    await drain();
    const first = await agentText(lead.leadId, BODY);
    await drain();
    t.clock.advance(4 * SECOND);
    t.fake.failNext(1, 500, undefined, { processed: true });
    const second = await agentText(lead.leadId, BODY);
    await drain();
    const pending = await message(second);
    expect(pending.status).toBe('sending');

    t.clock.advance(RECHECK_AFTER_MS[0] as number);
    await drain();
    const texts = textsWith(BODY);
    expect(texts).toHaveLength(2);
    expect(await message(first)).toMatchObject({ status: 'sent', providerId: texts[0]?.sid });
    expect(await message(second)).toMatchObject({ status: 'sent', providerId: texts[1]?.sid, attempts: 1 });

    t.clock.advance(2 * WINDOW_MS);
    await drain();
    expect(textsWith(BODY)).toHaveLength(2);
    await expectNoSharedProviderIds();
  });

  it('waits while Twilio holds a create past our timeout, then credits the text it made', async () => {
    // Twilio takes 25 s to create the message; the SDK gave up long before.
    t.fake.holdNext(60_000);
    const lead = await newLead();
    await drain();
    const [pending] = await outboundMessages(t.ctx, lead.leadId);
    expect(pending).toMatchObject({ status: 'sending', errorCode: 'timeout' });
    const startedAt = new Date(pending?.attemptStartedAt as string).getTime();
    const posts = () => t.fake.requests.filter((r) => r.method === 'POST');

    t.clock.set(new Date(startedAt + 12 * SECOND));
    await drain();
    // The check at 12 s finds nothing, and nothing is sent again.
    expect(t.fake.requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(0);
    expect(posts()).toHaveLength(0);
    expect((await outboundMessages(t.ctx, lead.leadId))[0]?.status).toBe('sending');

    t.clock.set(new Date(startedAt + 25 * SECOND));
    t.fake.releaseHeld();
    await vi.waitFor(() => expect(outboundAtFake(t.fake)).toHaveLength(1));
    t.clock.set(new Date(startedAt + 30 * SECOND));
    await drain();

    const [sid] = outboundAtFake(t.fake).map((m) => m.sid);
    expect((await outboundMessages(t.ctx, lead.leadId))[0]).toMatchObject({
      status: 'sent',
      providerId: sid,
    });
    const leadRow = await t.ctx.db
      .selectFrom('leads')
      .select('firstResponseSentAt')
      .where('id', '=', lead.leadId)
      .executeTakeFirstOrThrow();
    expect(leadRow.firstResponseSentAt).not.toBeNull();

    t.clock.advance(2 * WINDOW_MS);
    await drain();
    expect(outboundAtFake(t.fake)).toHaveLength(1);
    expect(posts()).toHaveLength(1);
  });

  it('sends a request that never reached Twilio again, once, after the window', async () => {
    t.fake.dropNext();
    const lead = await newLead();
    await drain();
    const [pending] = await outboundMessages(t.ctx, lead.leadId);
    expect(pending).toMatchObject({ status: 'sending', errorCode: 'network_error' });

    await throughTheWindow(pending?.attemptStartedAt as string, async () => {
      expect(outboundAtFake(t.fake)).toHaveLength(0);
    });
    t.clock.set(new Date(new Date(pending?.attemptStartedAt as string).getTime() + WINDOW_MS));
    await drain();
    t.clock.advance(2 * WINDOW_MS);
    await drain();

    const texts = outboundAtFake(t.fake);
    expect(texts).toHaveLength(1);
    expect((await outboundMessages(t.ctx, lead.leadId))[0]).toMatchObject({
      status: 'sent',
      providerId: texts[0]?.sid,
      attempts: 2,
    });
  });

  it('settles an unknown outcome from a status callback that carries our marker', async () => {
    t.fake.holdNext(60_000);
    const lead = await newLead();
    await drain();
    t.fake.releaseHeld();
    await vi.waitFor(() => expect(outboundAtFake(t.fake)).toHaveLength(1));
    const [text] = outboundAtFake(t.fake);

    expect((await postWebhook(t, statusCallback(t, text?.sid as string, 'delivered'))).statusCode).toBe(204);
    await drain();
    expect((await outboundMessages(t.ctx, lead.leadId))[0]).toMatchObject({
      status: 'delivered',
      providerId: text?.sid,
    });
    t.clock.advance(2 * WINDOW_MS);
    await drain();
    expect(outboundAtFake(t.fake)).toHaveLength(1);
  });

  it('does not guess between two texts that could each be the one: it flags both for a person', async () => {
    const lead = await newLead();
    await drain();
    t.fake.failNext(2, 500, undefined, { processed: true });
    const first = await agentText(lead.leadId, BODY);
    const second = await agentText(lead.leadId, BODY);
    await drain();
    t.clock.advance(RECHECK_AFTER_MS[0] as number);
    await drain();

    for (const id of [first, second]) {
      expect(await message(id)).toMatchObject({
        status: 'sending',
        providerId: null,
        reviewReason: 'ambiguous_match',
      });
    }
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('leadId', '=', lead.leadId)
      .where('kind', '=', 'send_needs_review')
      .execute();
    expect(notes).toHaveLength(2);
    t.clock.advance(2 * WINDOW_MS);
    await drain();
    expect(textsWith(BODY)).toHaveLength(2);

    // Twilio's callbacks name each text's own message: that settles them where listing could not.
    const [a, b] = textsWith(BODY);
    for (const text of [a, b]) {
      expect((await postWebhook(t, statusCallback(t, text?.sid as string, 'sent'))).statusCode).toBe(204);
    }
    await drain();
    expect(await message(first)).toMatchObject({ status: 'sent', providerId: a?.sid, reviewReason: null });
    expect(await message(second)).toMatchObject({ status: 'sent', providerId: b?.sid, reviewReason: null });
    await expectNoSharedProviderIds();
  });
});
