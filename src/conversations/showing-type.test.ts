import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { buildAgent, buildType } from '../../test/helpers/scheduling.js';
import { listUpcomingAppointments } from '../scheduling/index.js';

/**
 * A workspace with a buyer consultation at the office and showings at the property: a buyer who asks to
 * see a home is booked a showing; one who asks to meet, the consultation.
 */
describe(`the appointment a buyer's words ask for, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(7400);
  const types: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // 10:00 in Austin, a Thursday
    team = await buildTeam(t);
    const agent = await buildAgent(t.ctx, {
      workspaceId: team.workspace.id,
      timezone: 'America/Chicago',
      name: 'Maria Lopez',
    });
    const agents = [{ agentId: agent.id }];
    const consultation = await buildType(t.ctx, { workspaceId: team.workspace.id, agents });
    const showing = await buildType(t.ctx, {
      workspaceId: team.workspace.id,
      agents,
      name: 'Showing',
      kind: 'showing',
      locationKind: 'property',
      locationText: null,
    });
    types.consultation = consultation.id;
    types.showing = showing.id;
  });
  afterAll(() => t.close());

  it.each([
    ['can we see it tuesday at 10?', 'showing', '2026-01-20T10:00:00-06:00', /at the property/],
    [
      'hi, is the house on elm still available? could we tour it wednesday at 10am',
      'showing',
      '2026-01-21T10:00:00-06:00',
      /at the property/,
    ],
    [
      'we want to buy, can we meet with maria friday at 10am?',
      'consultation',
      '2026-01-16T10:00:00-06:00',
      /at 100 Main St/,
    ],
  ])('%j books the %s', async (said, kind, start, where) => {
    const phone = nextPhone();
    const { leadId } = await sandboxText(t, team.key.secret, phone, said);
    const [appointment] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(appointment?.appointmentTypeId).toBe(types[kind]);
    expect(Date.parse(appointment?.start ?? '')).toBe(Date.parse(start));
    const texts = (await outboundMessages(t.ctx, leadId)).map((m) => m.body).join('\n');
    expect(texts).toMatch(where);
    // "the house" asked about is no fact of the lead's to say back.
    expect(texts).not.toMatch(/single-family/);
  });

  it('asks back a time held loosely in a first text ("around 11"), rather than asking for a time', async () => {
    const { leadId } = await sandboxText(
      t,
      team.key.secret,
      nextPhone(),
      'hi, can we see it saturday around 11?',
    );
    const texts = (await outboundMessages(t.ctx, leadId)).map((m) => m.body);
    expect(texts.at(-1)).toMatch(/(?:Just to check|Quick check so I get it right): Sat, Jan 17 at 11 AM\?/);
    expect(texts.join(' ')).not.toMatch(/What day and time|confirm that/);
  });
});
