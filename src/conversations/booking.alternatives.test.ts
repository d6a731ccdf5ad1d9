import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, SMS_CONSENT, sandboxText } from '../../test/helpers/messaging.js';
import { buildAgent, buildAustinAgent, buildType, drainAll } from '../../test/helpers/scheduling.js';
import { listUpcomingAppointments } from '../scheduling/index.js';
import {
  goesToOpenHouse,
  matchSlots,
  onMissedDay,
  onMissedDaySlots,
  type PendingOffer,
  refusesOffer,
} from './booking.js';
import { readProfile } from './profile.js';

/**
 * Asking for a time with nothing free, through the real path: the lead posted by the API about a listing
 * with an open house, texts through the sandbox, and the agent works weekdays only.
 */
describe(`nothing free when asked, through the sandbox, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(5300);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // Thursday, 10:00 in Austin
    team = await buildTeam(t);
    await buildAustinAgent(t.ctx, {
      workspaceId: team.workspace.id,
      kinds: ['showing', 'listing_appointment'],
    });
    const listing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/knowledge/listings',
      headers: asApiKey(team.key.secret),
      payload: {
        address: '12 Oak St, Austin, TX 78704',
        price: 450000,
        beds: 3,
        baths: 2,
        openHouses: [{ start: '2026-01-17T13:00:00-06:00', end: '2026-01-17T16:00:00-06:00' }],
        timeZone: 'America/Chicago',
      },
    });
    expect(listing.statusCode, listing.body).toBe(201);
  });
  afterAll(() => t.close());

  /** A lead posted by the API with SMS consent, in Austin; first response (and what follows) sent. */
  async function postLead(fields: Record<string, unknown>): Promise<{ leadId: string; phone: string }> {
    const phone = nextPhone();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(team.key.secret),
      payload: {
        ...fields,
        phone,
        consent: {
          sms: SMS_CONSENT.sms,
          disclosure: SMS_CONSENT.disclosure,
          capturedAt: SMS_CONSENT.capturedAt,
        },
        timezone: 'America/Chicago',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    await drainAll(t);
    return { leadId: (JSON.parse(response.body) as { leadId: string }).leadId, phone };
  }

  /** A lead from the CRM about 12 Oak St (or with another lead type), first response sent. */
  async function leadAbout(leadType: 'buyer' | 'seller' | 'renter' = 'buyer'): Promise<string> {
    const { phone } = await postLead({
      name: 'Dana Reyes',
      leadType,
      ...(leadType === 'buyer' ? { property: { address: '12 Oak St, Austin, TX 78704' } } : {}),
    });
    return phone;
  }

  /** A form inquiry whose message is the lead's words. */
  const formAsking = (message: string) => postLead({ name: 'Alicia Gomez', message });

  const text = (phone: string, body: string) =>
    sandboxText<{ leadId: string; messageId: string }>(t, team.key.secret, phone, body);
  const texts = async (leadId: string) => (await outboundMessages(t.ctx, leadId)).map((m) => m.body);
  const lead = (leadId: string) =>
    t.ctx.db.selectFrom('leads').selectAll().where('id', '=', leadId).executeTakeFirstOrThrow();
  const notifications = (leadId: string) =>
    t.ctx.db.selectFrom('notifications').select(['kind', 'body']).where('leadId', '=', leadId).execute();

  it('offers other days and the open house for "saturday afternoon", then hands off with both requests quoted', async () => {
    const phone = await leadAbout();
    const { leadId } = await text(phone, 'can we see it saturday afternoon?');
    const offer = (await texts(leadId)).join('\n');
    expect(offer).toContain('Maria has nothing open Sat, Jan 17 in the afternoon.');
    expect(offer).toContain('You can drop in to the open house at 12 Oak St Sat, Jan 17, 1-4 PM');
    expect(offer).toMatch(/1\) Mon, Jan 19 at 9:00 AM CST, 2\) Tue, Jan 20 at 9:00 AM CST/);
    expect(offer).not.toContain("I don't have anything open then");
    const pending = (readProfile((await lead(leadId)).profile) as { pendingOffer?: PendingOffer })
      .pendingOffer;
    expect(pending?.missed?.texts).toEqual(['can we see it saturday afternoon?']);
    expect(pending?.openHouse?.street).toBe('12 Oak St');

    const before = (await texts(leadId)).length;
    const sunday = await text(phone, 'what about sunday?');
    const after = await texts(leadId);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatch(/Maria .*find a time/);
    expect(after.at(-1)).not.toBe(after.at(-2));
    const row = await lead(leadId);
    expect(row.stage).toBe('handed_off');
    const conversation = await t.ctx.db
      .selectFrom('conversations')
      .select(['assistantPaused', 'pausedReason'])
      .where('leadId', '=', leadId)
      .executeTakeFirstOrThrow();
    expect(conversation).toEqual({ assistantPaused: 1, pausedReason: 'handoff:no_time_fits' });
    const handoff = (await notifications(leadId)).find((n) => n.kind === 'handoff');
    expect(handoff?.body).toContain('"can we see it saturday afternoon?"');
    expect(handoff?.body).toContain('"what about sunday?"');
    expect(handoff?.body).toContain('Sat, Jan 17 in the afternoon');
    const turn = await t.ctx.db
      .selectFrom('conversationTurns')
      .select('handoffReason')
      .where('inboundMessageId', '=', sunday.messageId)
      .executeTakeFirstOrThrow();
    expect(turn.handoffReason).toBe('no_time_fits');
  });

  it('takes "we\'ll drop in to the open house" without a booking and tells the agent', async () => {
    const phone = await leadAbout();
    const { leadId } = await text(phone, 'could we tour it saturday at 2?');
    expect((await texts(leadId)).join('\n')).toContain('Maria has nothing open Sat, Jan 17 at 2 PM.');
    await text(phone, "we'll just drop in to the open house then");
    expect((await texts(leadId)).at(-1)).toContain('The open house at 12 Oak St is Sat, Jan 17, 1-4 PM');
    expect(await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId })).toHaveLength(0);
    expect((await notifications(leadId)).map((n) => n.kind)).toContain('open_house_visit');
    const row = await lead(leadId);
    expect((readProfile(row.profile) as { pendingOffer?: unknown }).pendingOffer).toBeUndefined();
    expect(row.stage).not.toBe('handed_off');
  });

  it('books the listing consultation for a seller, and confirms and reminds a Spanish speaker in Spanish', async () => {
    const phone = await leadAbout('seller');
    const { leadId } = await text(
      phone,
      'Hola, queremos vender nuestra casa en 55 Elm St. ¿Podemos vernos el lunes a las 10?',
    );
    // The exact time asked for is free: booked at once and read back.
    const [booked] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(booked?.startLocal).toBe('2026-01-19T10:00:00-06:00');
    const type = await t.ctx.db
      .selectFrom('appointmentTypes')
      .select('kind')
      .where('id', '=', booked?.appointmentTypeId ?? '')
      .executeTakeFirstOrThrow();
    expect(type.kind).toBe('listing_appointment');
    expect((await texts(leadId)).at(-1)).toBe(
      'Listo, su cita quedó agendada: el lunes 19 de enero a las 10 de la mañana (CST) en 100 Main St con Maria Lopez. ¡Nos vemos!',
    );
    // The reminder a day before (held until noon: a Sunday in Texas), from scheduling, is in Spanish too.
    t.clock.set('2026-01-18T18:05:00.000Z');
    await drainAll(t);
    expect((await texts(leadId)).at(-1)).toMatch(
      /recordatorio: su cita con Maria Lopez es el lunes 19 de enero/,
    );
    t.clock.set('2026-01-15T16:00:00.000Z');
  });

  it('books and reminds in English when the workspace answers every lead in English', async () => {
    const other = await buildTeam(t);
    const agent = await buildAgent(t.ctx, {
      workspaceId: other.workspace.id,
      timezone: 'America/Chicago',
      name: 'Maria Lopez',
    });
    await buildType(t.ctx, { workspaceId: other.workspace.id, agents: [{ agentId: agent.id }] });
    const off = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/conversation/settings',
      headers: asSession(other.owner.session),
      payload: { replyInLeadLanguage: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    const phone = nextPhone();
    const { leadId } = await sandboxText<{ leadId: string }>(
      t,
      other.key.secret,
      phone,
      'Hola, queremos comprar una casa. ¿Podemos vernos el lunes a las 10?',
    );
    expect((await texts(leadId)).at(-1)).toMatch(/^You're booked: Monday, Jan 19 at 10:00 AM CST/);
    t.clock.set('2026-01-18T18:05:00.000Z');
    await drainAll(t);
    expect((await texts(leadId)).at(-1)).toMatch(
      /reminder: your buyer consultation with Maria Lopez is Mon, Jan 19/,
    );
    t.clock.set('2026-01-15T16:00:00.000Z');
  });

  it('offers the nearest times and the open house in the first response to a form asking for a day with nothing free', async () => {
    const { leadId, phone } = await formAsking('Can I see 12 Oak St Saturday morning?');
    const out = await outboundMessages(t.ctx, leadId);
    // The first text says it; the times that do not fit beside it follow as part of the same response.
    expect(out[0]?.kind).toBe('first_response');
    expect(out[0]?.body).toMatch(/^Hi Alicia, this is the automated assistant for /);
    expect(out[0]?.body).toContain('Maria has nothing open Sat, Jan 17 in the morning.');
    expect(out[0]?.body).toContain('open house at 12 Oak St Sat, Jan 17, 1-4 PM');
    expect(out[0]?.body).not.toMatch(/buy, sell|buying, selling/);
    expect(out.map((m) => m.body).join(' ')).toMatch(/1\) Mon, Jan 19 at 9:00 AM CST/);
    expect(out.length).toBeLessThanOrEqual(2);
    const pending = (readProfile((await lead(leadId)).profile) as { pendingOffer?: PendingOffer })
      .pendingOffer;
    expect(pending?.missed?.texts).toEqual(['Can I see 12 Oak St Saturday morning?']);

    // The lead's next text answers the offer: a refusal reaches the agent with the request quoted.
    await text(phone, 'no that doesnt work, i can only do saturday morning');
    expect((await lead(leadId)).stage).toBe('handed_off');
    const handoff = (await notifications(leadId)).find((n) => n.kind === 'handoff');
    expect(handoff?.body).toContain('"Can I see 12 Oak St Saturday morning?"');
    expect(handoff?.body).toContain('Saturday, Jan 17');
  });

  it('books a lead selling a home here and moving away into the listing appointment', async () => {
    const { leadId, phone } = await formAsking(
      'Need to sell my house at 4410 Duval St Austin, relocating for work in June',
    );
    expect(readProfile((await lead(leadId)).profile).intent).toBe('both');
    await text(phone, 'tuesday the 20th at 11am?');
    const [appointment] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    const type = await t.ctx.db
      .selectFrom('appointmentTypes')
      .select('kind')
      .where('id', '=', appointment?.appointmentTypeId ?? '')
      .executeTakeFirst();
    expect(type?.kind).toBe('listing_appointment');
  });

  it('leaves a form asking for a day with free times to the first response alone', async () => {
    const { leadId } = await formAsking('Can I see 12 Oak St on Monday?');
    expect((await outboundMessages(t.ctx, leadId)).map((m) => m.kind)).toEqual(['first_response']);
  });
});

describe('reading a reply to the nearest times', () => {
  it('tells a refusal, a visit to the open house and an hour meant for the day asked for', () => {
    for (const no of ['no', 'neither works', 'none of those', 'we can only do weekends', "those don't work"])
      expect(refusesOffer(no), no).toBe(true);
    for (const yes of ['2', 'the first one', 'tuesday works']) expect(refusesOffer(yes), yes).toBe(false);
    expect(goesToOpenHouse("we'll drop in to the open house")).toBe(true);
    expect(goesToOpenHouse("we can't make the open house")).toBe(false);
    const offer: PendingOffer = {
      appointmentTypeId: 'type',
      timezone: 'America/Chicago',
      slots: [],
      offeredAt: '2026-03-04T15:00:00Z',
      missed: {
        texts: ['saturday afternoon'],
        requested: { start: '2026-03-07T12:00:00-06:00', end: '2026-03-07T17:00:00-06:00' },
      },
    };
    const twoToday = { start: '2026-03-04T14:00:00-06:00', end: '2026-03-04T15:00:00-06:00' };
    expect(onMissedDay(twoToday, 'how about 2pm', offer, 'America/Chicago')?.start).toBe(
      '2026-03-07T14:00:00.000-06:00',
    );
    // A day of its own stands.
    expect(onMissedDay(twoToday, 'how about today at 2pm', offer, 'America/Chicago')).toBe(twoToday);
  });

  it('takes "sat at noon" as noon, not the Saturday time offered', () => {
    const saturdayTen = {
      start: '2027-04-24T10:00:00-05:00',
      end: '2027-04-24T11:00:00-05:00',
      agentId: 'a',
      label: '',
    };
    const noon = { start: '2027-04-24T12:00:00-05:00', end: '2027-04-24T13:00:00-05:00' };
    expect(matchSlots('ok sat at noon', [saturdayTen], 'America/Chicago', noon)).toEqual([]);
    const saturday = { start: '2027-04-24T09:00:00-05:00', end: '2027-04-24T17:00:00-05:00' };
    expect(matchSlots('saturday works', [saturdayTen], 'America/Chicago', saturday)).toEqual([saturdayTen]);
  });

  it('takes an hour that two offered days share on the day asked for', () => {
    const slot = (start: string) => ({ start, end: start, agentId: 'agent', label: start });
    const saturdayTwo = slot('2026-03-07T14:00:00-06:00');
    const mondayTwo = slot('2026-03-09T14:00:00-05:00');
    const offer: PendingOffer = {
      appointmentTypeId: 'type',
      timezone: 'America/Chicago',
      slots: [saturdayTwo, mondayTwo],
      offeredAt: '2026-03-04T15:00:00Z',
      missed: {
        texts: ['saturday at 1'],
        requested: { start: '2026-03-07T13:00:00-06:00', end: '2026-03-07T14:00:00-06:00' },
      },
    };
    expect(onMissedDaySlots([saturdayTwo, mondayTwo], '2 is fine', offer)).toEqual([saturdayTwo]);
    expect(onMissedDaySlots([saturdayTwo, mondayTwo], 'monday at 2 is fine', offer)).toHaveLength(2);
    const { missed: _, ...plain } = offer;
    expect(onMissedDaySlots([saturdayTwo, mondayTwo], '2 is fine', plain)).toHaveLength(2);
  });
});
