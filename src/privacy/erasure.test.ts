import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApiKey, asSession, buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { testDialect } from '../../test/helpers/db.js';
import { buildTeam, consentEvidence, type Team } from '../../test/helpers/factories.js';
import { buildPersonWithHistory, type Person } from '../../test/helpers/privacy.js';
import { enqueue } from '../jobs/jobs.service.js';
import { inboundSmsJob } from '../messaging/inbound-sms.job.js';
import { deliverNotificationJob } from '../messaging/notifications.job.js';
import { rescheduleAppointment } from '../scheduling/appointment-changes.service.js';
import type { CalendarAppointment, CalendarSync } from '../scheduling/calendar.types.js';
import { ERASURE_COVERAGE } from './erasure.coverage.js';

/** Every row of every table, as text, with the needles each holds in any case. */
async function findTraces(t: TestApp, needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of await t.ctx.db.introspection.getTables({ withInternalKyselyTables: true })) {
    const rows = await t.ctx.db
      .selectFrom(table.name as 'contacts')
      .selectAll()
      .execute();
    for (const row of rows) {
      const text = JSON.stringify(row).toLowerCase();
      for (const needle of needles) {
        if (text.includes(needle.toLowerCase())) found.push(`${table.name}: ${needle}`);
      }
    }
  }
  return found;
}

/** The address the person's browser had on the booking page. */
const PERSON_IP = '203.0.113.77';

describe(`erasure of a person, on ${testDialect()}`, () => {
  let t: TestApp;
  let team: Team;
  let person: Person;
  let needles: string[];
  const cancelled: { kind: string; appointment: CalendarAppointment }[] = [];

  beforeAll(async () => {
    t = await buildTestApp();
    t.clock.set('2026-01-15T16:00:00.000Z'); // a Thursday, 10:00 in Austin
    team = await buildTeam(t);
    person = await buildPersonWithHistory(t, team, {
      name: 'Rosalind Quackenbush',
      phoneRaw: '(512) 555-0187',
      phoneE164: '+15125550187',
      email: 'rosalind.q@example.net',
      start: '2026-01-20T16:00:00Z',
    });
    const sync = (kind: string): CalendarSync => ({
      kind,
      connectionId: `${kind}-connection`,
      pushAppointment: async () => {},
      cancelAppointment: async (appointment) => {
        cancelled.push({ kind, appointment });
      },
      busyTimes: async () => [],
    });
    t.ctx.calendars = { forAgent: async () => [sync('caldav'), sync('email')] };
    // A text the webhook took and the worker has not run yet: the job row carries the number and the words.
    await enqueue(
      t.ctx.db,
      inboundSmsJob.job(
        {
          provider: 'twilio',
          providerMessageId: 'SM0000000000000000000000000000beef',
          from: person.phoneE164,
          to: '+15125550100',
          body: `It's ${person.name} again`,
        },
        { runAt: new Date('2026-02-01T00:00:00Z') },
      ),
      t.clock,
    );
    // A job that failed on the person: its payload holds ids only, its error their address in capitals.
    const failed = await enqueue(
      t.ctx.db,
      deliverNotificationJob.job({ workspaceId: team.workspace.id, notificationId: 'gone' }),
      t.clock,
    );
    await t.ctx.db
      .updateTable('jobs')
      .set({ status: 'dead', lastError: `Error: 550 mailbox ${person.email.toUpperCase()} unknown` })
      .where('id', '=', failed.id)
      .execute();
    // The person moved their appointment on the booking page: the audit row keeps their address.
    await rescheduleAppointment(t.ctx, {
      workspaceId: team.workspace.id,
      appointmentId: person.appointmentId,
      via: 'booking_page',
      notifyLead: false,
      ip: PERSON_IP,
    });
    // An earlier request the team turned down, its reason typed with the person's name in lower case.
    const earlier = await t.app.inject({
      method: 'POST',
      url: '/api/v1/privacy/requests',
      headers: asSession(team.owner.session),
      payload: { kind: 'access', contactId: person.contactId, jurisdiction: 'gdpr' },
    });
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/api/v1/privacy/requests/${earlier.json().id}/reject`,
      headers: asSession(team.owner.session),
      payload: { reason: `${person.name.toLowerCase()} already has the export we sent in December` },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    needles = [...person.needles, PERSON_IP];
  });
  afterAll(() => t.close());

  it('knows every table of the schema, and nothing that is not one', async () => {
    const tables = (await t.ctx.db.introspection.getTables({ withInternalKyselyTables: true })).map(
      (table) => table.name,
    );
    const unknown = tables.filter((name) => !(name in ERASURE_COVERAGE));
    expect(unknown, 'add these tables to src/privacy/erasure.coverage.ts').toEqual([]);
    expect(Object.keys(ERASURE_COVERAGE).filter((name) => !tables.includes(name))).toEqual([]);
    const withPerson = (await t.ctx.db.introspection.getTables())
      .filter((table) => table.columns.some((c) => c.name === 'contact_id' || c.name === 'lead_id'))
      .map((table) => table.name);
    expect(withPerson.length).toBeGreaterThan(10);
  });

  it('holds the person everywhere before erasure (the scan can find them)', async () => {
    const traces = await findTraces(t, needles);
    for (const table of [
      'contacts',
      'messages',
      'inquiries',
      'appointments',
      'lead_notes',
      'jobs',
      'audit_log',
      'privacy_requests',
    ]) {
      expect(
        traces.some((trace) => trace.startsWith(`${table}:`)),
        table,
      ).toBe(true);
    }
  });

  it('erases through a filed deletion request, leaves no trace, keeps the counts', async () => {
    const before = await t.ctx.db
      .selectFrom('messages')
      .select('id')
      .where('leadId', '=', person.leadId)
      .execute();
    expect(before.length).toBeGreaterThanOrEqual(4);
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/privacy/requests',
      headers: asSession(team.owner.session),
      payload: { kind: 'deletion', phone: person.phoneRaw, jurisdiction: 'gdpr', note: `For ${person.name}` },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ kind: 'deletion', status: 'verified', contactId: person.contactId });
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/privacy/requests/${filed.json().id}/complete`,
      headers: asSession(team.owner.session),
      payload: {},
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().request.status).toBe('completed');
    expect(done.json().erasure.calendar).toEqual({ deleted: 1, failed: 0 });
    expect(cancelled.map((c) => [c.kind, c.appointment.id, c.appointment.status])).toEqual([
      ['caldav', person.appointmentId, 'cancelled'],
    ]);

    expect(await findTraces(t, needles)).toEqual([]);

    const after = await t.ctx.db
      .selectFrom('messages')
      .select('id')
      .where('leadId', '=', person.leadId)
      .execute();
    expect(after.length).toBe(before.length);
    const lead = await t.ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '=', person.leadId)
      .executeTakeFirstOrThrow();
    expect(lead.firstResponseSentAt).not.toBeNull();
    const contact = await t.ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', person.contactId)
      .executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ name: null, phone: null, email: null });
    expect(contact.restrictedAt).not.toBeNull();
    const appointment = await t.ctx.db
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', person.appointmentId)
      .executeTakeFirstOrThrow();
    expect(appointment.status).toBe('cancelled');
    const suppressed = await t.ctx.db
      .selectFrom('suppressions')
      .select(['kind', 'reason'])
      .where('workspaceId', '=', team.workspace.id)
      .orderBy('kind')
      .execute();
    expect(suppressed).toEqual([
      { kind: 'email', reason: 'erased' },
      { kind: 'phone', reason: 'erased' },
    ]);
  });

  it('never texts the person again when they are imported anew, by the API or by CSV', async () => {
    const api = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asApiKey(team.key.secret),
      payload: { name: 'Rosalind Again', phone: person.phoneE164, consent: consentEvidence() },
    });
    expect(api.statusCode, api.body).toBe(201);
    expect(api.json()).toMatchObject({ firstResponse: 'blocked', firstResponseReason: 'do_not_contact' });

    const csv = [
      'name,phone,email,sms_consent,consent_text,consent_at',
      `Ros Q,${person.phoneRaw},${person.email},yes,I agree to texts from Test Realty,2026-01-10T15:30:00Z`,
    ].join('\n');
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads/import',
      headers: { ...asApiKey(team.key.secret), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().summary.firstResponsesQueued).toBe(0);
    const sent = await t.ctx.db
      .selectFrom('messages')
      .innerJoin('contacts', 'contacts.id', 'messages.contactId')
      .select(['messages.status', 'messages.gateReason'])
      .where('contacts.phone', '=', person.phoneE164)
      .where('messages.direction', '=', 'outbound')
      .execute();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((m) => m.status === 'blocked' && m.gateReason === 'do_not_contact')).toBe(true);
  });

  it("does not find another workspace's contact", async () => {
    const other = await buildTeam(t);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/privacy/requests',
      headers: asApiKey(other.key.secret),
      payload: { kind: 'deletion', contactId: person.contactId },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('no_contact');
  });
});
