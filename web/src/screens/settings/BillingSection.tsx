import { useState } from 'react';
import { api, buildUrl } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Table } from '../../components/Table.tsx';
import { usageLabel } from '../analytics/UsageSection.tsx';

export interface BillingAccount {
  mode: 'plan' | 'wallet' | 'none';
  currency: string;
  unitPrices: Record<string, number>;
  markupPercent: number;
  hardLimitMicros: number | null;
  period: string;
  periodChargeMicros: number;
  walletBalanceMicros: number;
  status: 'active' | 'past_due' | 'unpaid' | 'canceled';
  stripe: { connected: boolean };
  held: boolean;
  usage: { unit: string; quantity: number; included: number }[];
}

export function money(micros: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(micros / 1_000_000);
}

const STATUS_WORDS: Record<BillingAccount['status'], string> = {
  active: 'Paid up',
  past_due: 'A payment failed',
  unpaid: 'Unpaid',
  canceled: 'Subscription cancelled',
};

/** The workspace's plan or wallet, this month's use against it, and Stripe's portal for owners. */
export function BillingSection() {
  const user = useUser();
  return <BillingView owner={user.role === 'owner'} />;
}

export function BillingView({ owner }: { owner: boolean }) {
  const account = useApi((signal) => api<BillingAccount>('/billing', { signal }), []);
  const [portalError, setPortalError] = useState<Error | null>(null);
  const [opening, setOpening] = useState(false);
  const data = account.data;

  async function openPortal() {
    setOpening(true);
    setPortalError(null);
    try {
      const { url } = await api<{ url: string }>('/billing/portal', { method: 'POST' });
      window.location.assign(url);
    } catch (error) {
      setPortalError(error as Error);
    } finally {
      setOpening(false);
    }
  }

  return (
    <section className="card" aria-labelledby="billing-title">
      <div className="card-header">
        <h2 id="billing-title">Billing</h2>
        {data && (
          <a
            className="button button-link download"
            href={buildUrl('/billing/invoice.csv', { month: data.period })}
            download
          >
            Invoice CSV<span className="visually-hidden"> for {data.period}</span>
          </a>
        )}
      </div>
      <ErrorBanner error={account.error} onRetry={() => void account.reload()} />
      {data && (
        <>
          {data.held && (
            <p role="alert" className="notice">
              {data.mode === 'wallet'
                ? 'Prepaid credit is used up: automated texts wait until the wallet is topped up.'
                : "This month's limit is reached: automated texts wait until it is raised or the month ends."}{' '}
              Replies to STOP and HELP and your own texts still go.
            </p>
          )}
          <dl className="facts">
            <dt>Billing</dt>
            <dd>
              {data.mode === 'plan'
                ? 'Monthly plan'
                : data.mode === 'wallet'
                  ? 'Prepaid wallet'
                  : 'No plan set'}
            </dd>
            {data.mode === 'wallet' ? (
              <>
                <dt>Wallet balance</dt>
                <dd>{money(data.walletBalanceMicros, data.currency)}</dd>
              </>
            ) : (
              <>
                <dt>This month ({data.period})</dt>
                <dd>
                  {money(data.periodChargeMicros, data.currency)}
                  {data.hardLimitMicros !== null && ` of ${money(data.hardLimitMicros, data.currency)} limit`}
                </dd>
              </>
            )}
            {data.stripe.connected && (
              <>
                <dt>Payments</dt>
                <dd>{STATUS_WORDS[data.status]}</dd>
              </>
            )}
          </dl>
          {data.hardLimitMicros !== null && data.mode === 'plan' && (
            <progress
              aria-label="Share of the monthly limit used"
              max={data.hardLimitMicros}
              value={Math.min(data.periodChargeMicros, data.hardLimitMicros)}
            />
          )}
          <Table
            caption="Use this month"
            columns={[
              { key: 'unit', header: 'Unit', render: (u) => usageLabel({ unit: u.unit, model: null }) },
              { key: 'quantity', header: 'Used', render: (u) => u.quantity, numeric: true },
              { key: 'included', header: 'Included', render: (u) => u.included || '—', numeric: true },
            ]}
            rows={data.usage}
            rowKey={(u) => u.unit}
            empty={<p className="muted">Nothing used this month.</p>}
          />
          {owner && data.stripe.connected && (
            <Button onClick={() => void openPortal()} busy={opening}>
              Manage payment and invoices
            </Button>
          )}
          <ErrorBanner error={portalError} />
        </>
      )}
    </section>
  );
}
