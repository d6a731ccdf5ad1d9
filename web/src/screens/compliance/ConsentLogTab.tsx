import { useState } from 'react';
import { Link } from 'wouter';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SelectField } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';
import { formatTime, Time, useViewerZone } from '../../components/Time.tsx';
import { type ConsentLogEntry, evidenceLines, type OptOut, sourceLabel } from './compliance.ts';
import { usePaged } from './use-paged.ts';

function Evidence({ entry }: { entry: ConsentLogEntry }) {
  const zone = useViewerZone();
  const lines = evidenceLines(entry.evidence, (iso) => formatTime(iso, zone));
  if (lines.length === 0) return <span className="muted">None recorded</span>;
  return (
    <details>
      <summary>Evidence</summary>
      <dl className="details evidence">
        {lines.map((line) => (
          <div key={line.label} className="evidence-line">
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

const person = (row: { contactName: string | null; phone: string | null; leadId: string | null }) => {
  const label = row.contactName ?? row.phone ?? 'Contact';
  return row.leadId ? <Link href={`~/leads/${row.leadId}`}>{label}</Link> : label;
};

/** Every grant and revocation of consent, newest first, with what proves it. */
export function ConsentLogTab() {
  const [action, setAction] = useState('');
  const [channel, setChannel] = useState('');
  const log = usePaged<ConsentLogEntry>('/consent-log', { action, channel, limit: 50 });
  return (
    <section aria-labelledby="consent-log-title">
      <h2 id="consent-log-title">Consent log</h2>
      <div className="toolbar">
        <SelectField
          label="Change"
          value={action}
          onChange={(e) => setAction(e.target.value)}
          options={[
            { value: '', label: 'Grants and revocations' },
            { value: 'granted', label: 'Granted' },
            { value: 'revoked', label: 'Revoked' },
          ]}
        />
        <SelectField
          label="Channel"
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
          options={[
            { value: '', label: 'All channels' },
            { value: 'sms', label: 'Text' },
            { value: 'voice', label: 'Voice' },
            { value: 'email', label: 'Email' },
          ]}
        />
      </div>
      <ErrorBanner error={log.error} onRetry={log.reload} />
      <Table
        caption="Consent log"
        rows={log.items}
        rowKey={(e) => e.id}
        empty={log.loading ? <p role="status">Loading…</p> : <p className="muted">Nothing recorded yet.</p>}
        columns={[
          { key: 'when', header: 'When', render: (e) => <Time value={e.createdAt} /> },
          { key: 'who', header: 'Contact', render: person },
          {
            key: 'what',
            header: 'Change',
            render: (e) => (
              <span className={e.action === 'revoked' ? 'badge badge-warning' : 'badge'}>
                {e.action} · {e.channel} · {e.purpose}
              </span>
            ),
          },
          { key: 'source', header: 'Source', render: (e) => sourceLabel(e.source) },
          { key: 'evidence', header: 'Evidence', render: (e) => <Evidence entry={e} /> },
        ]}
      />
      {log.hasMore && (
        <Button busy={log.loading} onClick={log.loadMore}>
          Load more
        </Button>
      )}
    </section>
  );
}

/** Contacts whose consent to texts stands revoked. */
export function OptOutsTab() {
  const list = usePaged<OptOut>('/opt-outs', { limit: 50 });
  return (
    <section aria-labelledby="opt-outs-title">
      <h2 id="opt-outs-title">Opt-outs</h2>
      <p className="muted">No automated text reaches these contacts until they text START.</p>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      <Table
        caption="Opt-outs"
        rows={list.items}
        rowKey={(o) => o.contactId}
        empty={list.loading ? <p role="status">Loading…</p> : <p className="muted">Nobody has opted out.</p>}
        columns={[
          { key: 'when', header: 'Opted out', render: (o) => <Time value={o.revokedAt} /> },
          { key: 'who', header: 'Contact', render: person },
          { key: 'phone', header: 'Phone', render: (o) => o.phone ?? '—' },
          { key: 'email', header: 'Email', render: (o) => o.email ?? '—' },
          { key: 'source', header: 'How', render: (o) => sourceLabel(o.source) },
        ]}
      />
      {list.hasMore && (
        <Button busy={list.loading} onClick={list.loadMore}>
          Load more
        </Button>
      )}
    </section>
  );
}
