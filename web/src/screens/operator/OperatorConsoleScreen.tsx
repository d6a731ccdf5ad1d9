import { useState } from 'react';
import { type ApiError, api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Table } from '../../components/Table.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { TemplatesSection } from './TemplatesSection.tsx';

interface ConsoleRow {
  id: string;
  slug: string;
  name: string;
  status: 'active' | 'suspended';
  billing: { mode: 'plan' | 'wallet'; status: string } | null;
  usage: Record<string, number>;
  textsBlocked: number;
  textsDeferred: number;
  optOutRate: number | null;
  deliveryFailureRate: number | null;
  a2pStatus: string;
}

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

function usageSummary(usage: Record<string, number>): string {
  const parts = [
    ['lead_received', 'leads'],
    ['sms_segment_out', 'segments out'],
    ['sms_segment_in', 'segments in'],
    ['mms_in', 'MMS in'],
    ['voice_minute', 'call minutes'],
  ]
    .filter(([unit]) => (usage[unit as string] ?? 0) > 0)
    .map(([unit, label]) => `${usage[unit as string]} ${label}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** Platform operators: every workspace with this month's figures, and what an operator may do to it. */
export function OperatorConsoleScreen() {
  useDocumentTitle('Workspaces');
  const { data, error, reload } = useApi(
    (signal) => api<{ period: { from: string }; items: ConsoleRow[] }>('/operator/console', { signal }),
    [],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | Error | null>(null);

  async function setSuspended(row: ConsoleRow, suspend: boolean) {
    setBusy(row.id);
    setActionError(null);
    try {
      await api(`/operator/workspaces/${row.id}/${suspend ? 'suspend' : 'resume'}`, { method: 'POST' });
      reload();
    } catch (failure) {
      setActionError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section>
      <h1>Workspaces</h1>
      <ErrorBanner error={error ?? actionError} onRetry={reload} />
      {data && (
        <>
          <p>Figures since {data.period.from} (UTC).</p>
          <Table
            caption="Workspaces"
            rows={data.items}
            rowKey={(row) => row.id}
            columns={[
              { key: 'name', header: 'Name', render: (row) => row.name },
              { key: 'status', header: 'Status', render: (row) => row.status },
              {
                key: 'billing',
                header: 'Billing',
                render: (row) => (row.billing ? `${row.billing.mode} (${row.billing.status})` : 'none'),
              },
              { key: 'usage', header: 'Usage this month', render: (row) => usageSummary(row.usage) },
              { key: 'blocked', header: 'Blocked', numeric: true, render: (row) => row.textsBlocked },
              { key: 'deferred', header: 'Deferred', numeric: true, render: (row) => row.textsDeferred },
              {
                key: 'optout',
                header: 'Opt-out rate',
                numeric: true,
                render: (row) => percent(row.optOutRate),
              },
              {
                key: 'failures',
                header: 'Delivery failures',
                numeric: true,
                render: (row) => percent(row.deliveryFailureRate),
              },
              { key: 'a2p', header: 'A2P 10DLC', render: (row) => row.a2pStatus.replace('_', ' ') },
              {
                key: 'actions',
                header: 'Actions',
                render: (row) => (
                  <Button
                    busy={busy === row.id}
                    variant={row.status === 'active' ? 'danger' : 'secondary'}
                    aria-label={`${row.status === 'active' ? 'Suspend' : 'Resume'} ${row.name}`}
                    onClick={() => void setSuspended(row, row.status === 'active')}
                  >
                    {row.status === 'active' ? 'Suspend' : 'Resume'}
                  </Button>
                ),
              },
            ]}
          />
          <TemplatesSection workspaces={data.items} onWorkspacesChanged={() => void reload()} />
        </>
      )}
    </section>
  );
}
