import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { buildAgent, buildConsentedLead, buildType } from '../../test/helpers/scheduling.js';
import { bookSlot, listUpcomingAppointments } from '../scheduling/index.js';
import { asksToCancel, chosenByPosition, type PendingOffer } from './booking.js';
import { readProfile } from './profile.js';

interface Inbound {
  messageId: string;
  leadId: string;
  handled: string;
}

describe(`booking inside the conversation, through the sandbox, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let agent: { id: string };
  let typeId: string;
  const nextPhone = phoneSequence(4700);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // 10:00 in Austin, a Thursday
    team = await buildTeam(t);
    agent = await buildAgent(t.ctx, {
      workspaceId: team.workspace.id,
      timezone: 'America/Chicago',
      name: 'Maria Lopez',
    });
    typeId = (await buildType(t.ctx, { workspaceId: team.workspace.id, agents: [{ agentId: agent.id }] })).id;
  });
  afterAll(() => t.close());

  function text(from: string, body: string): Promise<Inbound> {
    return sandboxText<Inbound>(t, team.key.secret, from, body);
  }

  async function lastText(leadId: string): Promise<string> {
    return (await outboundMessages(t.ctx, leadId)).at(-1)?.body ?? '';
  }

  async function pendingOffer(leadId: string): Promise<PendingOffer | undefined> {
    const lead = await t.ctx.db
      .selectFrom('leads')
      .select('profile')
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    return (readProfile(lead.profile) as { pendingOffer?: PendingOffer }).pendingOffer;
  }

  async function stageOf(leadId: string): Promise<string> {
    const lead = await t.ctx.db
      .selectFrom('leads')
      .select('stage')
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    return lead.stage;
  }

  /** A lead who has been offered three times. */
  async function offered(): Promise<{ phone: string; leadId: string; offer: PendingOffer }> {
    const phone = nextPhone();
    await buildConsentedLead(t.ctx, { workspaceId: team.workspace.id, phone });
    const { leadId } = await text(
      phone,
      "We're looking to buy a 3 bed home. Could we meet with an agent next week?",
    );
    const offer = await pendingOffer(leadId);
    expect(offer?.slots).toHaveLength(3);
    expect(offer?.appointmentTypeId).toBe(typeId);
    expect(await lastText(leadId)).toContain(offer?.slots[1]?.label);
    return { phone, leadId, offer: offer as PendingOffer };
  }

  it('offers three times, books the second one and confirms with time, zone, place and agent', async () => {
    const { phone, leadId, offer } = await offered();
    await text(phone, 'the second one');
    const [appointment] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(appointment?.startLocal).toBe(offer.slots[1]?.start);
    expect(appointment?.bookedVia).toBe('conversation');
    const confirmation = await lastText(leadId);
    expect(confirmation).toMatch(/booked/i);
    expect(confirmation).toMatch(/C[SD]T/);
    expect(confirmation).toContain('100 Main St');
    expect(confirmation).toContain('Maria Lopez');
    expect(await stageOf(leadId)).toBe('appointment');
    expect(await pendingOffer(leadId)).toBeUndefined();
  });

  it('takes a counter-proposal and offers times that fit it', async () => {
    const { phone, leadId } = await offered();
    await text(phone, 'Could we do friday afternoon instead?');
    const offer = await pendingOffer(leadId);
    expect(offer?.slots.length).toBeGreaterThan(0);
    for (const slot of offer?.slots ?? []) expect(slot.label).toMatch(/^Fri, Jan 16 at ([1-4]|12):\d\d PM/);
    await text(phone, '1');
    const [appointment] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(appointment?.startLocal).toBe(offer?.slots[0]?.start);
  });

  it('offers times once a lead is qualified, narrows to "tuesday works" and books "4 is good"', async () => {
    const phone = nextPhone();
    let leadId = '';
    for (const body of [
      'Hi, I want to buy a house',
      'in about a year',
      'about 400k',
      'yes pre-approved',
      'South Austin',
    ]) {
      leadId = (await text(phone, body)).leadId;
    }
    await text(phone, '3 bedrooms');
    const offer = await pendingOffer(leadId);
    expect(offer?.slots).toHaveLength(3);
    expect(await lastText(leadId)).toMatch(/^\S+(?: it)?: 3 bedrooms\. Maria can meet you: 1\) /);

    await text(phone, 'tuesday works');
    const tuesday = await pendingOffer(leadId);
    expect(tuesday?.slots.length).toBeGreaterThan(0);
    for (const slot of tuesday?.slots ?? []) expect(slot.label).toMatch(/^Tue, Jan 20/);
    // An exact free time the lead names is booked at once and read back, not offered again.
    await text(phone, '4 is good');
    expect(await pendingOffer(leadId)).toBeUndefined();
    expect(await lastText(leadId)).toMatch(/^You're booked: Tuesday, Jan 20 at 4:00 PM CST/);
    const [appointment] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(appointment?.startLocal).toBe('2026-01-20T16:00:00-06:00');

    // Cancelled, the lead who answered the whole script is qualified again.
    await text(phone, 'need to cancel tuesday, sorry');
    expect(await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId })).toHaveLength(0);
    expect(await stageOf(leadId)).toBe('qualified');
  });

  it('answers "none of those" with a booking link', async () => {
    const { phone, leadId } = await offered();
    await text(phone, 'none of those work for me');
    expect(await lastText(leadId)).toMatch(/\/b\/[\w-]+/);
    expect(await pendingOffer(leadId)).toBeUndefined();
  });

  it('re-offers when the chosen time was just taken', async () => {
    const { phone, leadId, offer } = await offered();
    const other = await buildConsentedLead(t.ctx, { workspaceId: team.workspace.id });
    await bookSlot(t.ctx, {
      workspaceId: team.workspace.id,
      leadId: other.leadId,
      appointmentTypeId: typeId,
      start: offer.slots[0]?.start as string,
      agentId: offer.slots[0]?.agentId as string,
    });
    await text(phone, 'the first one');
    expect(await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId })).toHaveLength(0);
    expect(await lastText(leadId)).toMatch(/sorry, that time was just taken/i);
    const again = await pendingOffer(leadId);
    expect(again?.slots.map((s) => s.start)).not.toContain(offer.slots[0]?.start);
  });

  it('moves the appointment by text, then cancels it by text', async () => {
    const { phone, leadId } = await offered();
    await text(phone, '#1');
    const [booked] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(booked).toBeDefined();

    // A day named: times that day to choose from, not the first one taken for the lead.
    await text(phone, 'Something came up, can we do Wednesday?');
    const choices = await lastText(leadId);
    expect(choices).toMatch(
      /^Sure, we can move it\. Here is what I have Wednesday: 1\) Wed, Jan 21 .*2\) Wed, Jan 21/,
    );
    const [still] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(still?.start).toBe(booked?.start);
    // An exact free time named among them is moved to at once, none of the offered ones needed.
    await text(phone, '3pm wednesday works');
    const [moved] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(moved?.id).toBe(booked?.id);
    expect(moved?.startLocal).toBe('2026-01-21T15:00:00-06:00');
    expect(await lastText(leadId)).toMatch(/moved: Wednesday, Jan 21/i);

    const stop = await text(phone, 'I need to cancel the appointment, sorry');
    expect(stop.handled).toBe('reply');
    expect(await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId })).toHaveLength(0);
    expect(await lastText(leadId)).toMatch(/cancelled/);
    // Buying and 3 bedrooms, the rest of the script not answered: engaged, not qualified.
    expect(await stageOf(leadId)).toBe('engaged');
  });

  it('keeps a bare "cancel" a carrier keyword', async () => {
    expect(asksToCancel('cancel')).toBe(false);
    expect(asksToCancel('CANCEL.')).toBe(false);
    expect(asksToCancel('I need to cancel the appointment')).toBe(true);
    const { phone, leadId } = await offered();
    const stop = await text(phone, 'cancel');
    expect(stop.handled).toBe('stop');
    expect(await stageOf(leadId)).toBe('opted_out');
  });

  it('reads a choice by its place', () => {
    expect(chosenByPosition('the second one', 3)).toBe(1);
    expect(chosenByPosition('2', 3)).toBe(1);
    expect(chosenByPosition('#3 please', 3)).toBe(2);
    expect(chosenByPosition('yes 1', 3)).toBe(0);
    expect(chosenByPosition('option 4', 3)).toBeNull();
    expect(chosenByPosition('4 is good', 3)).toBeNull();
    expect(chosenByPosition('tuesday works', 3)).toBeNull();
  });
});

describe('accepting the one time offered', () => {
  it('takes a plain yes, and nothing with a no, a but or a question', async () => {
    const { acceptsOnlyOffer } = await import('./booking.js');
    for (const text of [
      'yes',
      'Yes that works',
      'sounds good!',
      'ok 👍',
      'perfect, thanks',
      'book it',
      'works for us',
    ])
      expect(acceptsOnlyOffer(text), text).toBe(true);
    for (const text of [
      'no',
      'not that one',
      'yes but can we do 4?',
      'does it work?',
      'thanks',
      'how about friday',
      '',
    ])
      expect(acceptsOnlyOffer(text), text).toBe(false);
  });
});
