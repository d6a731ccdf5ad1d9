import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, sandboxText } from '../../test/helpers/messaging.js';

interface Inbound {
  messageId: string;
  leadId: string;
}

describe(`a workspace's own market areas, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(3700);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z');
    team = await buildTeam(t);
  });
  afterAll(() => t.close());

  const settings = (payload?: Record<string, unknown>) =>
    t.app.inject({
      method: payload === undefined ? 'GET' : 'PATCH',
      url: '/api/v1/conversation/settings',
      headers: asSession(team.owner.session),
      ...(payload === undefined ? {} : { payload }),
    });
  const areasOf = async (inbound: Inbound) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/leads/${inbound.leadId}`,
        headers: asApiKey(team.key.secret),
      })
    ).json().profile.areas;
  const text = (from: string, body: string) => sandboxText<Inbound>(t, team.key.secret, from, body);

  it('are empty by default, saved through the settings, and refused when malformed', async () => {
    expect((await settings()).json().marketAreas).toEqual([]);
    const bad = await settings({ marketAreas: [{ name: '!', neighbourhoods: [] }] });
    expect(bad.statusCode).toBe(400);
    const tooMany = await settings({ marketAreas: Array.from({ length: 51 }, () => ({ name: 'Austin' })) });
    expect(tooMany.statusCode).toBe(400);
    expect((await settings()).json().marketAreas).toEqual([]);
  });

  it("read a neighbourhood no public list has, once the workspace names it, in the lead's lower case", async () => {
    const before = await text(nextPhone(), "I'm buying, we want to be in shadowglen");
    expect(await areasOf(before)).toBeUndefined();

    const saved = await settings({
      marketAreas: [{ name: 'Manor, TX', neighbourhoods: ['ShadowGlen'] }, { name: 'Travis County' }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().marketAreas).toEqual([
      { name: 'Manor, TX', neighbourhoods: ['ShadowGlen'] },
      { name: 'Travis County', neighbourhoods: [] },
    ]);

    const after = await text(nextPhone(), "I'm buying, we want to be in shadowglen");
    expect(await areasOf(after)).toEqual(['ShadowGlen']);
    await settings({ marketAreas: null });
    expect((await settings()).json().marketAreas).toEqual([]);
  });
});
