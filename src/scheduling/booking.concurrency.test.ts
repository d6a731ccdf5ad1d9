import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildWorkspace } from '../../test/helpers/factories.js';
import { buildAgent, buildConsentedLead, buildType } from '../../test/helpers/scheduling.js';
import { isAppError } from '../platform/errors.js';
import { rescheduleAppointment } from './appointment-changes.service.js';
import { bookSlot } from './booking.service.js';

const PARALLEL = 16;

/** Every pair of one agent's appointments that hold time and overlap (buffers included): must be none. */
async function overlaps(t: TestApp, workspaceId: string): Promise<number> {
  const rows = await t.ctx.db
    .selectFrom('appointments')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('status', '!=', 'cancelled')
    .execute();
  let found = 0;
  for (const a of rows) {
    for (const b of rows) {
      if (a.id >= b.id || a.agentId !== b.agentId) continue;
      const aStart = new Date(a.startAt).getTime() - a.bufferBeforeMinutes * 60_000;
      const aEnd = new Date(a.endAt).getTime() + a.bufferAfterMinutes * 60_000;
      const bStart = new Date(b.startAt).getTime() - b.bufferBeforeMinutes * 60_000;
      const bEnd = new Date(b.endAt).getTime() + b.bufferAfterMinutes * 60_000;
      if (aStart < bEnd && bStart < aEnd) found += 1;
    }
  }
  return found;
}

async function settle(attempts: Promise<unknown>[]) {
  const results = await Promise.allSettled(attempts);
  const ok = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ agentId: string }>[];
  const refused = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
  return {
    ok,
    statuses: refused.map((r) =>
      isAppError(r.reason) ? `${r.reason.status} ${r.reason.code}` : String(r.reason),
    ),
  };
}

describe(`double booking under concurrency (${testDialect()})`, () => {
  let t: TestApp;
  let workspaceId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-03-02T12:00:00.000Z');
    workspaceId = (await buildWorkspace(t.ctx, { timezone: 'America/Chicago' })).id;
  });
  afterAll(() => t.close());

  const leads = (n: number) =>
    Promise.all(Array.from({ length: n }, () => buildConsentedLead(t.ctx, { workspaceId })));

  it(`takes exactly one of ${PARALLEL} leads booking one agent's slot at once; the rest get 409`, async () => {
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const people = await leads(PARALLEL);
    const { ok, statuses } = await settle(
      people.map((lead) =>
        bookSlot(t.ctx, {
          workspaceId,
          leadId: lead.leadId,
          appointmentTypeId: type.id,
          agentId: agent.id,
          start: '2026-03-03T16:00:00Z',
          notifyLead: false,
        }),
      ),
    );
    expect(ok).toHaveLength(1);
    expect(statuses).toEqual(Array(PARALLEL - 1).fill('409 slot_unavailable'));
    expect(await overlaps(t, workspaceId)).toBe(0);
  });

  it('refuses overlapping (not identical) times and buffers booked at once', async () => {
    const agent = await buildAgent(t.ctx, {
      workspaceId,
      timezone: 'America/Chicago',
      availability: { bufferBeforeMinutes: 15, bufferAfterMinutes: 15 },
    });
    const type = await buildType(t.ctx, {
      workspaceId,
      agents: [{ agentId: agent.id }],
      slotStepMinutes: 15,
    });
    const starts = ['15:00', '15:15', '15:30', '15:45', '16:00', '16:15', '16:30', '16:45'];
    const people = await leads(starts.length * 2);
    const { ok } = await settle(
      people.map((lead, i) =>
        bookSlot(t.ctx, {
          workspaceId,
          leadId: lead.leadId,
          appointmentTypeId: type.id,
          agentId: agent.id,
          start: `2026-03-04T${starts[i % starts.length]}:00Z`,
          notifyLead: false,
        }),
      ),
    );
    // 15:00-16:00 (+15 min each side) leaves room for nothing else before 16:30.
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(ok.length).toBeLessThanOrEqual(2);
    expect(await overlaps(t, workspaceId)).toBe(0);
  });

  it('spreads simultaneous bookings without an agent over the free agents, one each', async () => {
    const agents = await Promise.all([
      buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' }),
      buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' }),
      buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' }),
    ]);
    const type = await buildType(t.ctx, {
      workspaceId,
      assignment: 'round_robin',
      agents: agents.map((a) => ({ agentId: a.id })),
    });
    const people = await leads(PARALLEL);
    const { ok, statuses } = await settle(
      people.map((lead) =>
        bookSlot(t.ctx, {
          workspaceId,
          leadId: lead.leadId,
          appointmentTypeId: type.id,
          start: '2026-03-05T16:00:00Z',
          notifyLead: false,
        }),
      ),
    );
    expect(new Set(ok.map((r) => r.value.agentId))).toEqual(new Set(agents.map((a) => a.id)));
    expect(statuses).toEqual(Array(PARALLEL - agents.length).fill('409 slot_unavailable'));
    expect(await overlaps(t, workspaceId)).toBe(0);
  });

  it('lets only one of many reschedules onto the same free time win', async () => {
    const agent = await buildAgent(t.ctx, { workspaceId, timezone: 'America/Chicago' });
    const type = await buildType(t.ctx, { workspaceId, agents: [{ agentId: agent.id }] });
    const people = await leads(6);
    const booked = [];
    for (const [i, lead] of people.entries()) {
      booked.push(
        await bookSlot(t.ctx, {
          workspaceId,
          leadId: lead.leadId,
          appointmentTypeId: type.id,
          start: new Date(Date.parse('2026-03-06T15:00:00Z') + i * 3_600_000).toISOString(),
          notifyLead: false,
        }),
      );
    }
    const { ok, statuses } = await settle(
      booked.map((appointment) =>
        rescheduleAppointment(t.ctx, {
          workspaceId,
          appointmentId: appointment.id,
          start: '2026-03-09T15:00:00Z',
          notifyLead: false,
        }),
      ),
    );
    expect(ok).toHaveLength(1);
    expect(statuses).toEqual(Array(5).fill('409 slot_unavailable'));
    expect(await overlaps(t, workspaceId)).toBe(0);
  });
});
