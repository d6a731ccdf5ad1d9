import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SelectField } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';
import { Time } from '../../components/Time.tsx';
import { daysUntil, type PrivacyRequest } from './compliance.ts';
import { FileRequestDialog } from './FileRequestDialog.tsx';
import { KIND_LABELS } from './privacy-forms.ts';
import { RequestDetailDialog } from './RequestDetailDialog.tsx';
import { usePaged } from './use-paged.ts';

function due(request: PrivacyRequest) {
  if (request.completedAt) return <span className="muted">Done</span>;
  const days = daysUntil(request.dueAt, new Date());
  const text = days < 0 ? `${-days} days late` : days === 0 ? 'Due today' : `${days} days left`;
  return (
    <span className={days < 3 ? 'badge badge-warning' : 'badge'}>
      <Time value={request.dueAt} /> · {text}
    </span>
  );
}

/** Data-subject requests (export, erasure, correction, restriction) and when each answer is owed. */
export function PrivacyTab() {
  const [status, setStatus] = useState('');
  const list = usePaged<PrivacyRequest>('/privacy/requests', { status, limit: 50 });
  const [filing, setFiling] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy requests</h2>
      <div className="toolbar">
        <Button variant="primary" onClick={() => setFiling(true)}>
          File a request
        </Button>
        <SelectField
          label="Status"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[
            { value: '', label: 'All' },
            { value: 'pending_verification', label: 'Waiting for verification' },
            { value: 'verified', label: 'Verified' },
            { value: 'in_progress', label: 'In progress' },
            { value: 'completed', label: 'Completed' },
            { value: 'rejected', label: 'Rejected' },
          ]}
        />
      </div>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      <Table
        caption="Privacy requests"
        rows={list.items}
        rowKey={(r) => r.id}
        empty={list.loading ? <p role="status">Loading…</p> : <p className="muted">No requests.</p>}
        columns={[
          { key: 'received', header: 'Received', render: (r) => <Time value={r.createdAt} /> },
          { key: 'kind', header: 'Request', render: (r) => KIND_LABELS[r.kind] ?? r.kind.replace(/_/g, ' ') },
          { key: 'status', header: 'Status', render: (r) => r.status.replace(/_/g, ' ') },
          { key: 'due', header: 'Due', render: due },
          {
            key: 'open',
            header: 'Details',
            render: (r) => (
              <Button variant="link" onClick={() => setOpen(r.id)}>
                Open<span className="visually-hidden"> the {KIND_LABELS[r.kind] ?? r.kind} request</span>
              </Button>
            ),
          },
        ]}
      />
      {list.hasMore && (
        <Button busy={list.loading} onClick={list.loadMore}>
          Load more
        </Button>
      )}
      {filing && (
        <FileRequestDialog
          onClose={() => setFiling(false)}
          onFiled={(id) => {
            setFiling(false);
            list.reload();
            setOpen(id);
          }}
        />
      )}
      {open && <RequestDetailDialog id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
    </section>
  );
}
