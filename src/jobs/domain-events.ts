import type { Selectable } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import { columnsOf, prepared } from '../db/prepared.js';
import { toJson } from '../db/schema.js';
import { newId } from '../platform/ids.js';
import { enqueue } from './jobs.service.js';

/**
 * What happened in a workspace that the world outside may want to hear of: outbound webhooks and the CRM
 * sync subscribe to these. A domain records one in the same transaction as the change it describes, so an
 * event exists exactly when its change committed; the job queued with it hands it to the subscribers.
 */
export const DOMAIN_EVENT_TYPES = [
  'lead.created',
  'lead.updated',
  'lead.stage_changed',
  'message.received',
  'message.sent',
  'appointment.booked',
  'appointment.rescheduled',
  'appointment.cancelled',
  'handoff.requested',
  'consent.revoked',
  'call.completed',
] as const;

export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/** The job that hands an event to its subscribers; defined in integrations/, which owns them. */
export const DISPATCH_EVENT_JOB = 'integrations.dispatch-event';

export interface DomainEventsTable {
  /** UUIDv7: events of one process sort in the order they were recorded. */
  id: string;
  workspaceId: string;
  type: DomainEventType;
  leadId: string | null;
  contactId: string | null;
  /** The message, appointment or call the event is about. */
  subjectId: string | null;
  /** JSON: ids and small facts (the stages of a stage change), never personal data. */
  data: unknown;
  occurredAt: string;
}

export type DomainEventRow = Selectable<DomainEventsTable>;

export interface NewDomainEvent {
  workspaceId: string;
  type: DomainEventType;
  leadId?: string | null | undefined;
  contactId?: string | null | undefined;
  subjectId?: string | null | undefined;
  data?: Record<string, string | number | boolean | null> | undefined;
  /** When it happened (ISO-8601, from the caller's clock). */
  at: string;
}

const EVENT_COLUMNS = [
  ...['id', 'workspaceId', 'type', 'leadId', 'contactId', 'subjectId', 'data', 'occurredAt'],
] as const satisfies readonly (keyof DomainEventRow)[];

const insertEvent = prepared((db, row: DomainEventRow) =>
  db.insertInto('domainEvents').values(columnsOf(row, EVENT_COLUMNS)),
);

/**
 * Whether anything outside takes the workspace's events: an enabled webhook endpoint or Follow Up Boss
 * connection. Read in the recording transaction, so an endpoint added before it commits gets the event.
 */
const subscribers = prepared((db, p: { workspaceId: string }) =>
  db.selectNoFrom((eb) => [
    eb
      .exists(
        eb
          .selectFrom('webhookEndpoints')
          .select('id')
          .where('workspaceId', '=', p.workspaceId)
          .where('enabled', '=', 1),
      )
      .as('endpoints'),
    eb
      .exists(
        eb
          .selectFrom('fubConnections')
          .select('workspaceId')
          .where('workspaceId', '=', p.workspaceId)
          .where('enabled', '=', 1),
      )
      .as('fub'),
  ]),
);

/**
 * Records the event and, when the workspace has a subscriber, queues its dispatch, both in the caller's
 * transaction. A workspace with none (most of them) queues no job: a lead's three events would otherwise be
 * three jobs to claim and run for nothing, in the same queue as its first text.
 */
export async function recordEvent(db: DbOrTrx, event: NewDomainEvent): Promise<string> {
  const id = newId();
  await insertEvent(db, {
    id,
    workspaceId: event.workspaceId,
    type: event.type,
    leadId: event.leadId ?? null,
    contactId: event.contactId ?? null,
    subjectId: event.subjectId ?? null,
    data: toJson(event.data ?? {}),
    occurredAt: event.at,
  });
  const [taken] = (await subscribers(db, { workspaceId: event.workspaceId })).rows;
  if (!taken?.endpoints && !taken?.fub) return id;
  await enqueue(db, {
    name: DISPATCH_EVENT_JOB,
    workspaceId: event.workspaceId,
    payload: { workspaceId: event.workspaceId, eventId: id },
    uniqueKey: `${DISPATCH_EVENT_JOB}:${id}`,
    runAt: new Date(event.at),
    maxAttempts: 10,
  });
  return id;
}
