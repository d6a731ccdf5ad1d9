import '../appointments/appointments.css';
import './analytics.css';
import { type FormEvent, useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import { isManager, useUser } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDay, useViewerZone } from '../../components/Time.tsx';
import { BarChart } from './BarChart.tsx';
import { LineChart } from './LineChart.tsx';
import {
  byMedian,
  csvUrl,
  type DailyRow,
  type DateRange,
  dailySeries,
  defaultRange,
  type Funnel,
  formatSeconds,
  funnelRows,
  rangeProblem,
  rangeQuery,
  type SpeedToLead,
  totals,
} from './shape.ts';
import { UsageSection } from './UsageSection.tsx';

const SERIES = [
  { label: 'New leads', color: '#1f5fbf' },
  { label: 'Texts in', color: '#0f766e' },
  { label: 'Texts out', color: '#8a5cf6' },
  { label: 'Opt-outs', color: '#b42318' },
];

const seconds = formatSeconds;

function Download({ path, query, what }: { path: string; query: Record<string, string>; what: string }) {
  return (
    <a className="button button-link download" href={csvUrl(path, query)} download>
      Download CSV<span className="visually-hidden"> of {what}</span>
    </a>
  );
}

interface MedianByProps<Row> {
  /** What the leads are grouped by, as the headings say it: "source", "agent". */
  by: string;
  header: string;
  rows: Row[];
  label(row: Row): string;
  rowKey(row: Row): string;
}

/** The median time to first response per group, fastest first, as a chart and a table. */
function MedianBy<Row extends { medianSeconds: number | null; count: number }>({
  by,
  header,
  rows,
  label,
  rowKey,
}: MedianByProps<Row>) {
  const sorted = byMedian(rows);
  return (
    <div>
      <h3>Median by {by}</h3>
      <BarChart
        title={`Median time to first response by ${by}`}
        unit=""
        format={formatSeconds}
        items={sorted
          .filter((row) => row.medianSeconds !== null)
          .map((row) => ({ label: label(row), value: row.medianSeconds ?? 0 }))}
      />
      <Table
        caption={`Speed to lead by ${by}`}
        columns={[
          { key: by, header, render: label },
          { key: 'count', header: 'Leads', render: (row) => row.count, numeric: true },
          { key: 'median', header: 'Median', render: (row) => seconds(row.medianSeconds), numeric: true },
        ]}
        rows={sorted}
        rowKey={rowKey}
        empty={<p className="muted">No leads in this range.</p>}
      />
    </div>
  );
}

/** Speed to lead, the funnel and daily traffic for a date range, as charts, tables and CSV downloads. */
export function AnalyticsScreen() {
  const user = useUser();
  if (!isManager(user)) {
    return (
      <section>
        <h1>Analytics</h1>
        <p>Analytics are for the workspace's admins and owners.</p>
      </section>
    );
  }
  return <AnalyticsBody />;
}

function AnalyticsBody() {
  const zone = useViewerZone();
  const initial = useMemo(() => defaultRange(zone, new Date()), [zone]);
  const [draft, setDraft] = useState<DateRange>(initial);
  const [range, setRange] = useState<DateRange>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const query = rangeQuery(range, zone);
  const speed = useApi(
    (signal) =>
      api<SpeedToLead>('/analytics/speed-to-lead', { query: { from: query.from, to: query.to }, signal }),
    [query.from, query.to],
  );
  const funnel = useApi(
    (signal) => api<Funnel>('/analytics/funnel', { query: { from: query.from, to: query.to }, signal }),
    [query.from, query.to],
  );
  const daily = useApi(
    (signal) => api<{ days: DailyRow[] }>('/analytics/daily', { query, signal }),
    [query.from, query.to, query.tz],
  );
  const series = useMemo(
    () => (daily.data ? dailySeries(daily.data.days, range, zone) : null),
    [daily.data, range, zone],
  );

  function apply(event: FormEvent) {
    event.preventDefault();
    const issue = rangeProblem(draft);
    setProblem(issue);
    if (!issue) setRange(draft);
  }

  const sum = series ? totals(series.days) : null;
  const funnelTable = funnel.data ? funnelRows(funnel.data) : [];
  return (
    <section className="analytics-screen" aria-labelledby="analytics-title">
      <header className="screen-header">
        <h1 id="analytics-title">Analytics</h1>
      </header>
      <form className="toolbar" onSubmit={apply} aria-label="Date range">
        <Field
          label="From"
          type="date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <Field
          label="To"
          type="date"
          value={draft.to}
          error={problem}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <Button type="submit" variant="primary">
          Show
        </Button>
        <span className="muted">Days in {zone}</span>
      </form>

      <section className="card" aria-labelledby="speed-title">
        <div className="card-header">
          <h2 id="speed-title">Speed to lead</h2>
          <Download
            path="/analytics/speed-to-lead"
            query={{ from: query.from, to: query.to }}
            what="speed to lead"
          />
        </div>
        <ErrorBanner error={speed.error} onRetry={() => void speed.reload()} />
        {speed.loading && !speed.data && <p role="status">Loading…</p>}
        {speed.data && (
          <>
            <dl className="stats">
              <div>
                <dt>Leads</dt>
                <dd>{speed.data.overall.count}</dd>
              </div>
              <div>
                <dt>Answered</dt>
                <dd>{speed.data.overall.respondedCount}</dd>
              </div>
              <div>
                <dt>Median</dt>
                <dd>{seconds(speed.data.overall.medianSeconds)}</dd>
              </div>
              <div>
                <dt>90th percentile</dt>
                <dd>{seconds(speed.data.overall.p90Seconds)}</dd>
              </div>
            </dl>
            <h3>Time to first response</h3>
            <BarChart
              title="Leads by time to first response"
              unit="leads"
              items={speed.data.overall.buckets.map((b) => ({ label: b.label, value: b.count }))}
            />
            <Table
              caption="Leads by time to first response"
              columns={[
                { key: 'label', header: 'Response time', render: (b) => b.label },
                { key: 'count', header: 'Leads', render: (b) => b.count, numeric: true },
              ]}
              rows={speed.data.overall.buckets}
              rowKey={(b) => b.label}
            />
            <div className="two-columns">
              <MedianBy
                by="source"
                header="Source"
                rows={speed.data.bySource}
                label={(s) => s.source}
                rowKey={(s) => s.source}
              />
              <MedianBy
                by="agent"
                header="Agent"
                rows={speed.data.byAgent}
                label={(a) => a.agentName ?? 'Unassigned'}
                rowKey={(a) => a.agentId ?? 'unassigned'}
              />
            </div>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="funnel-title">
        <div className="card-header">
          <h2 id="funnel-title">Funnel</h2>
          <Download path="/analytics/funnel" query={{ from: query.from, to: query.to }} what="the funnel" />
        </div>
        <ErrorBanner error={funnel.error} onRetry={() => void funnel.reload()} />
        {funnel.data && (
          <>
            <BarChart
              title="Leads reaching each stage"
              unit="leads"
              items={funnelTable.map((row) => ({ label: row.label, value: row.count }))}
            />
            <Table
              caption="Leads reaching each stage"
              columns={[
                { key: 'stage', header: 'Stage', render: (r) => r.label },
                { key: 'count', header: 'Leads', render: (r) => r.count, numeric: true },
                { key: 'first', header: 'Of new', render: (r) => `${r.ofFirst}%`, numeric: true },
                {
                  key: 'previous',
                  header: 'Of the stage before',
                  render: (r) => (r.ofPrevious === null ? '—' : `${r.ofPrevious}%`),
                  numeric: true,
                },
              ]}
              rows={funnelTable}
              rowKey={(r) => r.stage}
            />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="daily-title">
        <div className="card-header">
          <h2 id="daily-title">Messages and opt-outs per day</h2>
          <Download path="/analytics/daily" query={query} what="daily messages and opt-outs" />
        </div>
        <ErrorBanner error={daily.error} onRetry={() => void daily.reload()} />
        {series && sum && (
          <>
            <LineChart
              title="Messages and opt-outs per day"
              description={`Over ${series.days.length} days: ${sum.leads} new leads, ${sum.inbound} texts in, ${sum.outbound} texts out, ${sum.optOuts} opt-outs. Each day is in the table below.`}
              columns={series.columns}
              series={SERIES}
              zone={zone}
            />
            <details>
              <summary>Table of the days</summary>
              <Table
                caption="Messages and opt-outs per day"
                columns={[
                  { key: 'date', header: 'Day', render: (d) => formatDay(d.date) },
                  { key: 'leads', header: 'New leads', render: (d) => d.leads, numeric: true },
                  { key: 'inbound', header: 'Texts in', render: (d) => d.inbound, numeric: true },
                  { key: 'outbound', header: 'Texts out', render: (d) => d.outbound, numeric: true },
                  { key: 'optOuts', header: 'Opt-outs', render: (d) => d.optOuts, numeric: true },
                ]}
                rows={series.days}
                rowKey={(d) => d.date}
              />
            </details>
          </>
        )}
      </section>

      <UsageSection range={range} />
    </section>
  );
}
