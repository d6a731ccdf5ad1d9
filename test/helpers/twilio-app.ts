import type { AppContext } from '../../src/http/context.js';
import { addPhoneNumber } from '../../src/messaging/phone-numbers.service.js';
import { createTwilioProvider } from '../../src/messaging/providers/twilio.provider.js';
import type { Clock } from '../../src/platform/clock.js';
import type { FakeAccount } from '../fakes/twilio/accounts.js';
import { type FakeTwilio, startFakeTwilio } from '../fakes/twilio/fake-twilio.js';
import { type SignedWebhook, signWebhook, statusCallbackParams } from '../fakes/twilio/webhooks.js';
import { asSession, buildTestApp, type TestApp } from './app.js';
import { buildTeam, type Team } from './factories.js';

export const TWILIO_ACCOUNT_SID = `AC${'1f'.repeat(16)}`;
export const TWILIO_AUTH_TOKEN = 'fake-auth-token-0123456789abcdef';
export const PUBLIC_URL = 'https://cc.example';
export const OUR_NUMBER = '+15125550100';
/** Short, so a delayed answer from the fake is a timeout without slowing the suite. */
export const PROVIDER_TIMEOUT_MS = 400;

export interface TwilioTestApp extends TestApp {
  fake: FakeTwilio;
  team: Team;
}

/** The app on SMS_PROVIDER=twilio, talking through the real SDK to a local fake of Twilio's API. */
export async function buildTwilioTestApp(env: Record<string, string> = {}): Promise<TwilioTestApp> {
  let clock: Clock | undefined;
  const fake = await startFakeTwilio({
    accountSid: TWILIO_ACCOUNT_SID,
    authToken: TWILIO_AUTH_TOKEN,
    numbers: [OUR_NUMBER],
    now: () => clock?.now() ?? new Date(),
  });
  const t = await buildTestApp({
    env: {
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID,
      TWILIO_AUTH_TOKEN,
      TWILIO_API_BASE_URL: fake.baseUrl,
      PUBLIC_URL,
      ...env,
    },
    sms: () =>
      createTwilioProvider({
        accountSid: TWILIO_ACCOUNT_SID,
        authToken: TWILIO_AUTH_TOKEN,
        apiBaseUrl: fake.baseUrl,
        timeoutMs: PROVIDER_TIMEOUT_MS,
      }),
  });
  clock = t.clock;
  // 10:00 in Austin: inside every quiet-hours window.
  t.clock.set('2026-01-15T16:00:00.000Z');
  const team = await buildTeam(t);
  await addTwilioNumber(t.ctx, team, OUR_NUMBER);
  return {
    ...t,
    fake,
    team,
    close: async () => {
      await t.close();
      await fake.close();
    },
  };
}

/** Adds a default Twilio number to the team's workspace, as its API key. */
export function addTwilioNumber(ctx: AppContext, team: Team, number: string) {
  return addPhoneNumber(ctx, {
    workspaceId: team.workspace.id,
    number,
    provider: 'twilio',
    isDefault: true,
    by: { type: 'api_key', apiKeyId: team.key.apiKey.id },
  });
}

/**
 * Gives the team its own Twilio account through the front door, as its owner would: the fake learns the
 * account (so the credentials check passes), then the settings are saved and the account's numbers added.
 */
export async function useOwnTwilioAccount(
  t: TwilioTestApp,
  team: Team,
  account: FakeAccount & { numbers: string[] },
): Promise<void> {
  t.fake.addAccount(account);
  const headers = asSession(team.owner.session);
  const saved = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/messaging/provider',
    headers,
    payload: { accountSid: account.accountSid, authToken: account.authToken },
  });
  if (saved.statusCode !== 200) throw new Error(`saving the account failed: ${saved.body}`);
  for (const number of account.numbers) {
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/phone-numbers',
      headers,
      payload: { number, provider: 'twilio' },
    });
    if (added.statusCode !== 201) throw new Error(`adding ${number} failed: ${added.body}`);
  }
}

/** Posts a webhook exactly as Twilio would, to the path of its signed URL. */
export function postWebhook(t: TestApp, hook: SignedWebhook, headers: Record<string, string> = hook.headers) {
  return t.app.inject({
    method: 'POST',
    url: new URL(hook.url).pathname + new URL(hook.url).search,
    headers,
    payload: hook.body,
  });
}

/** Moves a message on at the fake and builds the status callback Twilio would send for it. */
export function statusCallback(
  t: TwilioTestApp,
  sid: string,
  status: 'sent' | 'delivered' | 'undelivered' | 'failed',
  errorCode?: number,
): SignedWebhook {
  const message = t.fake.setStatus(sid, status, errorCode);
  if (!message.statusCallback) throw new Error('The message was sent without a StatusCallback');
  return signWebhook(TWILIO_AUTH_TOKEN, message.statusCallback, statusCallbackParams(message, t.clock.now()));
}

/** Counts of what a webhook could store: used to show a refused request stored nothing. */
export async function storedCounts(ctx: AppContext) {
  const count = async (table: 'messages' | 'webhookEvents' | 'jobs') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    messages: await count('messages'),
    webhookEvents: await count('webhookEvents'),
    jobs: await count('jobs'),
  };
}

export function outboundAtFake(fake: FakeTwilio) {
  return fake.messages.filter((m) => m.direction.startsWith('outbound'));
}
