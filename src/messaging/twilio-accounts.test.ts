import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInboundSmsWebhook } from '../../test/fakes/twilio/webhooks.js';
import { asSession, type SessionCredentials, TEST_APP_SECRET } from '../../test/helpers/app.js';
import { runCli } from '../../test/helpers/cli.js';
import { createTestDatabase } from '../../test/helpers/db.js';
import { auditRows, buildOperator, buildTeam, signIn, type Team } from '../../test/helpers/factories.js';
import {
  buildTwilioTestApp,
  PUBLIC_URL,
  postWebhook,
  TWILIO_ACCOUNT_SID,
  type TwilioTestApp,
  useOwnTwilioAccount,
} from '../../test/helpers/twilio-app.js';
import { createMigrator } from '../db/migrate.js';
import { fromJson } from '../db/schema.js';

const SMS_URL = `${PUBLIC_URL}/webhooks/twilio/sms`;
let sidCounter = 0;

/** A Twilio account no other test in the file uses, known to the fake with its numbers. */
function newAccount(numbers: string[] = []) {
  sidCounter += 1;
  const n = String(sidCounter).padStart(2, '0');
  return { accountSid: `AC${n.repeat(16)}`, authToken: `auth-token-of-account-${n}-0123456789`, numbers };
}

describe('workspace Twilio accounts: credentials, ownership and operator links', () => {
  let t: TwilioTestApp;
  let operator: SessionCredentials;
  beforeAll(async () => {
    t = await buildTwilioTestApp();
    const op = await buildOperator(t.ctx);
    operator = await signIn(t.app, op.user.email, op.password);
  });
  afterAll(() => t.close());

  const put = (team: Team, { accountSid, authToken }: { accountSid: string; authToken: string }) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/v1/messaging/provider',
      headers: asSession(team.owner.session),
      payload: { accountSid, authToken },
    });
  const remove = (team: Team) =>
    t.app.inject({
      method: 'DELETE',
      url: '/api/v1/messaging/provider',
      headers: asSession(team.owner.session),
    });
  const holders = (accountSid: string) =>
    t.ctx.db
      .selectFrom('twilioAccounts')
      .select(['workspaceId', 'linkedBy'])
      .where('accountSid', '=', accountSid)
      .orderBy('createdAt')
      .execute();
  const source = async (team: Team) =>
    (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/messaging/provider',
        headers: asSession(team.owner.session),
      })
    ).json().source;

  it('checks the credentials with Twilio: refused ones are a 422, an unreachable Twilio a 503, and nothing is saved', async () => {
    const team = await buildTeam(t);
    const account = newAccount();
    t.fake.addAccount(account);
    const suspended = { ...newAccount(), status: 'suspended' as const };
    t.fake.addAccount(suspended);
    const refused = [
      { accountSid: account.accountSid, authToken: 'not-the-right-token-0123456789' },
      { accountSid: newAccount().accountSid, authToken: account.authToken },
      { accountSid: suspended.accountSid, authToken: suspended.authToken },
    ];
    for (const payload of refused) {
      const response = await put(team, payload);
      expect(response.statusCode, payload.accountSid).toBe(422);
      expect(response.json().error.code).toBe('twilio_credentials_rejected');
      expect(response.body).not.toContain(payload.authToken);
    }
    const asked = t.fake.requests.filter((r) => r.path === `/2010-04-01/Accounts/${account.accountSid}.json`);
    expect(asked).toEqual([expect.objectContaining({ method: 'GET', status: 401 })]);

    t.fake.failNext(1, 503);
    const down = await put(team, account);
    expect(down.statusCode).toBe(503);
    expect(down.json().error.code).toBe('twilio_unavailable');
    expect(await source(team)).toBe('instance');
    expect(await holders(account.accountSid)).toEqual([]);

    expect((await put(team, account)).statusCode).toBe(200);
    expect(await holders(account.accountSid)).toEqual([{ workspaceId: team.workspace.id, linkedBy: null }]);
  });

  it('gives an account to the first workspace that saves it, until it lets go', async () => {
    const [first, second] = [await buildTeam(t), await buildTeam(t)];
    const shared = newAccount();
    const other = newAccount();
    t.fake.addAccount(shared);
    t.fake.addAccount(other);
    expect((await put(first, shared)).statusCode).toBe(200);

    const taken = await put(second, shared);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'twilio_account_taken' });
    expect(taken.body).not.toContain(first.workspace.id);
    expect(taken.body).not.toContain(first.workspace.name);
    const instance = await put(second, { accountSid: TWILIO_ACCOUNT_SID, authToken: shared.authToken });
    expect(instance.statusCode).toBe(409);
    expect(await source(second)).toBe('instance');

    // Moving to another account releases the first one.
    expect((await put(first, other)).statusCode).toBe(200);
    expect((await put(second, shared)).statusCode).toBe(200);
    expect(await holders(shared.accountSid)).toEqual([{ workspaceId: second.workspace.id, linkedBy: null }]);
    expect((await remove(first)).statusCode).toBe(200);
    expect(await holders(other.accountSid)).toEqual([]);
  });

  it('lets an operator link one more workspace to an account, audited, and take it back', async () => {
    const [owner, office] = [await buildTeam(t), await buildTeam(t)];
    const officeNumber = '+15125550141';
    const account = newAccount([officeNumber]);
    t.fake.addAccount(account);
    expect((await put(owner, account)).statusCode).toBe(200);
    expect((await put(office, account)).statusCode).toBe(409);
    const path = `/api/v1/operator/twilio-accounts/${account.accountSid}/workspaces/${office.workspace.id}`;

    const notOperator = await t.app.inject({
      method: 'PUT',
      url: path,
      headers: asSession(office.owner.session),
    });
    expect(notOperator.statusCode).toBe(403);
    const link = await t.app.inject({ method: 'PUT', url: path, headers: asSession(operator) });
    expect(link.statusCode).toBe(204);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/operator/twilio-accounts/${account.accountSid}`,
      headers: asSession(operator),
    });
    expect(listed.json().items).toEqual([
      expect.objectContaining({ workspaceId: owner.workspace.id, linkedBy: null }),
      expect.objectContaining({ workspaceId: office.workspace.id, linkedBy: operator.userId }),
    ]);
    const linked = (await auditRows(t, office.workspace.id)).filter(
      (r) => r.action === 'twilio_account.linked',
    );
    expect(linked).toEqual([
      expect.objectContaining({
        actorType: 'operator',
        actorId: operator.userId,
        targetType: 'twilio_account',
        targetId: account.accountSid,
      }),
    ]);

    // Linked, the office saves the account, adds its number and takes its webhooks.
    expect((await put(office, account)).statusCode).toBe(200);
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/phone-numbers',
      headers: asSession(office.owner.session),
      payload: { number: officeNumber, provider: 'twilio' },
    });
    expect(added.statusCode).toBe(201);
    const text = () =>
      buildInboundSmsWebhook({
        ...account,
        url: SMS_URL,
        from: '+15125550142',
        to: officeNumber,
        body: 'Hi',
      });
    expect((await postWebhook(t, text())).statusCode).toBe(200);

    const missing = `/api/v1/operator/twilio-accounts/${account.accountSid}/workspaces/no-such-workspace`;
    expect(
      (await t.app.inject({ method: 'PUT', url: missing, headers: asSession(operator) })).statusCode,
    ).toBe(404);
    const instancePath = `/api/v1/operator/twilio-accounts/${TWILIO_ACCOUNT_SID}/workspaces/${office.workspace.id}`;
    expect(
      (await t.app.inject({ method: 'PUT', url: instancePath, headers: asSession(operator) })).statusCode,
    ).toBe(409);

    const unlink = await t.app.inject({ method: 'DELETE', url: path, headers: asSession(operator) });
    expect(unlink.statusCode).toBe(204);
    const actions = (await auditRows(t, office.workspace.id)).map((r) => r.action);
    expect(actions).toContain('twilio_account.unlinked');
    expect((await postWebhook(t, text())).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: path, headers: asSession(operator) })).statusCode,
    ).toBe(404);
  });

  it('adds a Twilio number to a workspace with its own account only when the account has it', async () => {
    const team = await buildTeam(t);
    const ours = '+15125550151';
    const account = newAccount([ours]);
    await useOwnTwilioAccount(t, team, account);
    const add = (number: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/phone-numbers',
        headers: asSession(team.owner.session),
        payload: { number, provider: 'twilio' },
      });
    const foreign = await add('+15125550152');
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.code).toBe('number_not_in_account');
    const listed = t.fake.requests.filter((r) =>
      r.path.endsWith(`${account.accountSid}/IncomingPhoneNumbers.json`),
    );
    expect(listed.at(-1)?.query.PhoneNumber).toBe('+15125550152');
    const numbers = await t.ctx.db
      .selectFrom('phoneNumbers')
      .select('number')
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(numbers).toEqual([{ number: ours }]);
  });

  it('links from the command line, audited as the system', async () => {
    const [owner, office] = [await buildTeam(t), await buildTeam(t)];
    const account = newAccount();
    t.fake.addAccount(account);
    expect((await put(owner, account)).statusCode).toBe(200);
    const env = {
      DATA_DIR: t.database.dataDir,
      APP_SECRET: TEST_APP_SECRET,
      ...(t.database.databaseUrl ? { DATABASE_URL: t.database.databaseUrl } : {}),
    };
    const args = ['--account', account.accountSid, '--workspace', office.workspace.id];
    const run = await runCli(['twilio-accounts', 'link', ...args, '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      accountSid: account.accountSid,
      workspaceId: office.workspace.id,
      linked: true,
    });
    expect((await put(office, account)).statusCode).toBe(200);
    const entry = (await auditRows(t, office.workspace.id)).find((r) => r.action === 'twilio_account.linked');
    expect(entry).toMatchObject({ actorType: 'system', actorId: null });
  });
});

describe('migration 0011: accounts saved before ownership', () => {
  it('gives each account to the oldest workspace naming it; the others wait for an operator', async () => {
    const database = await createTestDatabase({ migrate: false });
    try {
      const migrator = createMigrator(database.db);
      expect((await migrator.migrateTo('0010_dashboard')).error).toBeUndefined();
      const shared = `AC${'5a'.repeat(16)}`;
      const alone = `AC${'6b'.repeat(16)}`;
      const section = (accountSid: string) => ({ smsProvider: { accountSid, authTokenSealed: 'sealed' } });
      const workspaces: [string, unknown, string][] = [
        ['w-newer', section(shared), '2025-06-01T00:00:00.000Z'],
        ['w-older', section(shared), '2025-01-01T00:00:00.000Z'],
        ['w-alone', section(alone), '2025-03-01T00:00:00.000Z'],
        ['w-none', {}, '2024-01-01T00:00:00.000Z'],
        ['w-no-token', { smsProvider: { accountSid: alone } }, '2024-01-01T00:00:00.000Z'],
      ];
      for (const [id, settings, at] of workspaces) {
        await sql`insert into workspaces (id, slug, name, status, timezone, default_region, settings, created_at, updated_at)
          values (${id}, ${id}, ${id}, 'active', 'America/Chicago', 'US', ${JSON.stringify(settings)}, ${at}, ${at})`.execute(
          database.db,
        );
      }
      expect((await migrator.migrateTo('0011_twilio_account_owners')).error).toBeUndefined();
      const rows = await database.db
        .selectFrom('twilioAccounts')
        .select(['accountSid', 'workspaceId', 'linkedBy'])
        .orderBy('accountSid')
        .execute();
      expect(rows).toEqual([
        { accountSid: shared, workspaceId: 'w-older', linkedBy: null },
        { accountSid: alone, workspaceId: 'w-alone', linkedBy: null },
      ]);
      const kept = await database.db
        .selectFrom('workspaces')
        .select('settings')
        .where('id', '=', 'w-newer')
        .executeTakeFirstOrThrow();
      expect(fromJson(kept.settings)).toEqual(section(shared));
    } finally {
      await database.cleanup();
    }
  });
});
