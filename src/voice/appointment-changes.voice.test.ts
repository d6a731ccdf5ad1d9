import { afterAll, beforeAll, expect, it } from 'vitest';
import { nextPhone } from '../../test/helpers/factories.js';
import {
  buildBookableAgent,
  buildVoiceTestApp,
  startCall,
  type VoiceTestApp,
} from '../../test/helpers/voice.js';
import { bookSlot, offerSlots } from '../scheduling/index.js';

let t: VoiceTestApp;

beforeAll(async () => {
  t = await buildVoiceTestApp();
  await buildBookableAgent(t);
});

afterAll(async () => {
  await t.close();
});

const appointmentsOf = (leadId: string) =>
  t.ctx.db
    .selectFrom('appointments')
    .select(['id', 'status', 'startAt', 'sequence', 'bookedVia'])
    .where('leadId', '=', leadId)
    .execute();

/** A caller on the line who already has an appointment (booked on the site) at the first open time. */
async function callerWithAppointment() {
  const { relay, callId } = await startCall(t, { from: nextPhone() });
  const call = await t.ctx.db
    .selectFrom('calls')
    .select('leadId')
    .where('id', '=', callId)
    .executeTakeFirstOrThrow();
  const leadId = call.leadId ?? '';
  const workspaceId = t.team.workspace.id;
  const type = await t.ctx.db
    .selectFrom('appointmentTypes')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const { slots } = await offerSlots(t.ctx, { workspaceId, leadId, appointmentTypeId: type.id, count: 1 });
  const slot = slots[0];
  if (!slot) throw new Error('no open time');
  const booked = await bookSlot(t.ctx, {
    workspaceId,
    leadId,
    appointmentTypeId: type.id,
    start: slot.start,
    agentId: slot.agentId,
    via: 'booking_page',
    notifyLead: false,
  });
  return { relay, leadId, appointmentId: booked.id, startAt: (await appointmentsOf(leadId))[0]?.startAt };
}

it('moves an appointment by voice: times on the day asked, the choice read back, and moved only after a yes', async () => {
  const { relay, leadId, appointmentId, startAt } = await callerWithAppointment();
  // Thursday 15 January in Chicago: "Friday" is the 16th, said as "tomorrow".
  const offer = await relay.say('Something came up, can we move it to Friday?');
  expect(offer).toMatch(/^Sure\. I have tomorrow at .* or .*\. Which works better\?$/);
  const readBack = await relay.say('the second one');
  expect(readBack).toMatch(
    /^Just to confirm: I'll move your appointment to tomorrow at .* with Dana\. Shall I make that change\?$/,
  );
  expect(await appointmentsOf(leadId)).toMatchObject([{ id: appointmentId, startAt, sequence: 0 }]);

  expect(await relay.say('yes please')).toMatch(
    /^Done\. Your appointment is now tomorrow at .* with Dana\.$/,
  );
  const [moved] = await appointmentsOf(leadId);
  expect(moved).toMatchObject({ id: appointmentId, status: 'booked' });
  expect(moved?.sequence).toBeGreaterThan(0);
  expect(moved?.startAt.slice(0, 10)).toBe('2026-01-16');
  relay.close();
});

it('cancels an appointment by voice only after the caller confirms it; a no keeps it', async () => {
  const { relay, leadId, appointmentId } = await callerWithAppointment();
  const asked = await relay.say('I need to cancel my appointment');
  expect(asked).toMatch(/^Just to confirm: you'd like to cancel your appointment .* with Dana\?$/);
  expect(await relay.say('no, actually keep it')).toMatch(/stays as it is\.$/);
  expect(await appointmentsOf(leadId)).toMatchObject([{ id: appointmentId, status: 'booked' }]);

  await relay.say('sorry, I do need to cancel');
  expect(await relay.say('yes')).toMatch(/^Done\. Your appointment .* is cancelled\./);
  expect(await appointmentsOf(leadId)).toMatchObject([{ id: appointmentId, status: 'cancelled' }]);
  relay.close();
});

it('cancels in Spanish: the read-back and the confirmation are Spanish', async () => {
  const { relay, leadId, appointmentId } = await callerWithAppointment();
  const asked = await relay.say('Necesito cancelar mi cita', 'es-US');
  expect(asked).toMatch(/^Para confirmar: ¿quiere cancelar su cita (del|de) .* con Dana\?$/);
  expect(await appointmentsOf(leadId)).toMatchObject([{ id: appointmentId, status: 'booked' }]);
  expect(await relay.say('sí', 'es-US')).toMatch(/^Listo\. Su cita .* quedó cancelada\./);
  expect(await appointmentsOf(leadId)).toMatchObject([{ id: appointmentId, status: 'cancelled' }]);
  relay.close();
});

it('moves in Spanish: times offered and the choice read back in Spanish before it is moved', async () => {
  const { relay, leadId, appointmentId } = await callerWithAppointment();
  const offer = await relay.say('¿Podemos cambiar la cita para el viernes?', 'es-US');
  expect(offer).toMatch(/^Claro\. Tengo .* o .*\. ¿Cuál le queda mejor\?$/);
  const readBack = await relay.say('la primera', 'es-US');
  expect(readBack).toMatch(/^Para confirmar: cambio su cita para .* con Dana\. ¿Hago el cambio\?$/);
  expect(await appointmentsOf(leadId)).toMatchObject([{ id: appointmentId, sequence: 0 }]);
  expect(await relay.say('sí', 'es-US')).toMatch(/^Listo\. Su cita quedó para .* con Dana\.$/);
  const [moved] = await appointmentsOf(leadId);
  expect(moved?.startAt.slice(0, 10)).toBe('2026-01-16');
  relay.close();
});

it('asks a caller who says "sure" to the times which one, then reads back the earliest for "whichever"', async () => {
  const { relay } = await callerWithAppointment();
  const offer = await relay.say('Something came up, can we move it to Friday?');
  expect(offer).toMatch(/^Sure\. I have tomorrow at .* or .*\. Which works better\?$/);
  const again = await relay.say('sure');
  expect(again).toMatch(/^Great\. The times are tomorrow at .* or .*\. Which works better\?$/);
  const readBack = await relay.say('whichever works for you');
  expect(readBack).toMatch(/^Just to confirm: I'll move your appointment to tomorrow at .* with Dana\./);
  expect(readBack).toContain(offer.replace(/^Sure\. I have /, '').split(' or ')[0]);
  expect(await relay.say('yes')).toMatch(/^Done\./);
  relay.close();
});
