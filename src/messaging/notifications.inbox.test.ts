import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildMember, buildTeam, type Team } from '../../test/helpers/factories.js';
import { notifyTeam } from './notifications.service.js';

describe('the notifications list', () => {
  let t: TestApp;
  let team: Team;
  let agent: Awaited<ReturnType<typeof buildMember>>;
  let other: Team;

  beforeAll(async () => {
    t = await buildTestApp();
    team = await buildTeam(t);
    other = await buildTeam(t);
    agent = await buildMember(t, team.workspace.id, 'agent');
  });
  afterAll(() => t.close());

  async function note(props: { userId: string | null; subject: string; workspaceId?: string }) {
    const id = await t.ctx.db.transaction().execute((trx) =>
      notifyTeam(trx, t.ctx, {
        workspaceId: props.workspaceId ?? team.workspace.id,
        leadId: null,
        userId: props.userId,
        kind: 'handoff',
        subject: props.subject,
        body: 'Wants a showing.',
      }),
    );
    t.clock.advance(1000);
    return id;
  }

  const list = (who: { session: Parameters<typeof asSession>[0] }, query = '') =>
    t.app.inject({ url: `/api/v1/notifications${query}`, headers: asSession(who.session) });

  it('shows each person their notes and the team-wide ones to admins, newest first, with unread counts', async () => {
    const forAgent = await note({ userId: agent.user.id, subject: 'For the agent' });
    const forTeam = await note({ userId: null, subject: 'For the managers' });
    await note({ userId: other.owner.user.id, subject: 'Elsewhere', workspaceId: other.workspace.id });

    const agents = await list(agent);
    expect(agents.statusCode).toBe(200);
    expect(agents.json()).toMatchObject({ unreadCount: 1, nextCursor: null });
    expect(agents.json().items.map((n: { id: string }) => n.id)).toEqual([forAgent]);

    const owners = (await list(team.owner)).json();
    expect(owners.items.map((n: { subject: string }) => n.subject)).toEqual(['For the managers']);
    expect(owners.items[0]).toMatchObject({ id: forTeam, kind: 'handoff', readAt: null, leadId: null });

    // Reading is per person and idempotent; a note someone may not see is a 404.
    const read = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/notifications/${forAgent}/read`,
        headers: asSession(agent.session),
      });
    expect((await read()).statusCode).toBe(204);
    expect((await read()).statusCode).toBe(204);
    const after = (await list(agent)).json();
    expect(after.unreadCount).toBe(0);
    expect(after.items[0].readAt).not.toBeNull();
    expect((await list(agent, '?unread=true')).json().items).toEqual([]);
    const notTheirs = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${forTeam}/read`,
      headers: asSession(agent.session),
    });
    expect(notTheirs.statusCode).toBe(404);
    const crossTenant = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${forTeam}/read`,
      headers: asSession(other.owner.session),
    });
    expect(crossTenant.statusCode).toBe(404);
  });

  it('pages by cursor and refuses API keys', async () => {
    for (let i = 0; i < 5; i += 1) await note({ userId: agent.user.id, subject: `Page note ${i}` });
    const first = (await list(agent, '?limit=3')).json();
    expect(first.items).toHaveLength(3);
    expect(first.items[0].subject).toBe('Page note 4');
    const second = (await list(agent, `?limit=3&before=${first.nextCursor}`)).json();
    expect(second.items.map((n: { subject: string }) => n.subject)).toEqual([
      'Page note 1',
      'Page note 0',
      'For the agent',
    ]);
    expect(second.nextCursor).toBeNull();
    expect((await list(agent, '?before=nonsense')).statusCode).toBe(400);
    const byKey = await t.app.inject({ url: '/api/v1/notifications', headers: asApiKey(team.key.secret) });
    expect(byKey.statusCode).toBe(403);
  });
});
