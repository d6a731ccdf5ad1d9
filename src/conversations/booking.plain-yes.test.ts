import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, type Team } from '../../test/helpers/factories.js';
import { outboundMessages, phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { buildAustinAgent, buildConsentedLead } from '../../test/helpers/scheduling.js';
import { listUpcomingAppointments } from '../scheduling/index.js';
import { acceptsOnlyOffer, chosenByPosition, type PendingOffer, takesAnyTime } from './booking.js';
import { factFragment } from './fact-phrases.js';
import { readProfile } from './profile.js';

interface Inbound {
  messageId: string;
  leadId: string;
}

/** A plain yes to a list of times, through the sandbox: the lead is asked which, once, then handed off. */
describe(`a yes to a list of times, through the sandbox, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  const nextPhone = phoneSequence(6100);

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // Thursday, 10:00 in Austin
    team = await buildTeam(t);
    await buildAustinAgent(t.ctx, {
      workspaceId: team.workspace.id,
      kinds: ['showing', 'listing_appointment'],
    });
  });
  afterAll(() => t.close());

  const text = (from: string, body: string) => sandboxText<Inbound>(t, team.key.secret, from, body);
  const texts = async (leadId: string) => (await outboundMessages(t.ctx, leadId)).map((m) => m.body);

  async function lead(leadId: string) {
    const row = await t.ctx.db
      .selectFrom('leads')
      .select(['profile', 'stage'])
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    const profile = readProfile(row.profile) as { pendingOffer?: PendingOffer };
    return { stage: row.stage, offer: profile.pendingOffer };
  }

  async function offered(first: string): Promise<{ phone: string; leadId: string; offer: PendingOffer }> {
    const phone = nextPhone();
    await buildConsentedLead(t.ctx, { workspaceId: team.workspace.id, phone });
    const { leadId } = await text(phone, first);
    const { offer } = await lead(leadId);
    expect(offer?.slots.length, (await texts(leadId)).join('\n')).toBeGreaterThan(1);
    return { phone, leadId, offer: offer as PendingOffer };
  }

  it('asks a buyer who says "sure" which time, in new words, then books "any of those" at the earliest', async () => {
    const { phone, leadId, offer } = await offered(
      'We want to buy a 3 bed home, could we see some next week?',
    );
    const before = (await texts(leadId)).at(-1);
    await text(phone, 'sure');
    const asked = (await texts(leadId)).at(-1) ?? '';
    expect(asked).not.toBe(before);
    expect(asked).toMatch(/^(Great! Which time suits you best|Happy to set it up\. Which would you like): /);
    expect(asked).toMatch(/Fri 9 AM, Fri 9:30 AM or Fri 10 AM\?$|[A-Z][a-z]{2} \d{1,2}(:\d\d)? [AP]M or /);
    expect((await lead(leadId)).stage).not.toBe('handed_off');
    await text(phone, 'any of those');
    const [appointment] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    const earliest = [...offer.slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
    expect(appointment?.startLocal).toBe(earliest?.start);
  });

  it('hands a second yes that picks nothing to the agent', async () => {
    const { phone, leadId } = await offered('We want to buy a 3 bed home, could we see some next week?');
    await text(phone, 'yes please');
    expect((await lead(leadId)).stage).not.toBe('handed_off');
    await text(phone, 'ok');
    expect((await lead(leadId)).stage).toBe('handed_off');
    expect((await texts(leadId)).at(-1)).toMatch(/reach out/);
  });

  it('asks a Spanish-speaking lead in Spanish and books "cualquiera"', async () => {
    const { phone, leadId, offer } = await offered(
      'Hola, queremos comprar una casa de 3 recámaras, ¿podemos ver algunas la próxima semana?',
    );
    await text(phone, 'sí');
    expect((await texts(leadId)).at(-1)).toMatch(
      /^¡(Perfecto|Con gusto)! ¿(Qué hora le queda mejor|Cuál prefiere): el /,
    );
    await text(phone, 'cualquiera');
    const [appointment] = await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId });
    expect(appointment?.startLocal).toBe(offer.slots[0]?.start);
  });

  it('asks a seller offered the valuation which time, not the agent, and says selling back', async () => {
    const phone = nextPhone();
    await buildConsentedLead(t.ctx, { workspaceId: team.workspace.id, phone });
    const { leadId } = await text(phone, 'whats my house worth? thinking of selling in the spring');
    expect((await texts(leadId)).join('\n')).toMatch(/selling in about \d+ months/);
    expect((await texts(leadId)).join('\n')).not.toMatch(/moving within/);
    await text(phone, 'its 1402 maple ave, round rock');
    expect((await texts(leadId)).join('\n')).toContain('1402 Maple Ave');
    expect((await lead(leadId)).offer?.slots.length).toBeGreaterThan(1);
    await text(phone, 'sure');
    expect((await lead(leadId)).stage).not.toBe('handed_off');
    expect((await texts(leadId)).at(-1)).toMatch(/Which (time suits you best|would you like)/);
    await text(phone, 'the first one you have');
    expect(await listUpcomingAppointments(t.ctx, { workspaceId: team.workspace.id, leadId })).toHaveLength(1);
  });
});

describe('reading a yes to a list of times', () => {
  it('tells a yes that picks none from one that takes any time', () => {
    for (const yes of ['sure', 'yes', 'ok', 'sounds good', 'yes please', 'sí', 'claro']) {
      expect(acceptsOnlyOffer(yes), yes).toBe(true);
      expect(takesAnyTime(yes), yes).toBe(false);
    }
    for (const any of [
      'any of those',
      'whichever',
      'either works',
      'whichever works for you',
      'cualquiera',
      'Sí, cualquiera',
    ])
      expect(takesAnyTime(any), any).toBe(true);
    for (const not of [
      'any pics of the house',
      'neither',
      'any of those on saturday?',
      'either, but friday is better',
    ])
      expect(takesAnyTime(not), not).toBe(false);
    expect(chosenByPosition('the first one you have', 3)).toBe(0);
  });
});

describe('saying back a seller', () => {
  const voice = (lang: 'en' | 'es') => ({
    agent: 'Maria',
    business: 'Test Realty',
    assistant: null,
    firstName: null,
    seed: 'seed',
    zone: 'America/Chicago',
    lang,
  });

  it('says a seller is selling, a buyer moving, and an address in lower case with capitals', () => {
    const seller = { intent: 'sell', timelineMonths: 3 } as const;
    expect(factFragment('timelineMonths', seller, voice('en'))).toBe('selling in about 3 months');
    expect(factFragment('timelineMonths', seller, voice('es'))).toBe('piensa vender en unos 3 meses');
    const buyer = { intent: 'buy', timelineMonths: 3 } as const;
    expect(factFragment('timelineMonths', buyer, voice('en'))).toBe('moving within about 3 months');
    expect(factFragment('propertyAddress', { propertyAddress: '1402 maple ave' }, voice('en'))).toBe(
      '1402 Maple Ave',
    );
    expect(factFragment('propertyAddress', { propertyAddress: 'calle de la paz 12' }, voice('es'))).toBe(
      'Calle de la Paz 12',
    );
    expect(factFragment('propertyAddress', { propertyAddress: '12 McKinney St' }, voice('en'))).toBe(
      '12 McKinney St',
    );
  });
});
