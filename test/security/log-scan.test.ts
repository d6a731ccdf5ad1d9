import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../src/jobs/catalog.js';
import { drainJobs } from '../../src/jobs/jobs.drain.js';
import { randomToken } from '../../src/platform/crypto.js';
import { createBookingLink } from '../../src/scheduling/booking-links.service.js';
import { listUpcomingAppointments } from '../../src/scheduling/index.js';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../helpers/app.js';
import { buildTeam, consentEvidence, type Team } from '../helpers/factories.js';
import { buildAgent, buildType } from '../helpers/scheduling.js';

/**
 * A whole lead conversation with the logger at debug level writing to memory; afterwards no line may
 * hold the lead's phone (in any notation), email, name or the words of any text, nor a link's token.
 */

const LEAD = {
  name: 'Zelda Quintanilla',
  typedPhone: '(512) 555-0177',
  e164: '+15125550177',
  email: 'zelda.quintanilla@example.org',
};

function buildLoggedApp(lines: string[]): Promise<TestApp> {
  const logTo = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return buildTestApp({ logTo, now: '2026-01-15T16:00:00.000Z' }); // 10:00 in Austin, a Thursday
}

describe('personal data in logs', () => {
  const lines: string[] = [];
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await buildLoggedApp(lines);
    team = await buildTeam(t);
    const agent = await buildAgent(t.ctx, { workspaceId: team.workspace.id, timezone: 'America/Chicago' });
    await buildType(t.ctx, { workspaceId: team.workspace.id, agents: [{ agentId: agent.id }] });
  });
  afterAll(() => t.close());

  async function text(body: string) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sandbox/inbound',
      headers: asApiKey(team.key.secret),
      payload: { from: LEAD.e164, body },
    });
    expect(response.statusCode, response.body).toBe(201);
    await drainJobs(t.ctx, jobDefinitions);
    return response.json<{ leadId: string }>();
  }

  it('holds no phone, email, name or message body after a full conversation', async () => {
    const intake = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(team.key.secret),
      payload: {
        name: LEAD.name,
        phone: LEAD.typedPhone,
        email: LEAD.email,
        message: 'Tell me more about the yellow cottage on Mockingbird Lane',
        consent: { ...consentEvidence(), userAgent: 'Mozilla/5.0 test' },
      },
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const leadId = intake.json<{ leadId?: string; id?: string; lead?: { id: string } }>();
    await drainJobs(t.ctx, jobDefinitions);

    await text("We're looking to buy a 3 bed home. Could we meet with an agent next week?");
    const { leadId: id } = await text('the second one');
    expect(
      await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId: id }),
    ).toHaveLength(1);

    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${id}/messages`,
      headers: asSession(team.owner.session),
      payload: { body: 'Hi Zelda, Pat here, bring your lender letter to the showing' },
    });
    expect(reply.statusCode, reply.body).toBeLessThan(300);
    await drainJobs(t.ctx, jobDefinitions);
    await text('STOP');
    // A lookup by the phone itself, as a person would search the list.
    const search = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads?q=${encodeURIComponent(LEAD.typedPhone)}`,
      headers: asApiKey(team.key.secret),
    });
    expect(search.statusCode).toBeLessThan(500);
    const unknownSender = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sandbox/inbound',
      headers: asApiKey(team.key.secret),
      payload: { from: 'not a phone zelda.quintanilla@example.org', body: 'Zelda Quintanilla here' },
    });
    expect(unknownSender.statusCode).toBeLessThan(500);
    await drainJobs(t.ctx, jobDefinitions);
    expect(leadId).toBeTruthy();

    // Links that are credentials themselves: a booking page and an export download.
    const typeId = (await t.ctx.db.selectFrom('appointmentTypes').select('id').executeTakeFirstOrThrow()).id;
    const link = await createBookingLink(t.ctx, {
      workspaceId: team.workspace.id,
      leadId: id,
      appointmentTypeId: typeId,
    });
    expect((await t.app.inject({ method: 'GET', url: `/b/${link.token}` })).statusCode).toBeLessThan(500);
    const exportToken = randomToken();
    expect((await t.app.inject({ method: 'GET', url: `/privacy/exports/${exportToken}` })).statusCode).toBe(
      404,
    );

    const messages = await t.ctx.db
      .selectFrom('messages')
      .select(['body', 'direction'])
      .where('leadId', '=', id)
      .execute();
    expect(messages.filter((m) => m.direction === 'inbound').length).toBeGreaterThanOrEqual(3);
    expect(messages.filter((m) => m.direction === 'outbound').length).toBeGreaterThanOrEqual(3);

    const needles = [
      link.token,
      exportToken,
      LEAD.e164,
      LEAD.typedPhone,
      '5125550177',
      '512-555-0177',
      '555-0177',
      LEAD.email,
      'zelda.quintanilla',
      'Zelda',
      'Quintanilla',
      'Mockingbird',
      'yellow cottage',
      ...messages.map((m) => m.body).filter((body) => body.length >= 10),
    ];
    expect(lines.length).toBeGreaterThan(20);
    // The capture works at debug level, and a careless debug line is still cleaned by the logger.
    t.ctx.logger.debug(
      { to: LEAD.e164, text: 'the second one', lead: { name: LEAD.name } },
      `texting ${LEAD.typedPhone}`,
    );
    expect(lines.some((line) => JSON.parse(line).level === 20)).toBe(true);
    const leaks = lines.flatMap((line) =>
      needles
        .filter((needle) => line.toLowerCase().includes(needle.toLowerCase()))
        .map((needle) => `${needle} in ${line}`),
    );
    expect(leaks).toEqual([]);
  });
});
