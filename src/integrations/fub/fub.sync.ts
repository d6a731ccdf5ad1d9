import { factsOf, readProfile } from '../../conversations/profile.js';
import { describeProfile } from '../../conversations/summary.js';
import { fromJson } from '../../db/schema.js';
import type { AppContext } from '../../http/context.js';
import type { DomainEventRow } from '../../jobs/domain-events.js';
import { findContact, findLead, listInquiries } from '../../leads/leads.repository.js';
import type { LeadRow } from '../../leads/leads.table.js';
import { listLeadMessages } from '../../messaging/messaging.repository.js';
import { findAppointmentRow } from '../../scheduling/appointments.repository.js';
import { findUser } from '../../workspaces/users.repository.js';
import { findWorkspace } from '../../workspaces/workspaces.repository.js';
import { type FubCredentials, fubRequest } from './fub.client.js';
import {
  deleteLink,
  findFubConnection,
  findLinkByLocal,
  insertLinkOnce,
  updateFubConnection,
} from './fub.repository.js';
import { fubCredentialsOf, fubSettingsOf } from './fub.service.js';
import type { FubConnectionRow } from './fub.table.js';

/** Thrown when an event reaches Follow Up Boss before its lead does: the job tries again later. */
export class FubNotLinkedYet extends Error {
  constructor(leadId: string) {
    super(`lead ${leadId} is not in Follow Up Boss yet`);
    this.name = 'FubNotLinkedYet';
  }
}

interface SyncContext {
  ctx: AppContext;
  connection: FubConnectionRow;
  credentials: FubCredentials;
  event: DomainEventRow;
}

/**
 * Carries one event to Follow Up Boss: a new lead as an event (so its own automations run), a stage change
 * as the mapped stage, a handoff as a note with the conversation summary, appointments as appointments.
 * Every call is safe to repeat: links record what already exists there.
 */
export async function syncEventToFub(ctx: AppContext, event: DomainEventRow): Promise<void> {
  const connection = await findFubConnection(ctx.db, event.workspaceId);
  if (!connection?.enabled) return;
  const sync: SyncContext = { ctx, connection, credentials: fubCredentialsOf(ctx, connection), event };
  const lead = event.leadId ? await findLead(ctx.db, event.workspaceId, event.leadId) : undefined;
  if (!lead) return;
  if (event.type === 'lead.created') return pushNewLead(sync, lead);
  const person = await findLinkByLocal(ctx.db, event.workspaceId, 'person', lead.id);
  if (!person) {
    // A lead from before the connection is not there and never will be; a new one is on its way.
    if (lead.createdAt < connection.createdAt) return;
    throw new FubNotLinkedYet(lead.id);
  }
  const personId = Number(person.remoteId);
  if (event.type === 'lead.stage_changed') return pushStage(sync, personId);
  if (event.type === 'handoff.requested') return pushHandoffNote(sync, lead, personId);
  if (event.type.startsWith('appointment.')) return pushAppointment(sync, lead, personId);
}

function eventTypeOf(
  lead: LeadRow,
  inquiry: { message: string | null; property: unknown } | undefined,
): string {
  if (lead.leadType === 'seller') return 'Seller Inquiry';
  const property = fromJson<Record<string, unknown> | null>(inquiry?.property);
  if (property && (property.address || property.mlsNumber)) return 'Property Inquiry';
  if (inquiry?.message) return 'General Inquiry';
  return 'Registration';
}

async function fubUserIdOf(sync: SyncContext, userId: string | null): Promise<number | undefined> {
  if (!userId) return undefined;
  const { ctx, event } = sync;
  const known = await findLinkByLocal(ctx.db, event.workspaceId, 'user', userId);
  if (known) return Number(known.remoteId);
  const user = await findUser(ctx.db, event.workspaceId, userId);
  if (!user) return undefined;
  const found = await fubRequest<{ users?: Array<{ id: number; email?: string }> }>(ctx, sync.credentials, {
    method: 'GET',
    path: `/users?email=${encodeURIComponent(user.email)}`,
  });
  const match = found.users?.find((u) => u.email?.toLowerCase() === user.email.toLowerCase());
  if (!match) return undefined;
  await insertLinkOnce(ctx.db, {
    workspaceId: event.workspaceId,
    kind: 'user',
    localId: userId,
    remoteId: String(match.id),
    createdAt: ctx.clock.now().toISOString(),
  });
  return match.id;
}

async function pushNewLead(sync: SyncContext, lead: LeadRow): Promise<void> {
  const { ctx, event } = sync;
  // A lead that came from Follow Up Boss is there already.
  if (await findLinkByLocal(ctx.db, event.workspaceId, 'person', lead.id)) return;
  const contact = await findContact(ctx.db, event.workspaceId, lead.contactId);
  if (!contact) return;
  const inquiry = (await listInquiries(ctx.db, event.workspaceId, lead.id)).at(-1);
  const property = fromJson<Record<string, unknown> | null>(inquiry?.property) ?? {};
  const [firstName, ...rest] = (contact.name ?? '').trim().split(/\s+/);
  const assignedUserId = await fubUserIdOf(sync, lead.assignedUserId);
  const tags = fromJson<string[] | null>(lead.tags) ?? [];
  const body = {
    source: lead.source,
    system: sync.credentials.systemName,
    type: eventTypeOf(lead, inquiry),
    message: inquiry?.message ?? undefined,
    person: {
      ...(firstName ? { firstName } : {}),
      ...(rest.length > 0 ? { lastName: rest.join(' ') } : {}),
      ...(contact.email ? { emails: [{ value: contact.email }] } : {}),
      ...(contact.phone ? { phones: [{ value: contact.phone }] } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      ...(assignedUserId !== undefined ? { assignedUserId } : {}),
    },
    ...(Object.keys(property).length > 0
      ? {
          property: {
            street: property.address,
            city: property.city,
            state: property.state,
            code: property.zip,
            price: property.price,
            mlsNumber: property.mlsNumber,
            url: property.url,
          },
        }
      : {}),
  };
  const created = await fubRequest<{ id?: number }>(ctx, sync.credentials, {
    method: 'POST',
    path: '/events',
    body,
  });
  if (typeof created.id === 'number')
    await insertLinkOnce(ctx.db, {
      workspaceId: event.workspaceId,
      kind: 'person',
      localId: lead.id,
      remoteId: String(created.id),
      createdAt: ctx.clock.now().toISOString(),
    });
}

async function pushStage(sync: SyncContext, personId: number): Promise<void> {
  const to = fromJson<{ to?: string }>(sync.event.data).to;
  const stage = to
    ? fubSettingsOf(sync.connection).stageMap[to as keyof ReturnType<typeof fubSettingsOf>['stageMap']]
    : undefined;
  if (!stage) return;
  await fubRequest(sync.ctx, sync.credentials, {
    method: 'PUT',
    path: `/people/${personId}`,
    body: { stage },
  });
}

async function pushHandoffNote(sync: SyncContext, lead: LeadRow, personId: number): Promise<void> {
  const { ctx, event } = sync;
  const workspace = await findWorkspace(ctx.db, event.workspaceId);
  const zone = workspace?.timezone ?? 'UTC';
  const reason = fromJson<{ reason?: string }>(event.data).reason;
  const history = (await listLeadMessages(ctx.db, event.workspaceId, lead.id)).slice(-6);
  const body = [
    `Handed to the team${reason ? `: ${reason.replace(/_/g, ' ')}` : ''}.`,
    `What we know: ${describeProfile(factsOf(readProfile(lead.profile)), zone)}. Score ${lead.score}/100.`,
    ...(history.length > 0 ? ['Last messages:'] : []),
    ...history.map(
      (m) =>
        `${m.direction === 'inbound' ? 'Lead' : m.author === 'agent' ? 'Agent' : 'Assistant'}: ${m.body.slice(0, 300)}`,
    ),
  ].join('\n');
  await fubRequest(ctx, sync.credentials, {
    method: 'POST',
    path: '/notes',
    body: { personId, subject: 'Conversation summary and handoff', body, isHtml: false },
  });
}

async function pushAppointment(sync: SyncContext, lead: LeadRow, personId: number): Promise<void> {
  const { ctx, event } = sync;
  if (!event.subjectId) return;
  const appointment = await findAppointmentRow(ctx.db, event.workspaceId, event.subjectId);
  if (!appointment) return;
  const linked = await findLinkByLocal(ctx.db, event.workspaceId, 'appointment', appointment.id);
  if (event.type === 'appointment.cancelled') {
    if (!linked) return;
    await fubRequest(ctx, sync.credentials, { method: 'DELETE', path: `/appointments/${linked.remoteId}` });
    await deleteLink(ctx.db, event.workspaceId, 'appointment', appointment.id);
    return;
  }
  const agentId = await fubUserIdOf(sync, appointment.agentId);
  const contact = await findContact(ctx.db, event.workspaceId, lead.contactId);
  const body = {
    title: `Appointment with ${contact?.name ?? 'a lead'}`,
    start: appointment.startAt,
    end: appointment.endAt,
    location: appointment.locationText ?? appointment.locationKind,
    invitees: [{ personId }, ...(agentId !== undefined ? [{ userId: agentId }] : [])],
  };
  if (linked) {
    await fubRequest(ctx, sync.credentials, {
      method: 'PUT',
      path: `/appointments/${linked.remoteId}`,
      body,
    });
    return;
  }
  const created = await fubRequest<{ id?: number }>(ctx, sync.credentials, {
    method: 'POST',
    path: '/appointments',
    body,
  });
  if (typeof created.id === 'number')
    await insertLinkOnce(ctx.db, {
      workspaceId: event.workspaceId,
      kind: 'appointment',
      localId: appointment.id,
      remoteId: String(created.id),
      createdAt: ctx.clock.now().toISOString(),
    });
}

/** Remembers why the last call failed, for the Integrations screen. */
export async function noteFubError(
  ctx: AppContext,
  workspaceId: string,
  message: string | null,
): Promise<void> {
  await updateFubConnection(ctx.db, workspaceId, { lastError: message?.slice(0, 500) ?? null });
}
