import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { buildAgent, buildType, drainAll } from '../../test/helpers/scheduling.js';
import { readProfile } from './profile.js';

/**
 * A turn that decides to offer times holds its own words back to open the offer's first text; the
 * offer is owed on the lead until it goes, so a turn that failed after its commit offers on its retry.
 */
describe(`times offered with the turn's own words, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(7300);

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

  const owedOn = async (leadId: string) => {
    const lead = await t.ctx.db
      .selectFrom('leads')
      .select('profile')
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    return (readProfile(lead.profile) as { owedOffer?: unknown }).owedOffer;
  };

  /**
   * A buyer qualified by the last text, whose times could not be looked up after the turn's commit
   * (the agent's calendar unreachable): the texts sent before it, and the lead.
   */
  async function qualifiedWhileCalendarDown() {
    const phone = nextPhone();
    let leadId = '';
    for (const body of ['Hi, I want to buy a house', 'in about a year', 'about 400k', 'yes pre-approved']) {
      leadId = (await sandboxText(t, team.key.secret, phone, body)).leadId;
    }
    const before = (await outboundMessages(t.ctx, leadId)).length;
    t.ctx.calendars = {
      forAgent: async () => {
        throw new Error('calendar unreachable');
      },
    };
    try {
      await sandboxText(t, team.key.secret, phone, 'South Austin, 3 bedrooms');
    } finally {
      delete t.ctx.calendars;
    }
    // Nothing went: the acknowledgement waits for the times, and the offer is owed on the lead.
    expect(await outboundMessages(t.ctx, leadId)).toHaveLength(before);
    return { leadId, before };
  }
  const sentSince = async (leadId: string, before: number) =>
    (await outboundMessages(t.ctx, leadId)).slice(before).map((m) => m.body);

  it('offers the times on the retry of a turn whose offer failed after the turn was applied', async () => {
    const { leadId, before } = await qualifiedWhileCalendarDown();
    expect(await owedOn(leadId)).toMatchObject({ leadIn: [expect.stringContaining('South Austin')] });

    t.clock.advance(10 * 60_000);
    await drainAll(t);
    const after = await sentSince(leadId, before);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/^\S+(?: it)?: 3 bedrooms, in South Austin\. Maria can meet you: 1\) /);
    expect(await owedOn(leadId)).toBeUndefined();
  });

  it('sends the held words alone when no times can follow them on the retry', async () => {
    const { leadId, before } = await qualifiedWhileCalendarDown();
    // Meanwhile every appointment type is switched off: nothing can be offered.
    const types = () => t.ctx.db.updateTable('appointmentTypes').where('workspaceId', '=', team.workspace.id);
    await types().set({ active: 0 }).execute();
    try {
      t.clock.advance(10 * 60_000);
      await drainAll(t);
      const after = await sentSince(leadId, before);
      expect(after).toHaveLength(1);
      expect(after[0]).toMatch(/^\S+(?: it)?: 3 bedrooms, in South Austin\.?$/);
      expect(await owedOn(leadId)).toBeUndefined();
    } finally {
      await types().set({ active: 1 }).execute();
    }
  });
});
