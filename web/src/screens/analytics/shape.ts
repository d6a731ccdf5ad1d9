import { DateTime } from 'luxon';
import { buildUrl } from '../../api/client.ts';
import { formatSpeed } from '../../components/time-format.ts';

export interface SpeedToLead {
  overall: {
    count: number;
    respondedCount: number;
    medianSeconds: number | null;
    p90Seconds: number | null;
    buckets: Array<{ label: string; count: number }>;
  };
  bySource: Array<{ source: string; count: number; medianSeconds: number | null }>;
  byAgent: Array<{
    agentId: string | null;
    agentName: string | null;
    count: number;
    medianSeconds: number | null;
  }>;
}

export interface Funnel {
  stages: Array<{ stage: string; count: number }>;
}

export interface DailyRow {
  date: string;
  leads: number;
  inbound: number;
  outbound: number;
  optOuts: number;
}

export interface DateRange {
  from: string;
  to: string;
}

/** The last `days` days up to today in the zone, both ends included. */
export function defaultRange(zone: string, now: Date, days = 30): DateRange {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  return { from: today.minus({ days: days - 1 }).toISODate() ?? '', to: today.toISODate() ?? '' };
}

/** Checks a range typed by the user: real dates, in order, at most a year and a bit. */
export function rangeProblem(range: DateRange): string | null {
  const from = DateTime.fromISO(range.from);
  const to = DateTime.fromISO(range.to);
  if (!from.isValid || !to.isValid) return 'Pick both dates';
  if (to < from) return 'The end date is before the start date';
  if (to.diff(from, 'days').days > 400) return 'Pick at most 400 days';
  return null;
}

/** The API's query for whole local days: from the first midnight to the midnight after the last day. */
export function rangeQuery(range: DateRange, zone: string): { from: string; to: string; tz: string } {
  const from = DateTime.fromISO(range.from, { zone }).startOf('day');
  const to = DateTime.fromISO(range.to, { zone }).startOf('day').plus({ days: 1 });
  return { from: from.toUTC().toISO() ?? '', to: to.toUTC().toISO() ?? '', tz: zone };
}

export function csvUrl(path: string, query: Record<string, string>): string {
  return buildUrl(path, { ...query, format: 'csv' });
}

export interface FunnelRow {
  stage: string;
  label: string;
  count: number;
  /** Share of the first stage, 0–100. */
  ofFirst: number;
  /** Share of the stage before, 0–100; null for the first. */
  ofPrevious: number | null;
}

const STAGE_LABELS: Record<string, string> = {
  new: 'New',
  engaged: 'Engaged',
  qualified: 'Qualified',
  appointment: 'Appointment',
};

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

export function funnelRows(funnel: Funnel): FunnelRow[] {
  const first = funnel.stages[0]?.count ?? 0;
  return funnel.stages.map((stage, i) => {
    const previous = i > 0 ? funnel.stages[i - 1] : undefined;
    return {
      stage: stage.stage,
      label: STAGE_LABELS[stage.stage] ?? stage.stage.replace(/_/g, ' '),
      count: stage.count,
      ofFirst: percent(stage.count, first),
      ofPrevious: previous ? percent(stage.count, previous.count) : null,
    };
  });
}

/**
 * Every day of the range in order, with zeros for days the API left out (a day with no traffic), as the
 * columns uPlot takes: x in Unix seconds at local noon (so a DST change never moves a point to the
 * neighbouring day), then one series per measure.
 */
export function dailySeries(
  rows: DailyRow[],
  range: DateRange,
  zone: string,
): { days: DailyRow[]; columns: number[][] } {
  const byDate = new Map(rows.map((row) => [row.date, row]));
  const days: DailyRow[] = [];
  const x: number[] = [];
  const last = DateTime.fromISO(range.to, { zone });
  for (let day = DateTime.fromISO(range.from, { zone }); day <= last; day = day.plus({ days: 1 })) {
    const date = day.toISODate() ?? '';
    days.push(byDate.get(date) ?? { date, leads: 0, inbound: 0, outbound: 0, optOuts: 0 });
    x.push(day.set({ hour: 12 }).toSeconds());
  }
  return {
    days,
    columns: [
      x,
      days.map((d) => d.leads),
      days.map((d) => d.inbound),
      days.map((d) => d.outbound),
      days.map((d) => d.optOuts),
    ],
  };
}

export interface Bar {
  label: string;
  value: number;
  /** 0–1 of the longest bar. */
  share: number;
}

export function bars(items: Array<{ label: string; value: number }>): Bar[] {
  const max = Math.max(0, ...items.map((item) => item.value));
  return items.map((item) => ({ ...item, share: max > 0 ? item.value / max : 0 }));
}

/** Sources and agents, quickest median first; those with no response yet go last. */
export function byMedian<T extends { medianSeconds: number | null; count: number }>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      (a.medianSeconds ?? Number.POSITIVE_INFINITY) - (b.medianSeconds ?? Number.POSITIVE_INFINITY) ||
      b.count - a.count,
  );
}

export function totals(days: DailyRow[]): Omit<DailyRow, 'date'> {
  return days.reduce(
    (sum, d) => ({
      leads: sum.leads + d.leads,
      inbound: sum.inbound + d.inbound,
      outbound: sum.outbound + d.outbound,
      optOuts: sum.optOuts + d.optOuts,
    }),
    { leads: 0, inbound: 0, outbound: 0, optOuts: 0 },
  );
}

/** "0.4 s", "12 s", "3 min", "—": as the inbox writes a lead's speed to lead. */
export const formatSeconds = formatSpeed;
