import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../test/fakes/twilio/webhooks.js';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { consentRows, outboundMessages, phoneSequence } from '../../test/helpers/messaging.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  outboundAtFake,
  PUBLIC_URL,
  postWebhook,
  statusCallback,
  storedCounts,
  TWILIO_AUTH_TOKEN,
  type TwilioTestApp,
} from '../../test/helpers/twilio-app.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { findJobByUniqueKey } from '../jobs/jobs.repository.js';
import { receiveLead } from '../leads/intake.service.js';
import { EMPTY_TWIML } from './webhooks.schema.js';

const SMS_URL = `${PUBLIC_URL}/webhooks/twilio/sms`;
const consent = {
  sms: true,
  disclosure: 'By checking this box you agree to receive texts from Test Realty about your inquiry.',
  capturedAt: '2026-01-15T15:00:00Z',
  source: 'api' as const,
};

describe('Twilio webhooks', () => {
  let t: TwilioTestApp;
  const nextPhone = phoneSequence(300);

  beforeAll(async () => {
    t = await buildTwilioTestApp();
  });
  afterAll(() => t.close());

  const inboundRows = (sid: string) =>
    t.ctx.db.selectFrom('messages').selectAll().where('providerId', '=', sid).execute();

  /** A lead with SMS consent whose first response Twilio has accepted: its sid at the fake. */
  async function sentFirstResponse(): Promise<{ sid: string; messageId: string; contactId: string }> {
    const lead = await receiveLead(t.ctx, {
      workspaceId: t.team.workspace.id,
      channel: 'api',
      source: 'zillow',
      phone: nextPhone(),
      consent,
      attemptFirstResponse: true,
    });
    await drainJobs(t.ctx, jobDefinitions);
    const message = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('leadId', '=', lead.leadId)
      .where('kind', '=', 'first_response')
      .executeTakeFirstOrThrow();
    expect(message.status).toBe('sent');
    return { sid: message.providerId as string, messageId: message.id, contactId: lead.contactId };
  }

  const messageRow = (id: string) =>
    t.ctx.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('stores a signed text before answering with empty TwiML; the replies go out from jobs', async () => {
    const hook = t.fake.inboundSms({
      from: nextPhone(),
      to: OUR_NUMBER,
      body: 'Is the condo still listed?',
      url: SMS_URL,
    });
    const response = await postWebhook(t, hook);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    expect(response.body).toBe(EMPTY_TWIML);
    const sid = hook.params.MessageSid as string;
    const [inbound] = await inboundRows(sid);
    expect(inbound).toMatchObject({ direction: 'inbound', status: 'received', provider: 'twilio' });
    expect(await findJobByUniqueKey(t.ctx.db, `inbound:twilio:${sid}`)).toBeUndefined();
    expect(outboundAtFake(t.fake).filter((m) => m.to === hook.params.From)).toEqual([]);

    await drainJobs(t.ctx, jobDefinitions);
    const answer = outboundAtFake(t.fake).filter((m) => m.to === hook.params.From);
    // One first response: the introduction and the answer to the question in the text.
    expect(answer).toHaveLength(1);
    // Our marker rides in the callback URL: the workspace and the message it is about.
    const [first] = await outboundMessages(t.ctx, inbound?.leadId as string);
    expect(answer[0]?.statusCallback).toBe(
      `${PUBLIC_URL}/webhooks/twilio/status?w=${t.team.workspace.id}&m=${first?.id}`,
    );
  });

  it('processes a webhook Twilio delivers twice only once', async () => {
    const hook = t.fake.inboundSms({ from: nextPhone(), to: OUR_NUMBER, body: 'hello?', url: SMS_URL });
    const sid = hook.params.MessageSid as string;
    expect((await postWebhook(t, hook)).statusCode).toBe(200);
    expect((await postWebhook(t, hook)).statusCode).toBe(200);
    await drainJobs(t.ctx, jobDefinitions);
    // Twilio tries again after the first was processed (our answer was lost on the way back).
    expect((await postWebhook(t, hook)).statusCode).toBe(200);
    await drainJobs(t.ctx, jobDefinitions);

    expect(await inboundRows(sid)).toHaveLength(1);
    const events = await t.ctx.db
      .selectFrom('webhookEvents')
      .selectAll()
      .where('eventKey', '=', `sms:${sid}`)
      .execute();
    expect(events).toHaveLength(1);
    expect(outboundAtFake(t.fake).filter((m) => m.to === hook.params.From)).toHaveLength(1);
  });

  it('queues the text for the inbound job when storing it at once fails, and the job stores it once', async () => {
    const body = 'Is 4 Elm St open on Sunday?';
    await refuseInboundBody(t, body);
    const hook = t.fake.inboundSms({ from: nextPhone(), to: OUR_NUMBER, body, url: SMS_URL });
    const sid = hook.params.MessageSid as string;
    expect((await postWebhook(t, hook)).statusCode).toBe(200);
    expect(await inboundRows(sid)).toEqual([]);
    expect(await findJobByUniqueKey(t.ctx.db, `inbound:twilio:${sid}`)).toMatchObject({
      name: 'messaging.inbound',
      status: 'ready',
    });
    // The database recovers; Twilio delivers the same webhook again meanwhile.
    await allowInboundBodies(t);
    expect((await postWebhook(t, hook)).statusCode).toBe(200);
    await drainJobs(t.ctx, jobDefinitions);
    expect(await inboundRows(sid)).toHaveLength(1);
    expect(await findJobByUniqueKey(t.ctx.db, `inbound:twilio:${sid}`)).toMatchObject({ status: 'done' });
    expect(outboundAtFake(t.fake).filter((m) => m.to === hook.params.From)).toHaveLength(2);
  });

  it('meters an MMS that waited in the inbound job as one mms_in, as if taken in at once', async () => {
    const body = 'Photo of the water stain in the basement';
    await refuseInboundBody(t, body);
    const hook = t.fake.inboundSms({
      from: nextPhone(),
      to: OUR_NUMBER,
      body,
      url: SMS_URL,
      media: [{ contentType: 'image/jpeg' }],
    });
    const sid = hook.params.MessageSid as string;
    expect((await postWebhook(t, hook)).statusCode).toBe(200);
    expect(await findJobByUniqueKey(t.ctx.db, `inbound:twilio:${sid}`)).toMatchObject({
      payload: expect.objectContaining({ numMedia: 1 }),
    });
    await allowInboundBodies(t);
    await drainJobs(t.ctx, jobDefinitions);
    const [stored] = await inboundRows(sid);
    const usage = await t.ctx.db
      .selectFrom('usageEvents')
      .select(['unit', 'quantity'])
      .where('messageId', '=', stored?.id as string)
      .execute();
    expect(usage.map((u) => [u.unit, Number(u.quantity)])).toEqual([['mms_in', 1]]);
  });

  it('refuses a forged, missing or replayed-with-changes signature with 403 and stores nothing', async () => {
    const hook = t.fake.inboundSms({ from: nextPhone(), to: OUR_NUMBER, body: 'STOP', url: SMS_URL });
    const before = await storedCounts(t.ctx);
    const { 'x-twilio-signature': _signature, ...unsigned } = hook.headers;
    const attempts = [
      postWebhook(t, hook, { ...hook.headers, 'x-twilio-signature': 'bm90IGEgc2lnbmF0dXJl' }),
      postWebhook(t, hook, unsigned),
      postWebhook(t, { ...hook, body: hook.body.replace('STOP', 'START') }),
      postWebhook(t, { ...hook, url: `${SMS_URL}?extra=1` }),
      t.app.inject({
        method: 'POST',
        url: '/webhooks/twilio/status',
        headers: unsigned,
        payload: 'MessageSid=SMforged&MessageStatus=delivered',
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('invalid_signature');
    }
    await drainJobs(t.ctx, jobDefinitions);
    expect(await storedCounts(t.ctx)).toEqual(before);
  });

  it('moves a message forward on status callbacks and never back', async () => {
    const { sid, messageId } = await sentFirstResponse();
    const post = async (hook: Parameters<typeof postWebhook>[1]) => {
      expect((await postWebhook(t, hook)).statusCode).toBe(204);
      await drainJobs(t.ctx, jobDefinitions);
    };
    await post(statusCallback(t, sid, 'delivered'));
    const delivered = await messageRow(messageId);
    expect(delivered.status).toBe('delivered');
    expect(delivered.deliveredAt).toBe(t.clock.now().toISOString());
    // A late "sent" and a later "undelivered" cannot undo a delivery.
    await post(statusCallback(t, sid, 'sent'));
    await post(statusCallback(t, sid, 'undelivered', 30003));
    expect((await messageRow(messageId)).status).toBe('delivered');

    const second = await sentFirstResponse();
    await post(statusCallback(t, second.sid, 'sent'));
    await post(statusCallback(t, second.sid, 'undelivered', 30006));
    expect(await messageRow(second.messageId)).toMatchObject({ status: 'undelivered', errorCode: '30006' });

    const third = await sentFirstResponse();
    await post(statusCallback(t, third.sid, 'failed', 30007));
    expect(await messageRow(third.messageId)).toMatchObject({ status: 'failed', errorCode: '30007' });
  });

  it('applies a repeated status callback once', async () => {
    const { sid, messageId } = await sentFirstResponse();
    const hook = statusCallback(t, sid, 'delivered');
    await postWebhook(t, hook);
    await postWebhook(t, hook);
    await drainJobs(t.ctx, jobDefinitions);
    expect((await messageRow(messageId)).status).toBe('delivered');
    const events = await t.ctx.db
      .selectFrom('webhookEvents')
      .selectAll()
      .where('eventKey', '=', `status:${sid}:delivered`)
      .execute();
    expect(events).toHaveLength(1);
  });

  it("counts a status report's job against the workspace of the text it reports, from the callback's marker", async () => {
    const { sid } = await sentFirstResponse();
    const hook = statusCallback(t, sid, 'delivered');
    expect((await postWebhook(t, hook)).statusCode).toBe(204);
    const job = await findJobByUniqueKey(t.ctx.db, `status:twilio:${sid}:delivered`);
    // The per-workspace limit in the claim holds a burst's reports to that workspace's share of the workers.
    expect(job).toMatchObject({ name: 'messaging.delivery-status', workspaceId: t.team.workspace.id });
    // Without the marker (a text sent before markers existed) the report belongs to no workspace yet.
    const unmarked = signWebhook(TWILIO_AUTH_TOKEN, hook.url.split('?')[0] as string, {
      ...hook.params,
      MessageStatus: 'sent',
    });
    expect((await postWebhook(t, unmarked)).statusCode).toBe(204);
    expect(await findJobByUniqueKey(t.ctx.db, `status:twilio:${sid}:sent`)).toMatchObject({
      workspaceId: null,
    });
    await drainJobs(t.ctx, jobDefinitions);
  });

  it('revokes SMS consent when Twilio reports 21610 (the person unsubscribed at the carrier)', async () => {
    const { sid, messageId, contactId } = await sentFirstResponse();
    await postWebhook(t, statusCallback(t, sid, 'failed', 21610));
    await drainJobs(t.ctx, jobDefinitions);
    expect(await messageRow(messageId)).toMatchObject({ status: 'failed', errorCode: '21610' });
    const sms = (await consentRows(t.ctx, contactId)).filter((r) => r.channel === 'sms');
    expect(sms.at(-1)).toMatchObject({ action: 'revoked', source: 'provider' });
  });

  it('waits for the dispatcher when an unmarked status callback arrives before the send is recorded', async () => {
    const hook = statusCallback(t, (await sentFirstResponse()).sid, 'delivered');
    const early = { ...hook.params, MessageSid: 'SMnotrecordedyet0000000000000000' };
    // A URL without our marker (a text sent before markers existed) can only be matched by its sid.
    const signed = signWebhook(TWILIO_AUTH_TOKEN, hook.url.split('?')[0] as string, early);
    expect((await postWebhook(t, signed)).statusCode).toBe(204);
    const result = await drainJobs(t.ctx, jobDefinitions);
    expect(result.retry).toBe(1);
  });

  it('refuses unsigned webhooks on a sandbox instance (a workspace may bring its own Twilio), and answers 409 on the sandbox with Twilio', async () => {
    const sandboxInstance = await buildTestApp();
    try {
      const response = await sandboxInstance.app.inject({
        method: 'POST',
        url: '/webhooks/twilio/sms',
        payload: {},
      });
      expect(response.statusCode).toBe(403);
    } finally {
      await sandboxInstance.close();
    }
    const sandbox = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sandbox/inbound',
      headers: asApiKey(t.team.key.secret),
      payload: { from: nextPhone(), body: 'hi' },
    });
    expect(sandbox.statusCode).toBe(409);
    expect(sandbox.json().error.code).toBe('not_sandbox');
  });
});

/** Makes the database refuse to store an inbound text with this body, as a failing transaction would. */
async function refuseInboundBody(t: TestApp, body: string): Promise<void> {
  const quoted = body.replaceAll("'", "''");
  if (t.ctx.dialect === 'sqlite') {
    await sql
      .raw(
        `create trigger refuse_inbound before insert on messages when new.body = '${quoted}' ` +
          `begin select raise(abort, 'refused'); end`,
      )
      .execute(t.ctx.db);
    return;
  }
  await sql
    .raw(
      `create function refuse_inbound() returns trigger language plpgsql as $$ begin ` +
        `raise exception 'refused' using errcode = '40001'; end $$`,
    )
    .execute(t.ctx.db);
  await sql
    .raw(
      `create trigger refuse_inbound before insert on messages for each row ` +
        `when (new.body = '${quoted}') execute function refuse_inbound()`,
    )
    .execute(t.ctx.db);
}

async function allowInboundBodies(t: TestApp): Promise<void> {
  if (t.ctx.dialect === 'sqlite') {
    await sql.raw('drop trigger refuse_inbound').execute(t.ctx.db);
    return;
  }
  await sql.raw('drop trigger refuse_inbound on messages').execute(t.ctx.db);
  await sql.raw('drop function refuse_inbound()').execute(t.ctx.db);
}
