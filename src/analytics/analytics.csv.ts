import type { Daily, Funnel, SpeedToLead } from './analytics.schema.js';
import { toCsv } from './csv.js';

/** One table: the overall figures, the buckets, then each source and each agent. */
export function speedToLeadCsv(result: SpeedToLead): string {
  const { overall } = result;
  return toCsv(
    ['group', 'key', 'name', 'count', 'responded_count', 'median_seconds', 'p90_seconds'],
    [
      ['overall', '', '', overall.count, overall.respondedCount, overall.medianSeconds, overall.p90Seconds],
      ...overall.buckets.map((b) => ['bucket', b.label, '', b.count, null, null, null] as const),
      ...result.bySource.map((s) => ['source', s.source, '', s.count, null, s.medianSeconds, null] as const),
      ...result.byAgent.map(
        (a) => ['agent', a.agentId, a.agentName, a.count, null, a.medianSeconds, null] as const,
      ),
    ],
  );
}

export function funnelCsv(result: Funnel): string {
  return toCsv(
    ['stage', 'count'],
    result.stages.map((s) => [s.stage, s.count]),
  );
}

export function dailyCsv(result: Daily): string {
  return toCsv(
    ['date', 'leads', 'inbound', 'outbound', 'opt_outs'],
    result.days.map((d) => [d.date, d.leads, d.inbound, d.outbound, d.optOuts]),
  );
}
