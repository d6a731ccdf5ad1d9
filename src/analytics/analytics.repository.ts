import type { DbOrTrx } from '../db/database.js';

export interface Range {
  from: string;
  to: string;
}

export interface LeadFacts {
  id: string;
  source: string;
  stage: string;
  assignedUserId: string | null;
  assignedUserName: string | null;
  receivedAt: string;
  firstResponseSentAt: string | null;
}

/** The leads received in the range, with what speed to lead and the funnel need. */
export function leadsReceived(db: DbOrTrx, workspaceId: string, range: Range): Promise<LeadFacts[]> {
  return db
    .selectFrom('leads')
    .leftJoin('users', (join) =>
      join.onRef('users.id', '=', 'leads.assignedUserId').on('users.workspaceId', '=', workspaceId),
    )
    .select([
      'leads.id',
      'leads.source',
      'leads.stage',
      'leads.assignedUserId',
      'users.name as assignedUserName',
      'leads.receivedAt',
      'leads.firstResponseSentAt',
    ])
    .where('leads.workspaceId', '=', workspaceId)
    .where('leads.receivedAt', '>=', range.from)
    .where('leads.receivedAt', '<', range.to)
    .execute();
}

/** Of the leads received in the range, those that texted back at least once. */
export async function leadsThatReplied(db: DbOrTrx, workspaceId: string, range: Range): Promise<Set<string>> {
  const rows = await db
    .selectFrom('messages')
    .innerJoin('leads', 'leads.id', 'messages.leadId')
    .select('messages.leadId')
    .distinct()
    .where('messages.workspaceId', '=', workspaceId)
    .where('leads.workspaceId', '=', workspaceId)
    .where('messages.direction', '=', 'inbound')
    .where('leads.receivedAt', '>=', range.from)
    .where('leads.receivedAt', '<', range.to)
    .execute();
  return new Set(rows.map((r) => r.leadId));
}

/** Of the leads received in the range, those that ever had an appointment, whatever became of it. */
export async function leadsWithAppointments(
  db: DbOrTrx,
  workspaceId: string,
  range: Range,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('appointments')
    .innerJoin('leads', 'leads.id', 'appointments.leadId')
    .select('appointments.leadId')
    .distinct()
    .where('appointments.workspaceId', '=', workspaceId)
    .where('leads.workspaceId', '=', workspaceId)
    .where('leads.receivedAt', '>=', range.from)
    .where('leads.receivedAt', '<', range.to)
    .execute();
  return new Set(rows.map((r) => r.leadId));
}

export interface DailyFacts {
  leads: string[];
  inbound: string[];
  outbound: string[];
  optOuts: string[];
}

/** The instants to count by day: leads received, texts in, texts accepted by the provider, opt-outs. */
export async function dailyInstants(db: DbOrTrx, workspaceId: string, range: Range): Promise<DailyFacts> {
  const [leads, inbound, outbound, optOuts] = await Promise.all([
    db
      .selectFrom('leads')
      .select('receivedAt as at')
      .where('workspaceId', '=', workspaceId)
      .where('receivedAt', '>=', range.from)
      .where('receivedAt', '<', range.to)
      .execute(),
    db
      .selectFrom('messages')
      .select('createdAt as at')
      .where('workspaceId', '=', workspaceId)
      .where('direction', '=', 'inbound')
      .where('createdAt', '>=', range.from)
      .where('createdAt', '<', range.to)
      .execute(),
    // Sent a day or more after it was queued (quiet hours) still counts on the day it went out.
    db
      .selectFrom('messages')
      .select('sentAt as at')
      .where('workspaceId', '=', workspaceId)
      .where('direction', '=', 'outbound')
      .where('createdAt', '>=', shiftDays(range.from, -7))
      .where('createdAt', '<', range.to)
      .where('sentAt', '>=', range.from)
      .where('sentAt', '<', range.to)
      .execute(),
    // One conversational revocation per opt-out (a STOP revokes marketing too, as a second row).
    db
      .selectFrom('consentEvents')
      .select('createdAt as at')
      .where('workspaceId', '=', workspaceId)
      .where('channel', '=', 'sms')
      .where('purpose', '=', 'conversational')
      .where('action', '=', 'revoked')
      .where('createdAt', '>=', range.from)
      .where('createdAt', '<', range.to)
      .execute(),
  ]);
  const ats = (rows: { at: string | null }[]) => rows.flatMap((r) => (r.at ? [r.at] : []));
  return { leads: ats(leads), inbound: ats(inbound), outbound: ats(outbound), optOuts: ats(optOuts) };
}

function shiftDays(at: string, days: number): string {
  return new Date(new Date(at).getTime() + days * 86_400_000).toISOString();
}
