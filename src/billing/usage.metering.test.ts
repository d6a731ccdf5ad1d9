import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { signWebhook, statusCallbackParams } from '../../test/fakes/twilio/webhooks.js';
import { testDialect } from '../../test/helpers/db.js';
import { outboundMessages, phoneSequence, receiveTextableLead } from '../../test/helpers/messaging.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  outboundAtFake,
  PROVIDER_TIMEOUT_MS,
  PUBLIC_URL,
  postWebhook,
  TWILIO_AUTH_TOKEN,
  type TwilioTestApp,
} from '../../test/helpers/twilio-app.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { MINUTE } from '../platform/clock.js';

/** Every billable unit once, however often the send is retried or the provider repeats itself. */
describe(`usage metering exactly once, on ${testDialect()}`, () => {
  let t: TwilioTestApp;
  const nextPhone = phoneSequence(7100);

  beforeEach(async () => {
    await t?.close();
    t = await buildTwilioTestApp();
  });
  afterAll(() => t.close());

  const events = (unit: string) =>
    t.ctx.db
      .selectFrom('usageEvents')
      .selectAll()
      .where('workspaceId', '=', t.team.workspace.id)
      .where('unit', '=', unit as 'sms_segment_out')
      .execute();
  const daily = (unit: string) =>
    t.ctx.db
      .selectFrom('usageDaily')
      .selectAll()
      .where('workspaceId', '=', t.team.workspace.id)
      .where('unit', '=', unit as 'sms_segment_out')
      .execute();

  async function drainWithRetries(rounds = 16): Promise<void> {
    for (let round = 0; round < rounds; round += 1) {
      await drainJobs(t.ctx, jobDefinitions);
      t.clock.advance(MINUTE);
    }
  }

  it('counts a first response once when Twilio answers 500 twice before accepting it', async () => {
    t.fake.failNext(2, 500);
    const lead = await receiveTextableLead(t.ctx, t.team.workspace.id, nextPhone());
    await drainWithRetries();
    const [message] = await outboundMessages(t.ctx, lead.leadId);
    expect(message?.status).toBe('sent');
    expect(outboundAtFake(t.fake)).toHaveLength(1);

    const sent = await events('sms_segment_out');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ messageId: message?.id, idempotencyKey: `sms_out:${message?.id}` });
    expect(Number(sent[0]?.quantity)).toBe(message?.segments);
    expect((await daily('sms_segment_out')).map((d) => Number(d.quantity))).toEqual([message?.segments]);
    expect(await events('lead_received')).toHaveLength(1);
  });

  it('counts a send whose answer was lost once, when the status callback settles it and repeats', async () => {
    t.fake.delayNext(PROVIDER_TIMEOUT_MS * 4);
    const lead = await receiveTextableLead(t.ctx, t.team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    const sid = outboundAtFake(t.fake)[0]?.sid as string;
    const message = t.fake.setStatus(sid, 'delivered');
    const params = { ...statusCallbackParams(message, t.clock.now()), Price: '-0.00790', PriceUnit: 'USD' };
    const hook = signWebhook(TWILIO_AUTH_TOKEN, message.statusCallback as string, params);
    for (let i = 0; i < 3; i += 1) {
      expect((await postWebhook(t, hook)).statusCode).toBe(204);
      await drainJobs(t.ctx, jobDefinitions);
    }
    await drainWithRetries();
    const [stored] = await outboundMessages(t.ctx, lead.leadId);
    expect(stored?.providerId).toBe(sid);
    expect(outboundAtFake(t.fake)).toHaveLength(1);

    const sent = await events('sms_segment_out');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ providerPriceCurrency: 'USD' });
    expect(Number(sent[0]?.providerPriceMicros)).toBe(7900);
    const [day] = await daily('sms_segment_out');
    expect(Number(day?.costMicros)).toBe(7900);
    expect(Number(day?.quantity)).toBe(stored?.segments);
  });

  it('counts an inbound text once when Twilio delivers its webhook three times', async () => {
    const phone = nextPhone();
    await receiveTextableLead(t.ctx, t.team.workspace.id, phone);
    await drainJobs(t.ctx, jobDefinitions);
    const hook = t.fake.inboundSms({
      from: phone,
      to: OUR_NUMBER,
      body: `Is it still available? ${'We would like to see it this weekend with the kids. '.repeat(3)}`,
      url: `${PUBLIC_URL}/webhooks/twilio/sms`,
    });
    for (let i = 0; i < 3; i += 1) {
      expect((await postWebhook(t, hook)).statusCode).toBe(200);
      await drainJobs(t.ctx, jobDefinitions);
    }
    const received = await events('sms_segment_in');
    expect(received).toHaveLength(1);
    expect(Number(received[0]?.quantity)).toBe(2);
    expect((await daily('sms_segment_in')).map((d) => Number(d.quantity))).toEqual([2]);
  });

  it('counts an inbound MMS as one mms_in and none of its text as segments, however often it arrives', async () => {
    const phone = nextPhone();
    await receiveTextableLead(t.ctx, t.team.workspace.id, phone);
    await drainJobs(t.ctx, jobDefinitions);
    const hook = t.fake.inboundSms({
      from: phone,
      to: OUR_NUMBER,
      body: `Here is the front and the yard. ${'Could you tell us whether the fence stays with the house? '.repeat(3)}`,
      url: `${PUBLIC_URL}/webhooks/twilio/sms`,
      media: [{ contentType: 'image/jpeg' }, { contentType: 'image/png' }],
    });
    for (let i = 0; i < 3; i += 1) {
      expect((await postWebhook(t, hook)).statusCode).toBe(200);
      await drainJobs(t.ctx, jobDefinitions);
    }
    const stored = await t.ctx.db
      .selectFrom('messages')
      .select(['id', 'segments'])
      .where('providerId', '=', hook.params.MessageSid as string)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.segments).toBeGreaterThan(1);
    const mms = await events('mms_in');
    expect(mms).toHaveLength(1);
    expect(mms[0]).toMatchObject({
      messageId: stored[0]?.id,
      idempotencyKey: `mms_in:twilio:${hook.params.MessageSid}`,
    });
    expect(Number(mms[0]?.quantity)).toBe(1);
    expect((await daily('mms_in')).map((d) => Number(d.quantity))).toEqual([1]);
    expect(await events('sms_segment_in')).toEqual([]);
  });
});
