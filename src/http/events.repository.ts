import type { DbOrTrx } from '../db/database.js';
import { needsHuman } from '../leads/leads.repository.js';
import { type CallChange, callChangesSince } from '../voice/calls.events.js';

/** One change the live stream announces; `at` is the row's updated_at, `key` tells repeats apart. */
export type LiveEvent =
  | { type: 'lead'; at: string; key: string; data: { leadId: string; change: 'created' | 'updated' } }
  | {
      type: 'message';
      at: string;
      key: string;
      data: { messageId: string; leadId: string; direction: string; status: string };
    }
  | {
      type: 'conversation';
      at: string;
      key: string;
      data: { leadId: string; assistantPaused: boolean; needsHuman: boolean };
    }
  | {
      type: 'appointment';
      at: string;
      key: string;
      data: {
        appointmentId: string;
        leadId: string;
        change: 'booked' | 'updated' | 'cancelled';
        status: string;
      };
    }
  | CallChange;

export interface ChangeBatch {
  events: LiveEvent[];
  /** Tables that returned `limit` rows: there may be more after their last row's time. */
  truncatedAt: string[];
}

/**
 * What changed in a workspace's leads, messages, conversations, appointments and calls at or after `since`:
 * one query per table, each on its (workspace_id, updated_at) index, oldest first.
 */
export async function changesSince(
  db: DbOrTrx,
  workspaceId: string,
  since: string,
  limit: number,
): Promise<ChangeBatch> {
  const [leads, messages, conversations, appointments, calls] = await Promise.all([
    db
      .selectFrom('leads')
      .select(['id', 'createdAt', 'updatedAt'])
      .where('workspaceId', '=', workspaceId)
      .where('updatedAt', '>=', since)
      .orderBy('updatedAt', 'asc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('messages')
      .select(['id', 'leadId', 'direction', 'status', 'updatedAt'])
      .where('workspaceId', '=', workspaceId)
      .where('updatedAt', '>=', since)
      .orderBy('updatedAt', 'asc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('conversations')
      .select(['id', 'leadId', 'assistantPaused', 'pausedReason', 'updatedAt'])
      .where('workspaceId', '=', workspaceId)
      .where('updatedAt', '>=', since)
      .orderBy('updatedAt', 'asc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('appointments')
      .select(['id', 'leadId', 'status', 'createdAt', 'updatedAt'])
      .where('workspaceId', '=', workspaceId)
      .where('updatedAt', '>=', since)
      .orderBy('updatedAt', 'asc')
      .limit(limit)
      .execute(),
    callChangesSince(db, workspaceId, since, limit),
  ]);
  const events: LiveEvent[] = [
    ...leads.map(
      (r): LiveEvent => ({
        type: 'lead',
        at: r.updatedAt,
        key: `lead:${r.id}:${r.updatedAt}`,
        data: { leadId: r.id, change: r.createdAt === r.updatedAt ? 'created' : 'updated' },
      }),
    ),
    ...messages.map(
      (r): LiveEvent => ({
        type: 'message',
        at: r.updatedAt,
        key: `message:${r.id}:${r.updatedAt}:${r.status}`,
        data: { messageId: r.id, leadId: r.leadId, direction: r.direction, status: r.status },
      }),
    ),
    ...conversations.map(
      (r): LiveEvent => ({
        type: 'conversation',
        at: r.updatedAt,
        key: `conversation:${r.id}:${r.updatedAt}:${r.assistantPaused}:${r.pausedReason ?? ''}`,
        data: { leadId: r.leadId, assistantPaused: r.assistantPaused === 1, needsHuman: needsHuman(r) },
      }),
    ),
    ...appointments.map(
      (r): LiveEvent => ({
        type: 'appointment',
        at: r.updatedAt,
        key: `appointment:${r.id}:${r.updatedAt}:${r.status}`,
        data: {
          appointmentId: r.id,
          leadId: r.leadId,
          change: r.status === 'cancelled' ? 'cancelled' : r.createdAt === r.updatedAt ? 'booked' : 'updated',
          status: r.status,
        },
      }),
    ),
    ...calls,
  ];
  const truncatedAt = [
    ...[leads, messages, conversations, appointments]
      .filter((rows) => rows.length >= limit)
      .map((rows) => rows.at(-1)?.updatedAt ?? since),
    ...(calls.length >= limit ? [calls.at(-1)?.at ?? since] : []),
  ];
  // Stable: within one instant, a lead comes before its message, its conversation and its appointment.
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { events, truncatedAt };
}
