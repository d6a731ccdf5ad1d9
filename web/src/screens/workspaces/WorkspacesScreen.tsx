import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Table } from '../../components/Table.tsx';
import { Time } from '../../components/Time.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';

interface WorkspaceRow {
  id: string;
  slug: string;
  name: string;
  status: string;
  createdAt: string;
}

/** Platform operators: every workspace on this install. */
export function WorkspacesScreen() {
  useDocumentTitle('Workspaces');
  const { data, error, reload } = useApi(
    (signal) => api<{ items: WorkspaceRow[] }>('/operator/workspaces', { signal }),
    [],
  );
  return (
    <section>
      <h1>Workspaces</h1>
      <ErrorBanner error={error} onRetry={reload} />
      {data && (
        <Table
          caption="Workspaces"
          rows={data.items}
          rowKey={(row) => row.id}
          columns={[
            { key: 'name', header: 'Name', render: (row) => row.name },
            { key: 'slug', header: 'Slug', render: (row) => row.slug },
            { key: 'status', header: 'Status', render: (row) => row.status },
            { key: 'created', header: 'Created', render: (row) => <Time value={row.createdAt} /> },
          ]}
        />
      )}
    </section>
  );
}
