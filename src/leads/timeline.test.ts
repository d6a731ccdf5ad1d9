import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { auditRows, buildLead, buildTeam, buildUser, type Team } from '../../test/helpers/factories.js';
import { phoneSequence, sandboxText } from '../../test/helpers/messaging.js';
import { buildAgent, buildType } from '../../test/helpers/scheduling.js';
import { MINUTE } from '../platform/clock.js';
import { bookSlot } from '../scheduling/booking.service.js';

interface Inbound {
  messageId: string;
  leadId: string;
}

interface Entry {
  at: string;
  kind: string;
  summary: string;
  data: Record<string, unknown>;
}

describe(`the lead screen: inbox filters, reassignment, timeline and profile sources, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let other: Team;
  let maria: { id: string };
  let typeId: string;
  let handedOff: { leadId: string; first: Inbound; address: Inbound; phone: string };
  const nextPhone = phoneSequence(4200);

  const text = (from: string, body: string): Promise<Inbound> => {
    t.clock.advance(MINUTE);
    return sandboxText<Inbound>(t, team.key.secret, from, body);
  };

  const get = async <T>(url: string, headers = asSession(team.owner.session)) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };

  const patch = (leadId: string, payload: object, headers = asSession(team.owner.session)) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/leads/${leadId}`, headers, payload });

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // 10:00 in Austin, a Thursday
    team = await buildTeam(t);
    other = await buildTeam(t);
    maria = await buildAgent(t.ctx, {
      workspaceId: team.workspace.id,
      timezone: 'America/Chicago',
      name: 'Maria Lopez',
    });
    typeId = (await buildType(t.ctx, { workspaceId: team.workspace.id, agents: [{ agentId: maria.id }] })).id;
    const phone = nextPhone();
    const first = await text(phone, 'We want to sell our house');
    const address = await text(phone, '55 Elm St');
    await text(phone, 'can I just talk to a real person?');
    handedOff = { leadId: first.leadId, first, address, phone };
  });
  afterAll(() => t.close());

  it('filters the inbox to leads waiting on a person, with the agent and the assistant state', async () => {
    const quiet = await text(nextPhone(), 'hi, is this the realtor?');
    const waiting = await get<{ items: Record<string, unknown>[] }>('/leads?needsHuman=true');
    expect(waiting.items.map((i) => i.id)).toEqual([handedOff.leadId]);
    expect(waiting.items[0]).toMatchObject({
      needsHuman: true,
      assistantPaused: true,
      assignedUserId: maria.id,
      assignedUserName: 'Maria Lopez',
      stage: 'handed_off',
    });
    const others = await get<{ items: Record<string, unknown>[] }>('/leads?needsHuman=false');
    expect(others.items.map((i) => i.id)).toContain(quiet.leadId);
    expect(others.items.map((i) => i.id)).not.toContain(handedOff.leadId);
    expect(others.items.find((i) => i.id === quiet.leadId)).toMatchObject({
      needsHuman: false,
      assistantPaused: false,
    });

    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads?needsHuman=maybe',
      headers: asSession(team.owner.session),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeDefined();
  });

  it('finds a lead by the digits of its phone however they are spaced', async () => {
    const digits = handedOff.phone.slice(-7); // 555NNNN
    const spaced = `${digits.slice(0, 3)} ${digits.slice(3)}`;
    const found = await get<{ items: { id: string }[] }>(`/leads?q=${encodeURIComponent(spaced)}`);
    expect(found.items.map((i) => i.id)).toEqual([handedOff.leadId]);
  });

  it('shows where each profile fact came from and the factors of the score', async () => {
    const lead = await get<{
      profileSources: Record<string, { source: string; messageId?: string; at: string }>;
      scoreFactors: { label: string; points: number }[];
      score: number;
      needsHuman: boolean;
      assignedUserName: string | null;
    }>(`/leads/${handedOff.leadId}`);
    expect(lead.profileSources.intent).toMatchObject({
      source: 'message',
      messageId: handedOff.first.messageId,
    });
    expect(lead.profileSources.propertyAddress).toMatchObject({
      source: 'message',
      messageId: handedOff.address.messageId,
    });
    expect(lead.scoreFactors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Said whether they buy, sell or rent', points: 5 }),
        expect.objectContaining({ label: 'Address of the home to sell known', points: 10 }),
      ]),
    );
    expect(lead.scoreFactors.reduce((sum, f) => sum + f.points, 0)).toBe(lead.score);
    expect(lead).toMatchObject({ needsHuman: true, assignedUserName: 'Maria Lopez' });
  });

  it('reassigns and moves the stage, audited, refusing users of other workspaces', async () => {
    const { leadId } = handedOff;
    const outsider = await buildUser(t.ctx, { workspaceId: other.workspace.id, role: 'agent' });
    for (const assignedUserId of [outsider.user.id, 'no-such-user']) {
      const refused = await patch(leadId, { assignedUserId });
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().error.code).toBe('unknown_user');
    }
    expect((await patch(leadId, { stage: 'opted_out' })).statusCode).toBe(422);
    expect((await patch(leadId, { stage: 'sleeping' })).statusCode).toBe(400);
    expect((await patch(leadId, { color: 'red' })).statusCode).toBe(400);

    t.clock.advance(MINUTE);
    const moved = await patch(leadId, { assignedUserId: team.owner.user.id, stage: 'qualified' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      assignedUserId: team.owner.user.id,
      assignedUserName: team.owner.user.name,
      stage: 'qualified',
    });
    t.clock.advance(MINUTE);
    const unassigned = await patch(leadId, { assignedUserId: null }, asApiKey(team.key.secret));
    expect(unassigned.statusCode, unassigned.body).toBe(200);
    expect(unassigned.json()).toMatchObject({ assignedUserId: null, assignedUserName: null });
    const same = await patch(leadId, { stage: 'qualified' });
    expect(same.statusCode).toBe(200);

    // The assistant's own move to handed_off is there too, by the system; people's changes carry their actor.
    const audits = (await auditRows(t, team.workspace.id)).filter(
      (r) => r.targetId === leadId && r.actorType !== 'system',
    );
    expect(audits.map((r) => r.action)).toEqual(['lead.assigned', 'lead.stage_changed', 'lead.assigned']);
    expect(audits[2]).toMatchObject({ actorType: 'api_key', actorId: team.key.apiKey.id });
    expect((await patch(leadId, { stage: 'new' }, asApiKey(other.key.secret))).statusCode).toBe(404);
  });

  it('tells the whole story on the timeline, oldest first', async () => {
    const { leadId } = handedOff;
    t.clock.advance(MINUTE);
    const resumed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/assistant`,
      headers: asSession(team.owner.session),
      payload: { paused: false },
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    t.clock.advance(MINUTE);
    const appointment = await bookSlot(t.ctx, {
      workspaceId: team.workspace.id,
      leadId,
      appointmentTypeId: typeId,
      start: '2026-01-20T16:00:00Z',
      notifyLead: false,
    });
    t.clock.advance(MINUTE);
    const cancelled = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/appointments/${appointment.id}?notifyLead=false`,
      headers: asSession(team.owner.session),
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    t.clock.advance(MINUTE);
    const note = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/notes`,
      headers: asSession(team.owner.session),
      payload: { body: 'Prefers mornings' },
    });
    expect(note.statusCode, note.body).toBe(201);

    const { items } = await get<{ items: Entry[] }>(`/leads/${leadId}/timeline`);
    const ats = items.map((i) => i.at);
    expect(ats).toEqual([...ats].sort());
    const kinds = new Set(items.map((i) => i.kind));
    for (const kind of [
      'inquiry',
      'message',
      'consent',
      'handoff',
      'assignment',
      'stage',
      'assistant',
      'appointment',
      'note',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(items[0]?.kind).toBe('inquiry');
    expect(items.find((i) => i.kind === 'handoff')?.data).toMatchObject({ reason: 'requested_human' });
    expect(items.find((i) => i.kind === 'consent')?.data).toMatchObject({
      channel: 'sms',
      action: 'granted',
    });
    expect(items.filter((i) => i.kind === 'assignment').map((i) => i.data.toName)).toEqual([
      team.owner.user.name,
      null,
    ]);
    // The assistant's move, the person's and the booking's, in order.
    expect(items.filter((i) => i.kind === 'stage').map((i) => i.data)).toEqual([
      expect.objectContaining({ from: 'engaged', to: 'handed_off', by: 'assistant' }),
      expect.objectContaining({ from: 'handed_off', to: 'qualified', actorType: 'user' }),
      expect.objectContaining({ from: 'qualified', to: 'appointment', by: 'booking' }),
    ]);
    expect(items.find((i) => i.kind === 'assistant')?.data).toMatchObject({ paused: false });
    expect(items.filter((i) => i.kind === 'appointment').map((i) => i.data.change)).toEqual([
      'booked',
      'cancelled',
    ]);
    expect(items.at(-1)).toMatchObject({ kind: 'note', data: { body: 'Prefers mornings' } });
    const inbound = items.filter((i) => i.kind === 'message' && i.data.direction === 'inbound');
    expect(inbound.map((i) => i.data.messageId)).toContain(handedOff.first.messageId);
    // Each text carries its words, the lead's and ours.
    expect(inbound.map((i) => i.data.body)).toContain('We want to sell our house');
    const ours = items.filter((i) => i.kind === 'message' && i.data.direction === 'outbound');
    expect(ours.length).toBeGreaterThan(0);
    for (const entry of ours) expect(entry.data.body).toEqual(expect.stringMatching(/\w/));
  });

  it("shows a held text's gate reason, and 404s another workspace's lead", async () => {
    const lead = await buildLead(t.ctx, { workspaceId: team.workspace.id });
    const { items } = await get<{ items: Entry[] }>(`/leads/${lead.leadId}/timeline`);
    const blocked = items.find((i) => i.kind === 'message' && i.data.status === 'blocked');
    expect(blocked?.data).toMatchObject({
      direction: 'outbound',
      gateReason: 'no_consent',
      body: expect.stringMatching(/^Hi/),
    });
    expect(blocked?.summary).toContain('no_consent');

    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${lead.leadId}/timeline`,
      headers: asApiKey(other.key.secret),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
