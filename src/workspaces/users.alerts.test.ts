import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { auditRows, buildMember, buildTeam, type Team } from '../../test/helpers/factories.js';

describe("agents' mobile phone and alert channels", () => {
  let t: TestApp;
  let team: Team;
  let agent: Awaited<ReturnType<typeof buildMember>>;

  beforeAll(async () => {
    t = await buildTestApp();
    team = await buildTeam(t);
    agent = await buildMember(t, team.workspace.id, 'agent');
  });
  afterAll(() => t.close());

  const patchMe = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: '/api/v1/users/me', headers: asSession(agent.session), payload });

  it('lets anyone set their own phone, read in the workspace region and kept in E.164', async () => {
    const response = await patchMe({ mobilePhone: '(512) 555-0150', alertChannels: ['sms', 'push', 'sms'] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ mobilePhone: '+15125550150', alertChannels: ['push', 'sms'] });
    const session = await t.app.inject({ url: '/api/v1/auth/session', headers: asSession(agent.session) });
    expect(session.json().user).toMatchObject({ mobilePhone: '+15125550150' });

    const bad = await patchMe({ mobilePhone: '555-01' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('invalid_phone');
    expect(bad.body).not.toContain('555-01');
    expect((await patchMe({ alertChannels: ['fax'] })).statusCode).toBe(400);
    expect((await patchMe({ role: 'owner' })).statusCode).toBe(400);

    const cleared = await patchMe({ mobilePhone: null, alertChannels: null });
    expect(cleared.json()).toMatchObject({ mobilePhone: null, alertChannels: null });
    expect((await patchMe({ alertChannels: [] })).json().alertChannels).toEqual([]);
  });

  it('lets admins set a member phone, never an agent anyone else, and audits without the number', async () => {
    const byOwner = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${agent.user.id}`,
      headers: asSession(team.owner.session),
      payload: { mobilePhone: '+44 7911 123456', alertChannels: ['sms'] },
    });
    expect(byOwner.statusCode, byOwner.body).toBe(200);
    expect(byOwner.json()).toMatchObject({ mobilePhone: '+447911123456', alertChannels: ['sms'] });
    const list = await t.app.inject({ url: '/api/v1/users', headers: asSession(team.owner.session) });
    expect(list.json().items.find((u: { id: string }) => u.id === agent.user.id).mobilePhone).toBe(
      '+447911123456',
    );

    const byAgent = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${team.owner.user.id}`,
      headers: asSession(agent.session),
      payload: { mobilePhone: '+15125550111' },
    });
    expect(byAgent.statusCode).toBe(403);

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asSession(team.owner.session),
      payload: {
        email: 'new.agent@example.com',
        name: 'New Agent',
        role: 'agent',
        password: 'a-long-password-1',
        mobilePhone: '512 555 0177',
        alertChannels: ['push'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ mobilePhone: '+15125550177', alertChannels: ['push'] });

    const audit = JSON.stringify(await auditRows(t, team.workspace.id));
    expect(audit).toContain('mobilePhone');
    expect(audit).not.toMatch(/7911123456|5125550150|5125550177/);
  });
});
