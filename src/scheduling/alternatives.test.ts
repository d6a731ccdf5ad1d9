import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { buildWorkspace } from '../../test/helpers/factories.js';
import { buildAgent, buildConsentedLead, buildType, weekdays } from '../../test/helpers/scheduling.js';
import { nearestAlternatives } from './alternatives.service.js';
import { appointmentTexts, formatWhen, formatWhere } from './appointment-texts.js';
import { offerSlots } from './offers.service.js';

describe('the nearest times when nothing is free when asked', () => {
  let t: TestApp;
  let workspaceId: string;
  let typeId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    // Wednesday 4 March 2026, 09:00 in Chicago; the agent works weekdays 9–5 with two hours' notice.
    t.clock.set('2026-03-04T15:00:00.000Z');
    workspaceId = (await buildWorkspace(t.ctx, { timezone: 'America/Chicago' })).id;
    const agent = await buildAgent(t.ctx, {
      workspaceId,
      timezone: 'America/Chicago',
      availability: { minimumNoticeMinutes: 120 },
    });
    typeId = (await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] })).id;
  });
  afterAll(() => t.close());

  const lead = () => buildConsentedLead(t.ctx, { workspaceId, timezone: 'America/Chicago' });

  it('offers the next days with free time, one a day, for a weekend asked for', async () => {
    const { leadId } = await lead();
    const saturday = { start: '2026-03-07T12:00:00-06:00', end: '2026-03-07T17:00:00-06:00' };
    const found = await nearestAlternatives(t.ctx, {
      workspaceId,
      leadId,
      appointmentTypeId: typeId,
      requested: saturday,
    });
    expect(found.sameDay).toEqual([]);
    expect(found.nextDays.map((s) => s.label)).toEqual([
      'Mon, Mar 9 at 9:00 AM CDT',
      'Tue, Mar 10 at 9:00 AM CDT',
      'Wed, Mar 11 at 9:00 AM CDT',
    ]);
    // Sunday asked for: the same next days, but never the same answer as "what about saturday" (the
    // conversation words the day asked for).
    const sunday = { start: '2026-03-08T09:00:00-05:00', end: '2026-03-08T17:00:00-05:00' };
    const again = await nearestAlternatives(t.ctx, {
      workspaceId,
      leadId,
      appointmentTypeId: typeId,
      requested: sunday,
    });
    expect(again.nextDays[0]?.label).toBe('Mon, Mar 9 at 9:00 AM CDT');
  });

  it('offers the Saturday of a Sunday asked for before the weekdays after it', async () => {
    const saturdays = await buildAgent(t.ctx, {
      workspaceId,
      timezone: 'America/Chicago',
      availability: {
        minimumNoticeMinutes: 120,
        weekly: { ...weekdays(), saturday: [{ start: '10:00', end: '14:00' }] },
      },
    });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: saturdays.id }] });
    const { leadId } = await lead();
    const sundayTwo = { start: '2026-03-08T14:00:00-05:00', end: '2026-03-08T15:00:00-05:00' };
    const found = await nearestAlternatives(t.ctx, {
      workspaceId,
      leadId,
      appointmentTypeId: type.id,
      requested: sundayTwo,
    });
    expect(found.nextDays.map((s) => s.label)).toEqual([
      'Sat, Mar 7 at 10:00 AM CST',
      'Mon, Mar 9 at 9:00 AM CDT',
      'Tue, Mar 10 at 9:00 AM CDT',
    ]);
  });

  it('offers other hours the same day first when the hour asked for is taken or closed', async () => {
    const { leadId } = await lead();
    const evening = { start: '2026-03-05T18:00:00-06:00', end: '2026-03-05T19:00:00-06:00' };
    const found = await nearestAlternatives(t.ctx, {
      workspaceId,
      leadId,
      appointmentTypeId: typeId,
      requested: evening,
    });
    expect(found.sameDay.map((s) => s.label)).toEqual([
      'Thu, Mar 5 at 9:00 AM CST',
      'Thu, Mar 5 at 11:00 AM CST',
    ]);
    expect(found.nextDays.map((s) => s.label)).toEqual(['Fri, Mar 6 at 9:00 AM CST']);
  });

  it('offers up to three times on the one day asked for, and labels them in Spanish when asked', async () => {
    const { leadId } = await lead();
    const thursday = await offerSlots(t.ctx, {
      workspaceId,
      leadId,
      appointmentTypeId: typeId,
      preferences: { weekdays: [4] },
      perDay: 3,
      lang: 'es',
    });
    expect(thursday.slots.map((s) => s.label)).toEqual([
      'el jueves 5 de marzo a las 9 de la mañana (CST)',
      'el jueves 5 de marzo a las 11 de la mañana (CST)',
      'el jueves 5 de marzo a la 1 de la tarde (CST)',
    ]);
  });

  it('words the scheduling texts in Spanish for a Spanish-speaking lead', () => {
    const fields = {
      businessName: 'Hill Country Homes',
      firstName: 'Ana',
      typeName: 'Showing',
      agentName: 'Maria Lopez',
      when: formatWhen('2026-03-10T15:00:00.000Z', 'America/Chicago', 'es'),
      where: formatWhere('office', '100 Congress Ave', 'es'),
      lang: 'es' as const,
    };
    expect(appointmentTexts.booked(fields)).toBe(
      'Hill Country Homes: su cita con Maria Lopez quedó agendada para el martes 10 de marzo a las 10 de la mañana (CDT) en 100 Congress Ave. Responda aquí si necesita cambiarla.',
    );
    expect(appointmentTexts.reminder(fields, true)).toContain('Responda C para confirmar');
    expect(appointmentTexts.cancelled(fields)).toContain('su cita con Maria Lopez del martes 10 de marzo');
    expect(
      appointmentTexts.booked({
        ...fields,
        lang: 'en',
        when: 'Tue, Mar 10 at 10:00 AM CDT',
        where: ' at 100 Congress Ave',
      }),
    ).toBe(
      "Hill Country Homes: you're booked for a showing with Maria Lopez on Tue, Mar 10 at 10:00 AM CDT at 100 Congress Ave. Reply here if you need to change it.",
    );
  });
});
