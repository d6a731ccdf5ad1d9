import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSuppression } from '../../src/consent/suppression.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../helpers/app.js';
import { auditRows, buildMember, buildTeam, type Team } from '../helpers/factories.js';

interface Entry {
  id: string;
  kind: string;
  display: string;
  reason: string;
  note: string | null;
  createdAt: string;
}

describe('the do-not-contact list', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await buildTestApp();
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const add = (payload: object, headers = asApiKey(team.key.secret)) =>
    t.app.inject({ method: 'POST', url: '/api/v1/do-not-contact', headers, payload });
  const list = async () =>
    (
      await t.app.inject({ method: 'GET', url: '/api/v1/do-not-contact', headers: asApiKey(team.key.secret) })
    ).json<{ items: Entry[] }>().items;

  it('adds a phone or an email, stores only a hash and shows a masked value', async () => {
    const phone = await add({ phone: '(512) 555-0143', note: 'asked on the phone' });
    expect(phone.statusCode, phone.body).toBe(201);
    expect(phone.json()).toMatchObject({
      kind: 'phone',
      display: '+1 ••• ••• 0143',
      reason: 'do_not_contact',
    });
    const again = await add({ phone: '+1 512 555 0143' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(phone.json().id);
    const email = await add({ email: 'Dana@Example.com' });
    expect(email.json()).toMatchObject({ kind: 'email', display: 'd•••@example.com' });

    const rows = await t.ctx.db
      .selectFrom('suppressions')
      .selectAll()
      .where('workspaceId', '=', team.workspace.id)
      .execute();
    expect(JSON.stringify(rows)).not.toMatch(/5550143|dana@example/i);
    expect((await list()).map((e) => e.kind).sort()).toEqual(['email', 'phone']);
  });

  it('refuses what is neither a phone nor an email, or both at once', async () => {
    expect((await add({ phone: '12345' })).statusCode).toBe(422);
    expect((await add({ phone: 'dana@example.com' })).statusCode).toBe(422);
    expect((await add({ email: 'not-an-address' })).statusCode).toBe(422);
    expect((await add({ phone: '+15125550144', email: 'x@example.com' })).statusCode).toBe(400);
    expect((await add({})).statusCode).toBe(400);
  });

  it('imports one value per line from CSV or plain text, reporting each rejected line', async () => {
    const csv = 'phone\n+15125550145\n\n"512-555-0146",from the old CRM\nnonsense\n+15125550145\n';
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/do-not-contact/import',
      headers: { ...asApiKey(team.key.secret), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      added: 2,
      alreadyListed: 1,
      rejected: [{ line: 5, reason: 'not a valid phone number or email address' }],
    });
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/v1/do-not-contact/import',
      headers: { ...asApiKey(team.key.secret), 'content-type': 'text/plain' },
      payload: 'lee@example.com\r\n',
    });
    expect(plain.json()).toMatchObject({ added: 1, alreadyListed: 0 });
    expect((await auditRows(t, team.workspace.id)).map((r) => r.action)).toContain('do_not_contact.imported');
  });

  it('lets owners and admins take an entry off, but never the remainder of an erasure', async () => {
    const entry = (await add({ phone: '+15125550147' })).json<Entry>();
    const remove = (id: string, headers = asSession(team.owner.session)) =>
      t.app.inject({ method: 'DELETE', url: `/api/v1/do-not-contact/${id}`, headers });
    const agent = await buildMember(t, team.workspace.id, 'agent');
    expect((await remove(entry.id, asSession(agent.session))).statusCode).toBe(403);
    expect((await remove(entry.id, asApiKey(team.key.secret))).statusCode).toBe(403);
    expect((await remove(entry.id)).statusCode).toBe(204);
    expect((await remove(entry.id)).statusCode).toBe(404);

    const erased = await addSuppression(t.ctx.db, {
      workspaceId: team.workspace.id,
      kind: 'phone',
      value: '+15125550148',
      reason: 'erased',
      at: new Date(),
    });
    const refused = await remove(erased.entry.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('not_removable');
  });
});
