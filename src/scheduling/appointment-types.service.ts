import type { DbOrTrx } from '../db/database.js';
import { fromBool, toBool } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { notFound, unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { activeAgents } from './agents.js';
import {
  findAppointmentType,
  insertAppointmentType,
  listAppointmentTypeRows,
  listTypeAgents,
  replaceTypeAgents,
  updateAppointmentTypeRow,
} from './appointment-types.repository.js';
import {
  type AppointmentType,
  type CreateAppointmentTypeInput,
  createAppointmentTypeBody,
  type UpdateAppointmentTypeBody,
} from './appointment-types.schema.js';
import type { AppointmentTypeAgentRow, AppointmentTypeRow } from './scheduling.table.js';

export function presentAppointmentType(
  row: AppointmentTypeRow,
  agents: readonly AppointmentTypeAgentRow[],
): AppointmentType {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    durationMinutes: row.durationMinutes,
    slotStepMinutes: row.slotStepMinutes,
    locationKind: row.locationKind,
    locationText: row.locationText,
    assignment: row.assignment,
    active: fromBool(row.active),
    agents: agents
      .filter((a) => a.appointmentTypeId === row.id)
      .map((a) => ({ agentId: a.agentId, weight: a.weight })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function getAppointmentType(
  db: DbOrTrx,
  props: { workspaceId: string; typeId: string },
): Promise<AppointmentType> {
  const row = await findAppointmentType(db, props.workspaceId, props.typeId);
  if (!row) throw notFound('Appointment type');
  return presentAppointmentType(row, await listTypeAgents(db, props.workspaceId, [row.id]));
}

export async function listAppointmentTypes(ctx: AppContext, workspaceId: string): Promise<AppointmentType[]> {
  const rows = await listAppointmentTypeRows(ctx.db, workspaceId);
  const agents = await listTypeAgents(
    ctx.db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentAppointmentType(row, agents));
}

async function checkAgents(db: DbOrTrx, workspaceId: string, agentIds: readonly string[]): Promise<void> {
  const agents = await activeAgents(db, workspaceId);
  const unknown = agentIds.filter((id) => !agents.has(id));
  // Another workspace's user is as unknown as a made-up id.
  if (unknown.length > 0)
    throw unprocessable('Some agents are not active users of this workspace', { unknown });
}

export async function createAppointmentType(
  ctx: AppContext,
  props: {
    workspaceId: string;
    body: CreateAppointmentTypeInput;
    by?: Actor | undefined;
    ip?: string | undefined;
  },
): Promise<AppointmentType> {
  const body = createAppointmentTypeBody.parse(props.body);
  const now = ctx.clock.now().toISOString();
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    await checkAgents(
      trx,
      props.workspaceId,
      body.agents.map((a) => a.agentId),
    );
    await insertAppointmentType(trx, {
      id,
      workspaceId: props.workspaceId,
      name: body.name,
      kind: body.kind,
      description: body.description,
      durationMinutes: body.durationMinutes,
      slotStepMinutes: body.slotStepMinutes,
      locationKind: body.locationKind,
      locationText: body.locationText,
      assignment: body.assignment,
      active: toBool(body.active),
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await replaceTypeAgents(trx, { workspaceId: props.workspaceId, typeId: id, agents: body.agents });
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'appointment_type.created',
      target: { type: 'appointment_type', id },
      details: { agents: body.agents.length },
      ip: props.ip,
      at: new Date(now),
    });
    return getAppointmentType(trx, { workspaceId: props.workspaceId, typeId: id });
  });
}

export async function updateAppointmentType(
  ctx: AppContext,
  props: {
    workspaceId: string;
    typeId: string;
    patch: UpdateAppointmentTypeBody;
    by?: Actor | undefined;
    ip?: string | undefined;
  },
): Promise<AppointmentType> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findAppointmentType(trx, props.workspaceId, props.typeId);
    if (!existing) throw notFound('Appointment type');
    const { agents, active, ...fields } = props.patch;
    await updateAppointmentTypeRow(trx, props.workspaceId, existing.id, {
      ...fields,
      ...(active === undefined ? {} : { active: toBool(active) }),
      updatedAt: now.toISOString(),
    });
    if (agents) {
      await checkAgents(
        trx,
        props.workspaceId,
        agents.map((a) => a.agentId),
      );
      await replaceTypeAgents(trx, { workspaceId: props.workspaceId, typeId: existing.id, agents });
    }
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'appointment_type.updated',
      target: { type: 'appointment_type', id: existing.id },
      details: { changed: Object.keys(props.patch) },
      ip: props.ip,
      at: now,
    });
    return getAppointmentType(trx, { workspaceId: props.workspaceId, typeId: existing.id });
  });
}

/** Retires the type: no new bookings; appointments already made keep it. */
export async function deleteAppointmentType(
  ctx: AppContext,
  props: { workspaceId: string; typeId: string; by?: Actor | undefined; ip?: string | undefined },
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findAppointmentType(trx, props.workspaceId, props.typeId);
    if (!existing) throw notFound('Appointment type');
    await updateAppointmentTypeRow(trx, props.workspaceId, existing.id, {
      deletedAt: now.toISOString(),
      active: 0,
      updatedAt: now.toISOString(),
    });
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'appointment_type.deleted',
      target: { type: 'appointment_type', id: existing.id },
      ip: props.ip,
      at: now,
    });
  });
}
