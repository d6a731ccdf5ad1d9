import { useState } from 'react';
import { deleteListing, type Listing, listListings } from '../../api/knowledge.ts';
import { useSession } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Table } from '../../components/Table.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { ListingEditor } from './ListingEditor.tsx';
import { LISTING_STATUSES, openHouseLabel } from './listing-form.ts';

const money = (n: number | null) =>
  n === null
    ? '—'
    : n.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const statusLabel = (status: Listing['status']) =>
  LISTING_STATUSES.find((s) => s.value === status)?.label ?? status;

/** The workspace's listings: search, add, edit, delete and import. */
export function ListingsTab() {
  const { workspace } = useSession();
  const zone = workspace?.timezone ?? 'UTC';
  const [q, setQ] = useState('');
  const listings = useApi((signal) => listListings({ q, signal }), [q], { keepPrevious: true });
  const [editing, setEditing] = useState<Listing | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<Error | null>(null);

  async function remove(listing: Listing) {
    if (!window.confirm(`Delete ${listing.address}? The assistant stops answering about it.`)) return;
    try {
      await deleteListing(listing.id);
      setNotice(`Deleted ${listing.address}.`);
      await listings.reload();
    } catch (error) {
      setFailure(error as Error);
    }
  }

  if (editing) {
    return (
      <ListingEditor
        listing={editing === 'new' ? null : editing}
        workspaceZone={zone}
        onCancel={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          setNotice(`Saved ${saved.address}.`);
          void listings.reload();
        }}
      />
    );
  }

  const items = listings.data?.items ?? [];
  return (
    <div className="knowledge-tab">
      <div className="toolbar">
        <div className="field">
          <label htmlFor="listing-search">Search listings</label>
          <input
            id="listing-search"
            type="search"
            value={q}
            placeholder="Address, city, ZIP or MLS number"
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add listing
        </Button>
        <Button onClick={() => setImporting((open) => !open)} aria-expanded={importing}>
          Import CSV
        </Button>
      </div>
      <p role="status">{notice}</p>
      <ErrorBanner error={failure ?? listings.error} onRetry={() => void listings.reload()} />
      {importing && <ImportPanel onImported={() => void listings.reload()} />}
      {listings.loading && !listings.data ? (
        <p role="status">Loading…</p>
      ) : (
        <Table
          caption="Listings"
          rows={items}
          rowKey={(l) => l.id}
          empty={
            <EmptyState title={q ? 'No listing matches' : 'No listings yet'}>
              {q
                ? 'Try part of the street name, the city or the MLS number.'
                : 'Add one, or import a CSV file.'}
            </EmptyState>
          }
          columns={[
            { key: 'address', header: 'Address', render: (l) => l.address },
            { key: 'price', header: 'Price', numeric: true, render: (l) => money(l.price) },
            {
              key: 'rooms',
              header: 'Beds / baths',
              render: (l) => `${l.beds ?? '—'} / ${l.baths ?? '—'}`,
            },
            { key: 'status', header: 'Status', render: (l) => statusLabel(l.status) },
            {
              key: 'open',
              header: 'Open houses',
              render: (l) =>
                l.openHouses.length === 0
                  ? '—'
                  : l.openHouses.map((o) => openHouseLabel(o, l.timeZone ?? zone)).join('; '),
            },
            {
              key: 'actions',
              header: <span className="visually-hidden">Actions</span>,
              render: (l) => (
                <span className="row-actions">
                  <Button variant="link" onClick={() => setEditing(l)} aria-label={`Edit ${l.address}`}>
                    Edit
                  </Button>
                  <Button variant="link" onClick={() => void remove(l)} aria-label={`Delete ${l.address}`}>
                    Delete
                  </Button>
                </span>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
