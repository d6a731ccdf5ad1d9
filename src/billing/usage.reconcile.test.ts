import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialect } from '../../test/helpers/db.js';
import { phoneSequence, receiveTextableLead } from '../../test/helpers/messaging.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  outboundAtFake,
  PUBLIC_URL,
  postWebhook,
  type TwilioTestApp,
} from '../../test/helpers/twilio-app.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { enqueue } from '../jobs/jobs.service.js';
import { reconcileUsageJob } from './usage.jobs.js';

/**
 * Two first responses go out through the fake Twilio and are metered; an MMS with a long text reaches us and
 * is metered as one MMS, as Twilio bills it; one text reaches Twilio but never reaches us (its webhook is
 * lost). The nightly comparison finds the inbound text's difference and tells the admins.
 */
describe(`usage reconciliation with Twilio's records, on ${testDialect()}`, () => {
  let t: TwilioTestApp;
  const nextPhone = phoneSequence(7500);
  let day: string;

  beforeAll(async () => {
    t = await buildTwilioTestApp();
    day = t.clock.now().toISOString().slice(0, 10);
    const phone = nextPhone();
    await receiveTextableLead(t.ctx, t.team.workspace.id, phone);
    await receiveTextableLead(t.ctx, t.team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    const mms = t.fake.inboundSms({
      from: phone,
      to: OUR_NUMBER,
      body: 'The back yard and the fence, as you asked. '.repeat(6),
      url: `${PUBLIC_URL}/webhooks/twilio/sms`,
      media: [{ contentType: 'image/jpeg' }, { contentType: 'image/jpeg' }],
    });
    expect((await postWebhook(t, mms)).statusCode).toBe(200);
    await drainJobs(t.ctx, jobDefinitions);
    for (const message of outboundAtFake(t.fake)) t.fake.setStatus(message.sid, 'delivered');
    // Twilio has this text; its webhook never arrived.
    t.fake.inboundSms({
      from: phone,
      to: OUR_NUMBER,
      body: 'Still available?',
      url: `${PUBLIC_URL}/webhooks/twilio/sms`,
    });
  });
  afterAll(() => t.close());

  const reconcile = async () => {
    await enqueue(t.ctx.db, reconcileUsageJob.job({ day }, { uniqueKey: `test:${Math.random()}` }), t.clock);
    await drainJobs(t.ctx, jobDefinitions);
    return t.ctx.db
      .selectFrom('usageReconciliations')
      .select(['unit', 'ours', 'provider', 'difference'])
      .where('workspaceId', '=', t.team.workspace.id)
      .where('day', '=', day)
      .orderBy('unit')
      .execute();
  };
  const mismatchNotes = () =>
    t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('workspaceId', '=', t.team.workspace.id)
      .where('kind', '=', 'usage_mismatch')
      .execute();

  it('stores a row per unit: outbound texts and the MMS agree, the lost inbound text differs', async () => {
    const outSegments = outboundAtFake(t.fake).reduce((sum, m) => sum + m.numSegments, 0);
    expect(outboundAtFake(t.fake).length).toBeGreaterThanOrEqual(2);
    const rows = (await reconcile()).map((r) => ({
      ...r,
      ours: Number(r.ours),
      provider: Number(r.provider),
      difference: Number(r.difference),
    }));
    expect(rows).toEqual([
      { unit: 'mms_in', ours: 1, provider: 1, difference: 0 },
      { unit: 'sms_segment_in', ours: 0, provider: 1, difference: 1 },
      { unit: 'sms_segment_out', ours: outSegments, provider: outSegments, difference: 0 },
    ]);
    const notes = await mismatchNotes();
    expect(notes).toHaveLength(1);
    expect(notes[0]?.userId).toBeNull();
    expect(notes[0]?.body).toContain('sms_segment_in: ours 0, Twilio 1');
    expect(notes[0]?.body).not.toContain('mms_in');
  });

  it('keeps one row per day and unit when it runs again', async () => {
    const rows = await reconcile();
    expect(rows).toHaveLength(3);
  });
});
