import { api, buildUrl } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Table } from '../../components/Table.tsx';
import { BarChart } from './BarChart.tsx';
import type { DateRange } from './shape.ts';

interface UsageTotal {
  unit: string;
  model: string | null;
  quantity: number;
  providerCostMicros: number;
}

const UNIT_WORDS: Record<string, string> = {
  sms_segment_out: 'Text segments out',
  sms_segment_in: 'Text segments in',
  mms_out: 'MMS out',
  mms_in: 'MMS in',
  voice_minute: 'Call minutes',
  llm_tokens_in: 'Model tokens in',
  llm_tokens_out: 'Model tokens out',
  lead_received: 'Leads received',
  email_sent: 'Emails sent',
};

export function usageLabel(total: Pick<UsageTotal, 'unit' | 'model'>): string {
  const words = UNIT_WORDS[total.unit] ?? total.unit;
  return total.model ? `${words} (${total.model})` : words;
}

/** What the workspace used in the range (its own calendar days): a bar per unit and model, and the CSV. */
export function UsageSection({ range }: { range: DateRange }) {
  const usage = useApi(
    (signal) =>
      api<{ totals: UsageTotal[] }>('/usage', { query: { from: range.from, to: range.to }, signal }),
    [range.from, range.to],
  );
  const totals = usage.data?.totals ?? [];
  return (
    <section className="card" aria-labelledby="usage-title">
      <div className="card-header">
        <h2 id="usage-title">Usage</h2>
        <a
          className="button button-link download"
          href={buildUrl('/usage.csv', { from: range.from, to: range.to })}
          download
        >
          Download CSV<span className="visually-hidden"> of usage</span>
        </a>
      </div>
      <ErrorBanner error={usage.error} onRetry={() => void usage.reload()} />
      {usage.data && (
        <>
          <BarChart
            title="Usage by unit"
            unit=""
            items={totals.map((t) => ({ label: usageLabel(t), value: t.quantity }))}
          />
          <Table
            caption="Usage by unit"
            columns={[
              { key: 'unit', header: 'Unit', render: (t) => usageLabel(t) },
              { key: 'quantity', header: 'Quantity', render: (t) => t.quantity, numeric: true },
              {
                key: 'cost',
                header: 'Provider cost',
                render: (t) => (t.providerCostMicros ? (t.providerCostMicros / 1_000_000).toFixed(4) : '—'),
                numeric: true,
              },
            ]}
            rows={totals}
            rowKey={(t) => `${t.unit}:${t.model ?? ''}`}
            empty={<p className="muted">Nothing used in this range.</p>}
          />
        </>
      )}
    </section>
  );
}
