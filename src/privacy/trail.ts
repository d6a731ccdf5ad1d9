import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import { newId } from '../platform/ids.js';
import type { AuditEntry } from '../workspaces/audit.service.js';
import { insertRequestEvent } from './privacy.repository.js';
import type { PrivacyRequestEventRow } from './privacy.table.js';

export type TrailActor = { type: 'person'; id: null } | AuditEntry['actor'];

export const PERSON: TrailActor = { type: 'person', id: null };

/** One step of a request's trail. Details hold codes and ids only, never personal data. */
export async function recordRequestEvent(
  db: DbOrTrx,
  props: {
    workspaceId: string;
    requestId: string;
    action: string;
    actor: TrailActor;
    details?: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  const row: PrivacyRequestEventRow = {
    id: newId(props.at.getTime()),
    workspaceId: props.workspaceId,
    requestId: props.requestId,
    action: props.action,
    actorType: props.actor.type,
    actorId: props.actor.id,
    details: toJson(props.details ?? {}),
    createdAt: props.at.toISOString(),
  };
  await insertRequestEvent(db, row);
}
