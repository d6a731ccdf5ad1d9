import type { DbOrTrx } from '../db/database.js';
import type {
  AppointmentTypeAgentRow,
  AppointmentTypeRow,
  AppointmentTypeRowUpdate,
  NewAppointmentTypeRow,
} from './scheduling.table.js';

export async function insertAppointmentType(db: DbOrTrx, row: NewAppointmentTypeRow): Promise<void> {
  await db.insertInto('appointmentTypes').values(row).execute();
}

/** A type that has not been deleted; another workspace's id finds nothing. */
export function findAppointmentType(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<AppointmentTypeRow | undefined> {
  return db
    .selectFrom('appointmentTypes')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
}

export function listAppointmentTypeRows(db: DbOrTrx, workspaceId: string): Promise<AppointmentTypeRow[]> {
  return db
    .selectFrom('appointmentTypes')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('deletedAt', 'is', null)
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export async function updateAppointmentTypeRow(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: AppointmentTypeRowUpdate,
): Promise<void> {
  await db
    .updateTable('appointmentTypes')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export function listTypeAgents(
  db: DbOrTrx,
  workspaceId: string,
  typeIds: readonly string[],
): Promise<AppointmentTypeAgentRow[]> {
  if (typeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('appointmentTypeAgents')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('appointmentTypeId', 'in', typeIds)
    .orderBy('agentId', 'asc')
    .execute();
}

export async function replaceTypeAgents(
  db: DbOrTrx,
  props: { workspaceId: string; typeId: string; agents: readonly { agentId: string; weight: number }[] },
): Promise<void> {
  await db
    .deleteFrom('appointmentTypeAgents')
    .where('workspaceId', '=', props.workspaceId)
    .where('appointmentTypeId', '=', props.typeId)
    .execute();
  if (props.agents.length === 0) return;
  await db
    .insertInto('appointmentTypeAgents')
    .values(
      props.agents.map((agent) => ({
        appointmentTypeId: props.typeId,
        agentId: agent.agentId,
        workspaceId: props.workspaceId,
        weight: agent.weight,
      })),
    )
    .execute();
}

/** Deleted types too: an appointment keeps the name of the type it was booked as. */
export function findAppointmentTypeAny(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<AppointmentTypeRow | undefined> {
  return db
    .selectFrom('appointmentTypes')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}
