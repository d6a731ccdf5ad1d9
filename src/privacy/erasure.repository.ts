import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.js';
import { toJson } from '../db/schema.js';

/**
 * The scrubbing queries of erasure. Erasure reaches into every module's tables by design: it is the one
 * operation whose job is to find a person wherever they are, and `erasure.coverage.ts` lists each table
 * so a new one cannot be missed.
 */

export interface PersonRefs {
  workspaceId: string;
  contactId: string;
  leadIds: string[];
  messageIds: string[];
  providerIds: string[];
  appointmentIds: string[];
  /** Phone (E.164 and as typed), email, name: searched for in free text and JSON. */
  needles: string[];
}

export async function collectRefs(
  db: DbOrTrx,
  workspaceId: string,
  contactId: string,
  needles: string[],
): Promise<PersonRefs> {
  const leads = await db
    .selectFrom('leads')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .execute();
  const leadIds = leads.map((l) => l.id);
  const messages = await db
    .selectFrom('messages')
    .select(['id', 'providerId'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .execute();
  const appointments = await db
    .selectFrom('appointments')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .execute();
  return {
    workspaceId,
    contactId,
    leadIds,
    messageIds: messages.map((m) => m.id),
    providerIds: messages.flatMap((m) => (m.providerId ? [m.providerId] : [])),
    appointmentIds: appointments.map((a) => a.id),
    needles: [...new Set(needles.filter((n) => n.length >= 3))],
  };
}

const BATCH = 200;

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Case-blind: people and teams type names and addresses in any case. */
const likeAny = (column: string, needles: readonly string[]) =>
  sql<boolean>`(${sql.join(
    needles.map(
      (n) =>
        sql`lower(cast(${sql.ref(column)} as text)) like ${`%${escapeLike(n.toLowerCase())}%`} escape '\\'`,
    ),
    sql` or `,
  )})`;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const count = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint }[]) =>
  result.reduce((sum, r) => sum + Number(r.numUpdatedRows ?? r.numDeletedRows ?? 0), 0);

/** Appointments stay as counts; what they said about the person goes, and future ones are cancelled. */
export async function scrubAppointments(trx: Trx, refs: PersonRefs, at: string): Promise<number> {
  if (refs.appointmentIds.length === 0) return 0;
  const { workspaceId, appointmentIds } = refs;
  await trx
    .updateTable('appointments')
    .set({ status: 'cancelled', cancelledAt: at, updatedAt: at })
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', appointmentIds)
    .where('status', 'in', ['booked', 'confirmed'])
    .execute();
  const result = await trx
    .updateTable('appointments')
    .set({
      notes: null,
      locationText: null,
      cancelReason: null,
      assignmentDetails: toJson({}),
      updatedAt: at,
    })
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', appointmentIds)
    .executeTakeFirst();
  for (const table of ['appointmentClaims', 'calendarEvents', 'calendarInvitations'] as const) {
    await trx
      .deleteFrom(table)
      .where('workspaceId', '=', workspaceId)
      .where('appointmentId', 'in', appointmentIds)
      .execute();
  }
  return Number(result.numUpdatedRows);
}

export async function scrubMessages(trx: Trx, refs: PersonRefs, at: string): Promise<number> {
  const { workspaceId, contactId } = refs;
  // Anything still waiting to go never will.
  await trx
    .updateTable('messages')
    .set({ status: 'blocked', gateReason: 'erased' })
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .where('status', 'in', ['queued', 'deferred', 'sending'])
    .execute();
  const result = await trx
    .updateTable('messages')
    .set({
      body: '',
      toNumber: null,
      fromNumber: null,
      providerId: null,
      errorMessage: null,
      updatedAt: at,
    })
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteByContact(
  trx: Trx,
  refs: PersonRefs,
  table: 'consentEvents' | 'gateDecisions',
): Promise<number> {
  const result = await trx
    .deleteFrom(table)
    .where('workspaceId', '=', refs.workspaceId)
    .where('contactId', '=', refs.contactId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Possible opt-outs keep who decided what and when; the words that raised them are the person's and go.
 * A flag still standing ends: nothing is ever sent to an erased person, so there is nothing to decide.
 */
export async function scrubPossibleOptOuts(trx: Trx, refs: PersonRefs, at: string): Promise<number> {
  await trx
    .updateTable('possibleOptOuts')
    .set({ resolvedAt: at, resolution: 'erased' })
    .where('workspaceId', '=', refs.workspaceId)
    .where('contactId', '=', refs.contactId)
    .where('resolvedAt', 'is', null)
    .execute();
  const result = await trx
    .updateTable('possibleOptOuts')
    .set({ trigger: null })
    .where('workspaceId', '=', refs.workspaceId)
    .where('contactId', '=', refs.contactId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function scrubLeadRows(trx: Trx, refs: PersonRefs, at: string): Promise<void> {
  const { workspaceId, contactId, leadIds } = refs;
  await trx
    .updateTable('inquiries')
    .set({ message: null, property: null })
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .execute();
  await trx
    .updateTable('conversations')
    .set({ pausedReason: null, updatedAt: at })
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .execute();
  if (leadIds.length > 0) {
    await trx
      .updateTable('leads')
      .set({ profile: toJson({}), tags: toJson(['erased']), updatedAt: at })
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', leadIds)
      .execute();
    await trx
      .deleteFrom('bookingLinks')
      .where('workspaceId', '=', workspaceId)
      .where('leadId', 'in', leadIds)
      .execute();
  }
  // Kept as an empty shell so counts and speed-to-lead stay; restricted so nothing is ever sent to it.
  await trx
    .updateTable('contacts')
    .set({
      name: null,
      firstName: null,
      phone: null,
      phoneRaw: null,
      phoneValid: 0,
      email: null,
      state: null,
      zip: null,
      timezone: null,
      restrictedAt: at,
      updatedAt: at,
    })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contactId)
    .execute();
}

/** Team notifications about the person, by lead or by what they say. */
export async function deleteNotifications(trx: Trx, refs: PersonRefs): Promise<number> {
  const results = [];
  if (refs.leadIds.length > 0) {
    results.push(
      await trx
        .deleteFrom('notifications')
        .where('workspaceId', '=', refs.workspaceId)
        .where('leadId', 'in', refs.leadIds)
        .executeTakeFirst(),
    );
  }
  for (const needles of chunks(refs.needles, 20)) {
    results.push(
      await trx
        .deleteFrom('notifications')
        .where('workspaceId', '=', refs.workspaceId)
        .where((eb) => eb.or([likeAny('subject', needles), likeAny('body', needles)]))
        .executeTakeFirst(),
    );
  }
  return count(results);
}

/**
 * Audit rows stay (who did what, when); their details about the person are emptied. A row the person
 * caused themselves (a booking page, actor `system`) also loses the address it came from.
 */
export async function scrubAuditDetails(trx: Trx, refs: PersonRefs): Promise<number> {
  const targets = [refs.contactId, ...refs.leadIds, ...refs.appointmentIds, ...refs.messageIds];
  const results = [];
  for (const ids of chunks(targets)) {
    results.push(
      await trx
        .updateTable('auditLog')
        .set((eb) => ({
          details: toJson({ erased: true }),
          ip: eb.case().when('actorType', '=', 'system').then(null).else(eb.ref('ip')).end(),
        }))
        .where('workspaceId', '=', refs.workspaceId)
        .where('targetId', 'in', ids)
        .executeTakeFirst(),
    );
  }
  for (const needles of chunks([...refs.needles, refs.contactId, ...refs.leadIds], 20)) {
    results.push(
      await trx
        .updateTable('auditLog')
        .set({ details: toJson({ erased: true }) })
        .where('workspaceId', '=', refs.workspaceId)
        .where(likeAny('details', needles))
        .executeTakeFirst(),
    );
  }
  return count(results);
}

/** Jobs whose payload names the person or their rows (inbound texts carry the number and the words). */
export async function deleteJobs(trx: Trx, refs: PersonRefs): Promise<number> {
  const needles = [
    ...refs.needles,
    refs.contactId,
    ...refs.leadIds,
    ...refs.messageIds,
    ...refs.appointmentIds,
    ...refs.providerIds,
  ];
  const results = [];
  for (const batch of chunks(needles, 40)) {
    results.push(
      await trx
        .deleteFrom('jobs')
        .where((eb) => eb.or([eb('workspaceId', '=', refs.workspaceId), eb('workspaceId', 'is', null)]))
        .where((eb) => eb.or([likeAny('payload', batch), likeAny('lastError', batch)]))
        .executeTakeFirst(),
    );
  }
  return count(results);
}

/** Webhook receipts keyed by the provider's ids of the person's messages. */
export async function deleteWebhookReceipts(trx: Trx, refs: PersonRefs): Promise<number> {
  const results = [];
  for (const batch of chunks(refs.providerIds, 40)) {
    results.push(await trx.deleteFrom('webhookEvents').where(likeAny('eventKey', batch)).executeTakeFirst());
  }
  return count(results);
}

/**
 * Requests by or about the person keep their dates and outcome; identifiers and notes go, and so does a
 * rejection reason the team wrote that names them.
 */
export async function scrubPrivacyRequests(
  trx: Trx,
  refs: PersonRefs,
  identifierHashes: string[],
  at: string,
): Promise<number> {
  const theirs = trx
    .updateTable('privacyRequests')
    .where('workspaceId', '=', refs.workspaceId)
    .where((eb) =>
      eb.or([
        eb('contactId', '=', refs.contactId),
        ...(identifierHashes.length ? [eb('identifierHash', 'in', identifierHashes)] : []),
      ]),
    );
  if (refs.needles.length > 0) {
    await theirs.set({ rejectedReason: 'erased' }).where(likeAny('rejectedReason', refs.needles)).execute();
  }
  const result = await theirs
    .set({ identifierSealed: null, noteSealed: null, codeHash: null, ticketHash: null, updatedAt: at })
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Calls stay as counts (direction, times, duration, outcome); the numbers, the relay's memory and the
 * transcript go. Recordings, once there are any, go with the rows that point to them.
 */
export async function scrubCalls(trx: Trx, refs: PersonRefs, at: string): Promise<number> {
  const calls = await trx
    .selectFrom('calls')
    .select('id')
    .where('workspaceId', '=', refs.workspaceId)
    .where('contactId', '=', refs.contactId)
    .execute();
  const ids = calls.map((c) => c.id);
  let turns = 0;
  for (const batch of chunks(ids)) {
    const deleted = await trx
      .deleteFrom('callTurns')
      .where('workspaceId', '=', refs.workspaceId)
      .where('callId', 'in', batch)
      .executeTakeFirst();
    turns += Number(deleted.numDeletedRows);
  }
  if (ids.length > 0) {
    await trx
      .updateTable('calls')
      .set({
        fromNumber: null,
        toNumber: null,
        relayState: toJson({}),
        transferTo: null,
        transferAttempts: null,
        recordingSid: null,
        recordingPath: null,
        updatedAt: at,
      })
      .where('workspaceId', '=', refs.workspaceId)
      .where('contactId', '=', refs.contactId)
      .execute();
  }
  // Attempts to call them: why a call was held or refused, and who asked for it.
  await trx
    .deleteFrom('callAttempts')
    .where('workspaceId', '=', refs.workspaceId)
    .where('contactId', '=', refs.contactId)
    .execute();
  return turns;
}
