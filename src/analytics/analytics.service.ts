import { DateTime } from 'luxon';
import type { AppContext } from '../http/context.js';
import { badRequest, notFound } from '../platform/errors.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import {
  dailyInstants,
  type LeadFacts,
  leadsReceived,
  leadsThatReplied,
  leadsWithAppointments,
  type Range,
} from './analytics.repository.js';
import { type Daily, type Funnel, SPEED_BUCKETS, type SpeedToLead } from './analytics.schema.js';
import { groupBy, median, percentile } from './stats.js';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 400;

/** The range asked for, or the 30 days up to now; at most about a year. */
export function resolveRange(
  ctx: AppContext,
  query: { from?: string | undefined; to?: string | undefined },
): Range {
  const to = query.to ? new Date(query.to) : ctx.clock.now();
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (from.getTime() >= to.getTime())
    throw badRequest('`from` must be before `to`', undefined, 'invalid_range');
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) {
    throw badRequest(`A range may span ${MAX_DAYS} days at most`, undefined, 'invalid_range');
  }
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Seconds from receipt to the provider accepting the first text; null while unanswered. */
export function responseSeconds(lead: Pick<LeadFacts, 'receivedAt' | 'firstResponseSentAt'>): number | null {
  if (!lead.firstResponseSentAt) return null;
  return Math.max(0, (Date.parse(lead.firstResponseSentAt) - Date.parse(lead.receivedAt)) / 1000);
}

export function bucketOf(seconds: number | null): (typeof SPEED_BUCKETS)[number] {
  if (seconds === null) return 'no response';
  if (seconds < 10) return '<10s';
  if (seconds < 60) return '<1m';
  if (seconds < 300) return '<5m';
  if (seconds < 3600) return '<1h';
  return '≥1h';
}

const answered = (leads: LeadFacts[]) => leads.flatMap((lead) => responseSeconds(lead) ?? []);

export async function speedToLead(
  ctx: AppContext,
  props: { workspaceId: string; range: Range },
): Promise<SpeedToLead> {
  const leads = await leadsReceived(ctx.db, props.workspaceId, props.range);
  const times = answered(leads);
  const buckets = new Map<string, number>(SPEED_BUCKETS.map((label) => [label, 0]));
  for (const lead of leads) {
    const label = bucketOf(responseSeconds(lead));
    buckets.set(label, (buckets.get(label) ?? 0) + 1);
  }
  const bySource = [...groupBy(leads, (lead) => lead.source)]
    .map(([source, group]) => ({ source, count: group.length, medianSeconds: median(answered(group)) }))
    .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
  const byAgent = [
    ...groupBy(
      leads.filter((lead) => lead.assignedUserId !== null),
      (lead) => lead.assignedUserId,
    ),
  ]
    .map(([agentId, group]) => ({
      agentId: agentId ?? '',
      agentName: group[0]?.assignedUserName ?? null,
      count: group.length,
      medianSeconds: median(answered(group)),
    }))
    .sort((a, b) => b.count - a.count || a.agentId.localeCompare(b.agentId));
  return {
    ...props.range,
    overall: {
      count: leads.length,
      respondedCount: times.length,
      medianSeconds: median(times),
      p90Seconds: percentile(times, 0.9),
      buckets: SPEED_BUCKETS.map((label) => ({ label, count: buckets.get(label) ?? 0 })),
    },
    bySource,
    byAgent,
  };
}

const QUALIFIED_STAGES = new Set(['qualified', 'appointment']);

/**
 * Leads received in the range, and how far each got. Cumulative: a lead with an appointment counts as
 * qualified, engaged and new too. Engaged: it texted back at least once. Qualified: its stage is
 * qualified or appointment now, or it ever had an appointment. Appointment: it ever had one booked.
 */
export async function funnel(ctx: AppContext, props: { workspaceId: string; range: Range }): Promise<Funnel> {
  const [leads, replied, booked] = await Promise.all([
    leadsReceived(ctx.db, props.workspaceId, props.range),
    leadsThatReplied(ctx.db, props.workspaceId, props.range),
    leadsWithAppointments(ctx.db, props.workspaceId, props.range),
  ]);
  let engaged = 0;
  let qualified = 0;
  let appointment = 0;
  for (const lead of leads) {
    const hasAppointment = booked.has(lead.id) || lead.stage === 'appointment';
    const isQualified = hasAppointment || QUALIFIED_STAGES.has(lead.stage);
    if (hasAppointment) appointment += 1;
    if (isQualified) qualified += 1;
    if (isQualified || replied.has(lead.id)) engaged += 1;
  }
  return {
    ...props.range,
    stages: [
      { stage: 'new', count: leads.length },
      { stage: 'engaged', count: engaged },
      { stage: 'qualified', count: qualified },
      { stage: 'appointment', count: appointment },
    ],
  };
}

/** Counts per local day in `timezone` (default the workspace's), every day of the range listed. */
export async function daily(
  ctx: AppContext,
  props: { workspaceId: string; range: Range; timezone?: string | undefined },
): Promise<Daily> {
  const workspace = await findWorkspace(ctx.db, props.workspaceId);
  if (!workspace) throw notFound('Workspace');
  const zone = props.timezone ?? workspace.timezone;
  const facts = await dailyInstants(ctx.db, props.workspaceId, props.range);
  const dateOf = (at: string) => DateTime.fromISO(at, { zone: 'utc' }).setZone(zone).toISODate() ?? '';

  const days = new Map<string, Daily['days'][number]>();
  const last = dateOf(new Date(Date.parse(props.range.to) - 1).toISOString());
  const first = DateTime.fromISO(props.range.from, { zone: 'utc' }).setZone(zone).startOf('day');
  for (let n = 0; n <= MAX_DAYS + 1; n += 1) {
    const date = first.plus({ days: n }).toISODate();
    if (!date || date > last) break;
    days.set(date, { date, leads: 0, inbound: 0, outbound: 0, optOuts: 0 });
  }
  const count = (ats: string[], field: 'leads' | 'inbound' | 'outbound' | 'optOuts') => {
    for (const at of ats) {
      const entry = days.get(dateOf(at));
      if (entry) entry[field] += 1;
    }
  };
  count(facts.leads, 'leads');
  count(facts.inbound, 'inbound');
  count(facts.outbound, 'outbound');
  count(facts.optOuts, 'optOuts');
  return { ...props.range, timezone: zone, days: [...days.values()] };
}
