import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { buildAgent, buildType } from '../../test/helpers/scheduling.js';
import { sameText } from './repeats.js';

describe(`never the same text twice in a row, through the sandbox, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(4900);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // 10:00 in Austin, a Thursday
    team = await buildTeam(t);
    const agent = await buildAgent(t.ctx, {
      workspaceId: team.workspace.id,
      timezone: 'America/Chicago',
      name: 'Maria Lopez',
    });
    await buildType(t.ctx, { workspaceId: team.workspace.id, agents: [{ agentId: agent.id }] });
  });
  afterAll(() => t.close());

  it('does not send the times offered again after an acknowledgement of a fact given since', async () => {
    const phone = nextPhone();
    let leadId = '';
    for (const body of ['Hi, I want to buy a house', 'in about a year', 'about 400k', 'yes pre-approved']) {
      leadId = (await sandboxText(t, team.key.secret, phone, body)).leadId;
    }
    await sandboxText(t, team.key.secret, phone, 'South Austin, 3 bedrooms');
    // The turn's acknowledgement opens the offer, in one text.
    const opened = (await outboundMessages(t.ctx, leadId)).at(-1)?.body ?? '';
    expect(opened).toMatch(/^\S+(?: it)?: 3 bedrooms, in South Austin\. Maria can meet you: 1\) /);
    const times = opened.slice(opened.indexOf('Maria can meet you'));

    // A fact the lead adds instead of choosing: acknowledged, and the same times are not offered again.
    await sandboxText(t, team.key.secret, phone, 'actually up to 450k');
    const texts = (await outboundMessages(t.ctx, leadId)).map((m) => m.body);
    const since = texts.slice(texts.lastIndexOf(opened) + 1);
    expect(texts.filter((body) => body.includes(times))).toHaveLength(1);
    expect(since.length).toBeGreaterThan(0);
    expect(since.some((body) => sameText(body, times))).toBe(false);
  });
});
