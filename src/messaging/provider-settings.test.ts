import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio } from '../../test/fakes/twilio/fake-twilio.js';
import { signWebhook, statusCallbackParams } from '../../test/fakes/twilio/webhooks.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { auditRows, buildMember, buildTeam, nextPhone, type Team } from '../../test/helpers/factories.js';
import {
  addTwilioNumber,
  buildTwilioTestApp,
  OUR_NUMBER,
  outboundAtFake,
  PUBLIC_URL,
  postWebhook,
  storedCounts,
  TWILIO_ACCOUNT_SID,
  TWILIO_AUTH_TOKEN,
  type TwilioTestApp,
} from '../../test/helpers/twilio-app.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { receiveLead } from '../leads/intake.service.js';

const ACCOUNT_A = `AC${'a7'.repeat(16)}`;
const TOKEN_A = 'workspace-a-auth-token-0123456789';
const SERVICE_A = `MG${'3c'.repeat(16)}`;
const NUMBER_A = '+15125550177';
const SMS_URL = `${PUBLIC_URL}/webhooks/twilio/sms`;
const consent = {
  sms: true,
  disclosure: 'By checking this box you agree to receive texts from Test Realty about your inquiry.',
  capturedAt: '2026-01-15T15:00:00Z',
  source: 'api' as const,
};

/** TWILIO_API_BASE_URL for several accounts: passes each request to the fake of the account in its path. */
async function startAccountRouter(
  fakes: FakeTwilio[],
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const target = fakes.find((fake) => new RegExp(`/Accounts/${fake.accountSid}[/.]`).test(req.url ?? ''));
      if (!target) {
        res.writeHead(404).end('{}');
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'accept', 'user-agent']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      fetch(`${target.baseUrl}${req.url}`, {
        method: req.method ?? 'GET',
        headers,
        ...(body ? { body } : {}),
      })
        .then(async (answer) => {
          res.writeHead(answer.status, {
            'content-type': answer.headers.get('content-type') ?? 'application/json',
          });
          res.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => res.writeHead(502).end('{}'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('per-workspace Twilio accounts', () => {
  let t: TwilioTestApp;
  let fakeA: FakeTwilio;
  let router: { baseUrl: string; close: () => Promise<void> };
  let teamA: Team;

  beforeAll(async () => {
    let now = () => new Date();
    fakeA = await startFakeTwilio({
      accountSid: ACCOUNT_A,
      authToken: TOKEN_A,
      numbers: [NUMBER_A],
      now: () => now(),
    });
    // The instance's fake is made by the helper; the router is filled once both exist.
    const fakes: FakeTwilio[] = [fakeA];
    router = await startAccountRouter(fakes);
    t = await buildTwilioTestApp({ TWILIO_API_BASE_URL: router.baseUrl });
    fakes.push(t.fake);
    now = () => t.clock.now();
    teamA = await buildTeam(t);
    await addTwilioNumber(t.ctx, teamA, NUMBER_A);
  });
  afterAll(async () => {
    await t.close();
    await fakeA.close();
    await router.close();
  });

  const put = (team: Team, payload: Record<string, unknown>, headers = asSession(team.owner.session)) =>
    t.app.inject({ method: 'PUT', url: '/api/v1/messaging/provider', headers, payload });
  const get = (team: Team) =>
    t.app.inject({
      method: 'GET',
      url: '/api/v1/messaging/provider',
      headers: asSession(team.owner.session),
    });

  async function firstResponse(team: Team) {
    const lead = await receiveLead(t.ctx, {
      workspaceId: team.workspace.id,
      channel: 'api',
      source: 'zillow',
      phone: nextPhone(),
      consent,
      attemptFirstResponse: true,
    });
    await drainJobs(t.ctx, jobDefinitions);
    return t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('leadId', '=', lead.leadId)
      .where('kind', '=', 'first_response')
      .executeTakeFirstOrThrow();
  }

  it('shows the instance account until the workspace sets its own', async () => {
    const response = await get(teamA);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      provider: 'twilio',
      source: 'instance',
      accountSid: TWILIO_ACCOUNT_SID,
      authTokenSet: true,
      messagingServiceSid: null,
    });
    expect(response.body).not.toContain(TWILIO_AUTH_TOKEN);
  });

  it('validates the SIDs, wants a token for a new account, and lets only owners and admins in a session change it', async () => {
    const bad = await put(teamA, { accountSid: 'AC123', authToken: TOKEN_A });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBeDefined();
    const badService = await put(teamA, {
      accountSid: ACCOUNT_A,
      authToken: TOKEN_A,
      messagingServiceSid: 'PN1',
    });
    expect(badService.statusCode).toBe(400);
    const noToken = await put(teamA, { accountSid: ACCOUNT_A });
    expect(noToken.statusCode).toBe(422);
    expect(noToken.json().error.details).toEqual({ fields: ['authToken'] });
    const agent = await buildMember(t, teamA.workspace.id, 'agent');
    expect(
      (await put(teamA, { accountSid: ACCOUNT_A, authToken: TOKEN_A }, asSession(agent.session))).statusCode,
    ).toBe(403);
    const withKey = await put(
      teamA,
      { accountSid: ACCOUNT_A, authToken: TOKEN_A },
      asApiKey(teamA.key.secret),
    );
    expect(withKey.statusCode).toBe(403);
    expect((await get(teamA)).json().source).toBe('instance');
  });

  it('stores the token sealed, never shows it, and audits the change without it', async () => {
    const saved = await put(teamA, {
      accountSid: ACCOUNT_A,
      authToken: TOKEN_A,
      messagingServiceSid: SERVICE_A,
    });
    expect(saved.statusCode).toBe(200);
    const expected = {
      provider: 'twilio',
      source: 'workspace',
      accountSid: ACCOUNT_A,
      authTokenSet: true,
      messagingServiceSid: SERVICE_A,
    };
    expect(saved.json()).toEqual(expected);
    const shown = await get(teamA);
    expect(shown.json()).toEqual(expected);
    expect(shown.body).not.toContain(TOKEN_A);

    const workspace = await t.ctx.db
      .selectFrom('workspaces')
      .select('settings')
      .where('id', '=', teamA.workspace.id)
      .executeTakeFirstOrThrow();
    const stored = JSON.stringify(workspace.settings);
    expect(stored).toContain(ACCOUNT_A);
    expect(stored).not.toContain(TOKEN_A);

    const entries = (await auditRows(t, teamA.workspace.id)).filter(
      (row) => row.action === 'settings.smsProvider_changed',
    );
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain(TOKEN_A);

    // The token is write-only: the same account again without it keeps it.
    const again = await put(teamA, { accountSid: ACCOUNT_A, messagingServiceSid: null });
    expect(again.json()).toMatchObject({
      source: 'workspace',
      authTokenSet: true,
      messagingServiceSid: null,
    });
    // Another workspace is not changed by it.
    expect((await get(t.team)).json()).toMatchObject({ source: 'instance', accountSid: TWILIO_ACCOUNT_SID });
  });

  it("sends a workspace's texts through its own account and the others' through the instance's", async () => {
    const sentByA = await firstResponse(teamA);
    expect(sentByA.status).toBe('sent');
    const atA = outboundAtFake(fakeA);
    expect(atA).toHaveLength(1);
    expect(atA[0]).toMatchObject({ accountSid: ACCOUNT_A, from: NUMBER_A, sid: sentByA.providerId });
    // The callback carries our own ids, so a status report settles this very send.
    expect(atA[0]?.statusCallback).toBe(
      `${PUBLIC_URL}/webhooks/twilio/status?w=${teamA.workspace.id}&m=${sentByA.id}`,
    );
    expect(outboundAtFake(t.fake).some((m) => m.sid === sentByA.providerId)).toBe(false);

    const sentByB = await firstResponse(t.team);
    expect(sentByB.status).toBe('sent');
    expect(outboundAtFake(t.fake).find((m) => m.sid === sentByB.providerId)).toMatchObject({
      accountSid: TWILIO_ACCOUNT_SID,
      from: OUR_NUMBER,
    });
    expect(outboundAtFake(fakeA)).toHaveLength(1);

    // The status callback for A's message is signed with A's token and accepted.
    const message = fakeA.setStatus(sentByA.providerId as string, 'delivered');
    const status = signWebhook(
      TOKEN_A,
      `${PUBLIC_URL}/webhooks/twilio/status`,
      statusCallbackParams(message, t.clock.now()),
    );
    expect((await postWebhook(t, status)).statusCode).toBe(204);
    await drainJobs(t.ctx, jobDefinitions);
    const delivered = await t.ctx.db
      .selectFrom('messages')
      .select('status')
      .where('id', '=', sentByA.id)
      .executeTakeFirstOrThrow();
    expect(delivered.status).toBe('delivered');
  });

  it("accepts a webhook signed with the workspace's token and refuses the instance token claiming that account", async () => {
    const from = nextPhone();
    const hook = fakeA.inboundSms({ from, to: NUMBER_A, body: 'Still available?', url: SMS_URL });
    expect(hook.params.AccountSid).toBe(ACCOUNT_A);
    expect((await postWebhook(t, hook)).statusCode).toBe(200);
    await drainJobs(t.ctx, jobDefinitions);
    const stored = await t.ctx.db
      .selectFrom('messages')
      .select(['workspaceId', 'direction'])
      .where('providerId', '=', hook.params.MessageSid as string)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ workspaceId: teamA.workspace.id, direction: 'inbound' });

    const before = await storedCounts(t.ctx);
    const forged = signWebhook(TWILIO_AUTH_TOKEN, SMS_URL, {
      ...hook.params,
      MessageSid: `SM${'9e'.repeat(16)}`,
    });
    const refused = await postWebhook(t, forged);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('invalid_signature');
    const unknown = signWebhook(TOKEN_A, SMS_URL, { ...hook.params, AccountSid: `AC${'0d'.repeat(16)}` });
    expect((await postWebhook(t, unknown)).statusCode).toBe(403);
    expect(await storedCounts(t.ctx)).toEqual(before);
  });

  it('falls back to the instance account when the workspace removes its own', async () => {
    const sentAtA = outboundAtFake(fakeA).length;
    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/messaging/provider',
      headers: asSession(teamA.owner.session),
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ source: 'instance', accountSid: TWILIO_ACCOUNT_SID });
    // Its number is not the instance account's, which the fake refuses: the send went to the instance.
    await firstResponse(teamA);
    expect(outboundAtFake(fakeA)).toHaveLength(sentAtA);
    expect(t.fake.requests.some((r) => r.form.From === NUMBER_A && r.status === 400)).toBe(true);
    const hook = signWebhook(TOKEN_A, SMS_URL, {
      AccountSid: ACCOUNT_A,
      MessageSid: `SM${'5b'.repeat(16)}`,
      From: nextPhone(),
      To: NUMBER_A,
      Body: 'hello',
    });
    expect((await postWebhook(t, hook)).statusCode).toBe(403);
  });
});

describe('per-workspace Twilio accounts on a sandbox instance', () => {
  let t: TestApp;
  let team: Team;
  let fakeA: FakeTwilio;
  beforeAll(async () => {
    fakeA = await startFakeTwilio({ accountSid: ACCOUNT_A, authToken: TOKEN_A, numbers: [NUMBER_A] });
    t = await buildTestApp({ env: { PUBLIC_URL, TWILIO_API_BASE_URL: fakeA.baseUrl } });
    team = await buildTeam(t);
    await addTwilioNumber(t.ctx, team, NUMBER_A);
  });
  afterAll(async () => {
    await t.close();
    await fakeA.close();
  });

  it('shows the sandbox, and takes Twilio webhooks only for a workspace account it knows', async () => {
    const shown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/messaging/provider',
      headers: asSession(team.owner.session),
    });
    expect(shown.json()).toEqual({
      provider: 'sandbox',
      source: 'instance',
      accountSid: null,
      authTokenSet: false,
      messagingServiceSid: null,
    });
    const params = {
      AccountSid: ACCOUNT_A,
      MessageSid: `SM${'6a'.repeat(16)}`,
      From: nextPhone(),
      To: NUMBER_A,
      Body: 'hello',
    };
    const before = await storedCounts(t.ctx);
    expect((await postWebhook(t, signWebhook(TOKEN_A, SMS_URL, params))).statusCode).toBe(403);
    expect(
      (await postWebhook(t, signWebhook(TOKEN_A, SMS_URL, { ...params, AccountSid: '' }))).statusCode,
    ).toBe(403);
    expect(await storedCounts(t.ctx)).toEqual(before);

    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/messaging/provider',
      headers: asSession(team.owner.session),
      payload: { accountSid: ACCOUNT_A, authToken: TOKEN_A },
    });
    expect(saved.json()).toMatchObject({ provider: 'twilio', source: 'workspace' });
    expect((await postWebhook(t, signWebhook(TOKEN_A, SMS_URL, params))).statusCode).toBe(200);
    const wrong = signWebhook('another-token-0123456789abcdef', SMS_URL, {
      ...params,
      MessageSid: `SM${'6b'.repeat(16)}`,
    });
    expect((await postWebhook(t, wrong)).statusCode).toBe(403);
  });
});
