import { fromJson, toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { forbidden } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { findAgent, workspaceZone } from './agents.js';
import { findAvailabilityRow, upsertAvailabilityRow } from './availability.repository.js';
import { type Availability, type AvailabilityInput, availabilityBody } from './availability.schema.js';
import type { AgentAvailabilityRow } from './scheduling.table.js';

export interface AgentAvailability extends Availability {
  agentId: string;
  effectiveTimezone: string;
  configured: boolean;
  updatedAt: string | null;
}

/** Nothing set: no working hours, so no slots. */
const EMPTY: Availability = availabilityBody.parse({ weekly: {} });

export function availabilityFromRow(row: AgentAvailabilityRow): Availability {
  // Stored by this module through the same schema; parsing again fills defaults added since.
  const parsed = availabilityBody.safeParse({
    timezone: row.timezone,
    weekly: fromJson(row.weekly),
    overrides: fromJson(row.overrides),
    timeOff: fromJson(row.timeOff),
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    minimumNoticeMinutes: row.minimumNoticeMinutes,
    maxPerDay: row.maxPerDay,
  });
  return parsed.success ? parsed.data : EMPTY;
}

export async function getAvailability(
  ctx: AppContext,
  props: { workspaceId: string; agentId: string },
): Promise<AgentAvailability> {
  const agent = await findAgent(ctx.db, props.workspaceId, props.agentId);
  const row = await findAvailabilityRow(ctx.db, props.workspaceId, agent.id);
  const availability = row ? availabilityFromRow(row) : EMPTY;
  const zone = availability.timezone ?? agent.timezone ?? (await workspaceZone(ctx.db, props.workspaceId));
  return {
    ...availability,
    agentId: agent.id,
    effectiveTimezone: zone,
    configured: row !== undefined,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** An agent may set their own hours; owners, admins and API keys anyone's. */
function mayEdit(by: Actor | undefined, agentId: string): boolean {
  if (!by || by.type === 'api_key') return true;
  return by.role !== 'agent' || by.userId === agentId;
}

export async function setAvailability(
  ctx: AppContext,
  props: {
    workspaceId: string;
    agentId: string;
    availability: AvailabilityInput;
    by?: Actor | undefined;
    ip?: string | undefined;
  },
): Promise<AgentAvailability> {
  const agent = await findAgent(ctx.db, props.workspaceId, props.agentId);
  if (!mayEdit(props.by, agent.id)) throw forbidden('Agents may only change their own availability');
  const availability = availabilityBody.parse(props.availability);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await upsertAvailabilityRow(trx, {
      agentId: agent.id,
      workspaceId: props.workspaceId,
      timezone: availability.timezone,
      weekly: toJson(availability.weekly),
      overrides: toJson(availability.overrides),
      timeOff: toJson(availability.timeOff),
      bufferBeforeMinutes: availability.bufferBeforeMinutes,
      bufferAfterMinutes: availability.bufferAfterMinutes,
      minimumNoticeMinutes: availability.minimumNoticeMinutes,
      maxPerDay: availability.maxPerDay,
      updatedAt: now.toISOString(),
    });
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'availability.changed',
      target: { type: 'user', id: agent.id },
      details: {
        timezone: availability.timezone,
        overrides: availability.overrides.length,
        timeOff: availability.timeOff.length,
      },
      ip: props.ip,
      at: now,
    });
  });
  return getAvailability(ctx, { workspaceId: props.workspaceId, agentId: agent.id });
}
