import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOptedOut } from '../../src/consent/consent.service.js';
import { jobDefinitions } from '../../src/jobs/catalog.js';
import { drainJobs } from '../../src/jobs/jobs.drain.js';
import { type ReceivedLead, receiveLead } from '../../src/leads/intake.service.js';
import { buildInboundSmsWebhook, signWebhook } from '../fakes/twilio/webhooks.js';
import { asSession } from '../helpers/app.js';
import { buildTeam, type Team } from '../helpers/factories.js';
import { phoneSequence } from '../helpers/messaging.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  outboundAtFake,
  PUBLIC_URL,
  postWebhook,
  storedCounts,
  TWILIO_ACCOUNT_SID,
  TWILIO_AUTH_TOKEN,
  type TwilioTestApp,
  useOwnTwilioAccount,
} from '../helpers/twilio-app.js';

const SMS_URL = `${PUBLIC_URL}/webhooks/twilio/sms`;
const STATUS_URL = `${PUBLIC_URL}/webhooks/twilio/status`;
/** Workspace A2's own Twilio account, and the attacker B's: a real account, with real credentials. */
const ACCOUNT_A = `AC${'a2'.repeat(16)}`;
const TOKEN_A = 'workspace-a2-auth-token-0123456789';
const NUMBER_A = '+15125550161';
const ACCOUNT_B = `AC${'b6'.repeat(16)}`;
const TOKEN_B = 'workspace-b-auth-token-0123456789';
const NUMBER_B = '+15125550162';
const consent = {
  sms: true,
  disclosure: 'By checking this box you agree to receive texts from Test Realty about your inquiry.',
  capturedAt: '2026-01-15T15:00:00Z',
  source: 'api' as const,
};

/**
 * The attack: the owner of workspace B signs Twilio webhooks with a token of their own and names another
 * workspace's number. Workspace A1 texts through the instance's account, A2 through its own; B holds a
 * genuine account of its own. Everything goes through the front door.
 */
describe('forged Twilio webhooks naming another workspace', () => {
  let t: TwilioTestApp;
  let a2: Team;
  let b: Team;
  let leadA1: ReceivedLead & { phone: string; sid: string };
  let leadA2: ReceivedLead & { phone: string };
  const nextPhone = phoneSequence(7100);

  beforeAll(async () => {
    t = await buildTwilioTestApp();
    a2 = await buildTeam(t);
    b = await buildTeam(t);
    await useOwnTwilioAccount(t, a2, { accountSid: ACCOUNT_A, authToken: TOKEN_A, numbers: [NUMBER_A] });
    await useOwnTwilioAccount(t, b, { accountSid: ACCOUNT_B, authToken: TOKEN_B, numbers: [NUMBER_B] });

    const phoneA1 = nextPhone();
    const a1Lead = await receiveLead(t.ctx, {
      workspaceId: t.team.workspace.id,
      channel: 'api',
      source: 'zillow',
      phone: phoneA1,
      consent,
      attemptFirstResponse: true,
    });
    await drainJobs(t.ctx, jobDefinitions);
    const [sent] = outboundAtFake(t.fake);
    if (!sent) throw new Error('the first response to A1 was not sent');
    leadA1 = { ...a1Lead, phone: phoneA1, sid: sent.sid };
    const phoneA2 = nextPhone();
    const a2Lead = await receiveLead(t.ctx, {
      workspaceId: a2.workspace.id,
      channel: 'api',
      source: 'zillow',
      phone: phoneA2,
      consent,
      attemptFirstResponse: false,
    });
    leadA2 = { ...a2Lead, phone: phoneA2 };
  });
  afterAll(() => t.close());

  async function leadsIn(workspaceId: string): Promise<number> {
    const row = await t.ctx.db
      .selectFrom('leads')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** What the database and Twilio hold once every queued job has run. */
  async function snapshot() {
    await drainJobs(t.ctx, jobDefinitions);
    const consentEvents = await t.ctx.db
      .selectFrom('consentEvents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      ...(await storedCounts(t.ctx)),
      consentEvents: Number(consentEvents.n),
      leadsA1: await leadsIn(t.team.workspace.id),
      leadsA2: await leadsIn(a2.workspace.id),
      sentAtTwilio: t.fake.messages.length,
      a1OptedOut: await isOptedOut(t.ctx.db, {
        workspaceId: t.team.workspace.id,
        contactId: leadA1.contactId,
        channel: 'sms',
      }),
      a2OptedOut: await isOptedOut(t.ctx.db, {
        workspaceId: a2.workspace.id,
        contactId: leadA2.contactId,
        channel: 'sms',
      }),
    };
  }

  it("refuses another workspace's claim on A2's account, whatever token it brings, without naming A2", async () => {
    const claimer = await buildTeam(t);
    for (const authToken of [TOKEN_B, TOKEN_A]) {
      const claimed = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/messaging/provider',
        headers: asSession(claimer.owner.session),
        payload: { accountSid: ACCOUNT_A, authToken },
      });
      expect(claimed.statusCode).toBe(409);
      expect(claimed.json().error.code).toBe('twilio_account_taken');
      expect(claimed.body).not.toContain(a2.workspace.id);
      expect(claimed.body).not.toContain(a2.workspace.name);
    }
    const instance = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/messaging/provider',
      headers: asSession(claimer.owner.session),
      payload: { accountSid: TWILIO_ACCOUNT_SID, authToken: TOKEN_B },
    });
    expect(instance.statusCode).toBe(409);
  });

  it("refuses texts B signs to A's numbers: no opt-out, no lead, nothing sent", async () => {
    const before = await snapshot();
    expect(before.a1OptedOut || before.a2OptedOut).toBe(false);
    const targets = [
      { to: OUR_NUMBER, lead: leadA1.phone, theirAccount: TWILIO_ACCOUNT_SID },
      { to: NUMBER_A, lead: leadA2.phone, theirAccount: ACCOUNT_A },
    ];
    for (const target of targets) {
      // B's own account, and B's token under the victim's account SID.
      for (const accountSid of [ACCOUNT_B, target.theirAccount]) {
        for (const [from, body] of [
          [target.lead, 'STOP'],
          [nextPhone(), 'Hi, is the house on Elm still for sale? Text me back'],
        ] as const) {
          const forged = buildInboundSmsWebhook({
            accountSid,
            authToken: TOKEN_B,
            url: SMS_URL,
            from,
            to: target.to,
            body,
          });
          const response = await postWebhook(t, forged);
          expect(response.statusCode, `${accountSid} → ${target.to}: ${body}`).toBe(403);
          expect(response.json().error.code).toBe('invalid_signature');
        }
      }
    }
    expect(await snapshot()).toEqual(before);

    // The same request from B to B's own number is taken: the refusals above are about whose number it is.
    const own = buildInboundSmsWebhook({
      accountSid: ACCOUNT_B,
      authToken: TOKEN_B,
      url: SMS_URL,
      from: nextPhone(),
      to: NUMBER_B,
      body: 'Hello',
    });
    expect((await postWebhook(t, own)).statusCode).toBe(200);
  });

  it("refuses status callbacks B signs about A's messages", async () => {
    const before = await snapshot();
    const messageBefore = await t.ctx.db
      .selectFrom('messages')
      .select(['status', 'errorCode'])
      .where('providerId', '=', leadA1.sid)
      .executeTakeFirstOrThrow();
    // Undelivered with 30005 (unknown handset) would mark A1's lead as unreachable for good.
    const params = {
      AccountSid: ACCOUNT_B,
      MessageSid: leadA1.sid,
      MessageStatus: 'undelivered',
      ErrorCode: '30005',
      To: leadA1.phone,
    };
    const forgeries = [
      signWebhook(TOKEN_B, STATUS_URL, { ...params, From: OUR_NUMBER }),
      signWebhook(TOKEN_B, STATUS_URL, { ...params, From: NUMBER_B }),
      signWebhook(TOKEN_B, STATUS_URL, { ...params, AccountSid: TWILIO_ACCOUNT_SID, From: NUMBER_B }),
      signWebhook(TOKEN_B, `${STATUS_URL}?w=${b.workspace.id}`, { ...params, From: NUMBER_B }),
      // A message id we do not know yet, sent from A1's number, in the URL of B's workspace.
      signWebhook(TOKEN_B, `${STATUS_URL}?w=${b.workspace.id}`, {
        ...params,
        MessageSid: `SM${'0f'.repeat(16)}`,
        From: OUR_NUMBER,
      }),
      // B's own number, naming A1's workspace in the URL.
      signWebhook(TOKEN_B, `${STATUS_URL}?w=${t.team.workspace.id}`, {
        ...params,
        MessageSid: `SM${'1e'.repeat(16)}`,
        From: NUMBER_B,
      }),
    ];
    for (const forged of forgeries) {
      const response = await postWebhook(t, forged);
      expect(response.statusCode, forged.url).toBe(403);
      expect(response.json().error.code).toBe('invalid_signature');
    }
    expect(await snapshot()).toEqual(before);
    const messageAfter = await t.ctx.db
      .selectFrom('messages')
      .select(['status', 'errorCode'])
      .where('providerId', '=', leadA1.sid)
      .executeTakeFirstOrThrow();
    expect(messageAfter).toEqual(messageBefore);

    // Signed by the account that sent it, the same callback is taken.
    const genuine = signWebhook(TWILIO_AUTH_TOKEN, STATUS_URL, {
      ...params,
      AccountSid: TWILIO_ACCOUNT_SID,
      MessageStatus: 'delivered',
      ErrorCode: '',
      From: OUR_NUMBER,
    });
    expect((await postWebhook(t, genuine)).statusCode).toBe(204);
  });

  it('takes a text to a number of no workspace only from the instance account, and drops it', async () => {
    const stranger = '+15125550169';
    const fromB = buildInboundSmsWebhook({
      accountSid: ACCOUNT_B,
      authToken: TOKEN_B,
      url: SMS_URL,
      from: nextPhone(),
      to: stranger,
      body: 'Hi',
    });
    expect((await postWebhook(t, fromB)).statusCode).toBe(403);
    const before = await snapshot();
    const fromInstance = buildInboundSmsWebhook({
      accountSid: TWILIO_ACCOUNT_SID,
      authToken: TWILIO_AUTH_TOKEN,
      url: SMS_URL,
      from: nextPhone(),
      to: stranger,
      body: 'Hi',
    });
    expect((await postWebhook(t, fromInstance)).statusCode).toBe(200);
    // Dropped by its job: a receipt and the finished job, nothing else.
    const after = await snapshot();
    expect({ ...after, webhookEvents: before.webhookEvents, jobs: before.jobs }).toEqual(before);
  });
});
