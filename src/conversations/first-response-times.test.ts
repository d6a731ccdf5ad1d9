import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, SMS_CONSENT } from '../../test/helpers/messaging.js';
import { buildAustinAgent, drainAll } from '../../test/helpers/scheduling.js';
import type { CalendarSync } from '../scheduling/calendar.types.js';
import { listUpcomingAppointments } from '../scheduling/index.js';
import { offerTimesForInquiry } from './inquiry-offer.js';

/**
 * A form or API inquiry that asks for a time has it answered in the first response: an exact free time
 * booked, or the nearest times when nothing is free. The agent works weekdays 9–5 in Austin.
 */
describe(`the first response answers the time asked, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(5600);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // Thursday, 10:00 in Austin
    team = await buildTeam(t);
    await buildAustinAgent(t.ctx, { workspaceId: team.workspace.id, kinds: ['showing'] });
  });
  afterAll(() => t.close());

  async function inquiry(message: string, extra: Record<string, unknown> = {}) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(team.key.secret),
      payload: {
        name: 'Alicia Gomez',
        phone: nextPhone(),
        message,
        consent: {
          sms: SMS_CONSENT.sms,
          disclosure: SMS_CONSENT.disclosure,
          capturedAt: SMS_CONSENT.capturedAt,
        },
        timezone: 'America/Chicago',
        ...extra,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { leadId, inquiryId } = JSON.parse(response.body) as { leadId: string; inquiryId?: string };
    return { leadId, inquiryId };
  }
  const lead = (leadId: string) =>
    t.ctx.db.selectFrom('leads').selectAll().where('id', '=', leadId).executeTakeFirstOrThrow();
  const inquiryOf = async (leadId: string) =>
    (
      await t.ctx.db
        .selectFrom('inquiries')
        .select('id')
        .where('leadId', '=', leadId)
        .executeTakeFirstOrThrow()
    ).id;

  /** A listing in the knowledge base while `run` runs, removed after. */
  async function withListing(payload: Record<string, unknown>, run: () => Promise<void>) {
    const listing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/listings',
      headers: asApiKey(team.key.secret),
      payload,
    });
    expect(listing.statusCode, listing.body).toBe(201);
    try {
      await run();
    } finally {
      const { id } = JSON.parse(listing.body) as { id: string };
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/knowledge/listings/${id}`,
        headers: asApiKey(team.key.secret),
      });
    }
  }

  it('books an exact free time in the first response, before the request is answered', async () => {
    const { leadId } = await inquiry('Hi, can I see the house on Monday at 10am?');
    // Committed with the lead: no job has run yet.
    const [appointment] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(Date.parse(appointment?.start ?? '')).toBe(Date.parse('2026-01-19T10:00:00-06:00'));
    expect((await lead(leadId)).stage).toBe('appointment');
    await drainAll(t);
    const out = await outboundMessages(t.ctx, leadId);
    expect(out.map((m) => m.kind)).toEqual(['first_response']);
    expect(out[0]?.body).toMatch(/^Hi Alicia, this is the automated assistant for /);
    expect(out[0]?.body).toContain("You're booked: Monday, Jan 19 at 10:00 AM CST");
    expect(out[0]?.body).not.toMatch(/buy, sell|buying, selling/);
  });

  it('books no second appointment for a booked lead whose next inquiry asks another time', async () => {
    const phone = nextPhone();
    const { leadId } = await inquiry('can I see it Monday at 1pm?', { phone });
    t.clock.set('2026-01-16T17:00:00.000Z'); // a day and an hour later: a new first response
    try {
      const again = await inquiry('actually could we also see it Tuesday at 3pm?', { phone });
      expect(again.leadId).toBe(leadId);
      const upcoming = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
      expect(upcoming.map((a) => Date.parse(a.start))).toEqual([Date.parse('2026-01-19T13:00:00-06:00')]);
    } finally {
      t.clock.set('2026-01-15T16:00:00.000Z');
    }
  });

  it('sends nothing more from an inquiry-offer job queued for a first response that answered the time', async () => {
    const booked = await inquiry('could we see it tuesday at 11am?');
    const missed = await inquiry('Can I see it Saturday morning?');
    for (const { leadId } of [booked, missed]) {
      const before = (await outboundMessages(t.ctx, leadId)).length;
      const sent = await offerTimesForInquiry(t.ctx, {
        workspaceId: team.workspace.id,
        leadId,
        inquiryId: await inquiryOf(leadId),
      });
      expect(sent).toEqual([]);
      await drainAll(t);
      expect(await outboundMessages(t.ctx, leadId)).toHaveLength(before);
    }
    const first = (await outboundMessages(t.ctx, missed.leadId))[0];
    expect(first?.kind).toBe('first_response');
    expect(first?.body).toContain('Maria has nothing open Sat, Jan 17 in the morning.');
  });

  it.each([
    ['sold', /^12 Oak St has sold\./],
    ['pending', /^12 Oak St is pending: it is under contract/],
  ])('books no showing of a home that is %s, and says so', async (status, said) => {
    await withListing({ address: `12 Oak St`, city: 'Austin', price: 450_000, status }, async () => {
      const { leadId, inquiryId } = await inquiry('Can I see it Monday at 2pm?', {
        leadType: 'buyer',
        property: { address: '12 Oak St, Austin, TX 78704' },
      });
      expect(await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId })).toEqual([]);
      expect((await lead(leadId)).stage).not.toBe('appointment');
      await drainAll(t);
      const out = await outboundMessages(t.ctx, leadId);
      expect(out.map((m) => m.kind)).toEqual(['first_response']);
      const body = out[0]?.body.replace(/^.*?Thanks for reaching out about [^!]*! /, '') ?? '';
      expect(body).toMatch(said);
      expect(body).not.toMatch(/booked|Which works best|nothing open/i);
      // No offer follows from the job either.
      const sent = await offerTimesForInquiry(t.ctx, {
        workspaceId: team.workspace.id,
        leadId,
        inquiryId: inquiryId ?? (await inquiryOf(leadId)),
      });
      expect(sent).toEqual([]);
    });
  });

  it("puts the nearest times in the first text when they and the home's facts do not fit together", async () => {
    await withListing(
      {
        address: '48 Elm St',
        city: 'Austin',
        price: 515_000,
        beds: 3,
        baths: 2,
        sqft: 1_850,
        url: 'https://homes.example/listings/48-elm-st',
        status: 'active',
      },
      async () => {
        const { leadId } = await inquiry('can we see 48 elm on sunday around 2? we both work weekdays');
        await drainAll(t);
        const [first, second] = (await outboundMessages(t.ctx, leadId)).map((m) => m.body);
        expect(first).toContain('Maria has nothing open Sun, Jan 18 at 2 PM.');
        expect(first).toMatch(/1\) .*Reply with the number\./);
        expect(second).toContain('48 Elm St');
        expect(second).toContain('https://homes.example/listings/48-elm-st');
      },
    );
  });

  it('leaves the time to the job after the commit when the agent has a calendar read over the network', async () => {
    const asked: string[] = [];
    const caldav: CalendarSync = {
      kind: 'caldav',
      connectionId: 'caldav-test',
      pushAppointment: async () => {},
      cancelAppointment: async () => {},
      busyTimes: async (agentId) => {
        asked.push(agentId);
        return [];
      },
    };
    t.ctx.calendars = { forAgent: async () => [caldav] };
    try {
      const { leadId } = await inquiry('can I see it Wednesday at 2pm?');
      expect(asked).toEqual([]);
      expect(await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId })).toEqual([]);
      const [first] = await outboundMessages(t.ctx, leadId);
      expect(first?.body).not.toContain("You're booked");
      const jobs = await t.ctx.db
        .selectFrom('jobs')
        .select('name')
        .where('name', '=', 'conversations.inquiry-offer')
        .where('uniqueKey', 'like', `%${await inquiryOf(leadId)}`)
        .execute();
      expect(jobs).toHaveLength(1);
    } finally {
      delete t.ctx.calendars;
    }
  });
});
