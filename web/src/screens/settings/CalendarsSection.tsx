import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';
import { Time } from '../../components/Time.tsx';
import type { Agent } from '../appointments/types.ts';
import { apiFieldErrors, errorFor, type FieldErrors } from './form-errors.ts';
import { CopyButton, SaveStatus } from './parts.tsx';

interface Connection {
  id: string;
  kind: 'ics' | 'caldav' | 'google';
  label: string;
  status: 'active' | 'error';
  lastError: string | null;
  lastSyncedAt: string | null;
  settings: { serverUrl?: string; username?: string };
}

const KIND_LABELS = { ics: 'Subscribed feed (ICS)', caldav: 'CalDAV', google: 'Google Calendar' } as const;
const EMPTY = { serverUrl: '', username: '', password: '', calendarUrl: '' };

function AgentCalendars({ agentId }: { agentId: string }) {
  const list = useApi(
    (signal) => api<{ items: Connection[] }>(`/agents/${agentId}/calendars`, { signal }),
    [agentId],
  );
  const [caldav, setCaldav] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function run(name: string, action: () => Promise<void>) {
    setBusy(name);
    setError(null);
    try {
      await action();
      await list.reload();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(null);
    }
  }

  async function connect(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!/^https?:\/\//.test(caldav.serverUrl.trim())) found.serverUrl = 'An http:// or https:// address';
    if (!caldav.username.trim()) found.username = 'Enter the user name';
    if (!caldav.password) found.password = 'Enter the password';
    if (Object.keys(found).length > 0) return setErrors(found);
    setBusy('caldav');
    try {
      await api(`/agents/${agentId}/calendars`, {
        method: 'POST',
        body: {
          kind: 'caldav',
          serverUrl: caldav.serverUrl.trim(),
          username: caldav.username.trim(),
          password: caldav.password,
          ...(caldav.calendarUrl.trim() ? { calendarUrl: caldav.calendarUrl.trim() } : {}),
        },
      });
      setCaldav(EMPTY);
      setErrors({});
      await list.reload();
    } catch (caught) {
      setErrors(apiFieldErrors(caught));
    } finally {
      setBusy(null);
    }
  }

  const hasFeed = (list.data?.items ?? []).some((c) => c.kind === 'ics');
  return (
    <>
      <ErrorBanner error={list.error ?? error} />
      <Table
        caption="Connected calendars"
        rows={list.data?.items ?? []}
        rowKey={(c) => c.id}
        empty={<p className="muted">No calendar connected: appointments live only here.</p>}
        columns={[
          { key: 'kind', header: 'Calendar', render: (c) => `${KIND_LABELS[c.kind]} · ${c.label}` },
          {
            key: 'secret',
            header: 'Credentials',
            render: (c) => (c.kind === 'ics' ? '—' : <span className="badge">set</span>),
          },
          {
            key: 'status',
            header: 'Status',
            render: (c) =>
              c.status === 'active'
                ? 'Working'
                : `Needs reconnecting${c.lastError ? `: ${c.lastError}` : ''}`,
          },
          {
            key: 'synced',
            header: 'Last sync',
            render: (c) => (c.lastSyncedAt ? <Time value={c.lastSyncedAt} /> : 'Not yet'),
          },
          {
            key: 'remove',
            header: <span className="visually-hidden">Disconnect</span>,
            render: (c) => (
              <Button
                variant="link"
                onClick={() =>
                  void run('remove', () =>
                    api(
                      c.kind === 'ics'
                        ? `/agents/${agentId}/calendar-feed`
                        : `/agents/${agentId}/calendars/${c.id}`,
                      {
                        method: 'DELETE',
                      },
                    ).then(() => undefined),
                  )
                }
              >
                Disconnect {c.label}
              </Button>
            ),
          },
        ]}
      />
      <div className="form-actions">
        <Button
          busy={busy === 'google'}
          onClick={() =>
            void run('google', async () => {
              const { url } = await api<{ url: string }>('/calendars/google/start', {
                query: { agentId, redirect: 'false' },
              });
              window.location.assign(url);
            })
          }
        >
          Connect Google Calendar
        </Button>
        <Button
          busy={busy === 'feed'}
          onClick={() =>
            void run('feed', async () => {
              const issued = await api<{ url: string }>(`/agents/${agentId}/calendar-feed`, {
                method: 'POST',
              });
              setFeedUrl(issued.url);
            })
          }
        >
          {hasFeed ? 'Issue a new feed address' : 'Get a calendar feed address'}
        </Button>
      </div>
      {feedUrl && (
        <div className="notice secret" role="status">
          <p>
            <strong>Subscribe to this address in any calendar app.</strong> It is private and shown once;
            issuing a new one stops this one.
          </p>
          <code className="secret-value">{feedUrl}</code>
          <CopyButton text={feedUrl} label="Copy feed address" />
        </div>
      )}
      <form className="settings-form" onSubmit={connect} noValidate aria-labelledby="caldav-title">
        <h4 id="caldav-title">Connect a CalDAV calendar (iCloud, Fastmail, Nextcloud…)</h4>
        <Field
          label="Server address"
          type="url"
          value={caldav.serverUrl}
          error={errorFor(errors, 'serverUrl')}
          placeholder="https://caldav.fastmail.com/"
          onChange={(e) => setCaldav({ ...caldav, serverUrl: e.target.value })}
        />
        <Field
          label="User name"
          autoComplete="off"
          value={caldav.username}
          error={errorFor(errors, 'username')}
          onChange={(e) => setCaldav({ ...caldav, username: e.target.value })}
        />
        <Field
          label="Password or app password"
          type="password"
          autoComplete="new-password"
          value={caldav.password}
          error={errorFor(errors, 'password')}
          hint="Write-only: stored encrypted and never shown again"
          onChange={(e) => setCaldav({ ...caldav, password: e.target.value })}
        />
        <Field
          label="Calendar address (optional)"
          type="url"
          value={caldav.calendarUrl}
          error={errorFor(errors, 'calendarUrl')}
          hint="Empty: the first calendar that holds events"
          onChange={(e) => setCaldav({ ...caldav, calendarUrl: e.target.value })}
        />
        <SaveStatus
          saved={false}
          errors={errors}
          fields={['serverUrl', 'username', 'password', 'calendarUrl', 'kind']}
        />
        <Button type="submit" variant="primary" busy={busy === 'caldav'}>
          Connect calendar
        </Button>
      </form>
    </>
  );
}

/** Each agent's outside calendars: busy times come in, appointments go out. */
export function CalendarsSection() {
  const agents = useApi((signal) => api<{ items: Agent[] }>('/users', { signal }), []);
  const list = (agents.data?.items ?? []).filter((a) => !a.disabled);
  const [agentId, setAgentId] = useState('');
  const chosen = agentId || list[0]?.id || '';
  return (
    <section aria-labelledby="calendars-title">
      <h2 id="calendars-title">Calendars</h2>
      <ErrorBanner error={agents.error} onRetry={() => void agents.reload()} />
      <SelectField
        label="Agent"
        value={chosen}
        onChange={(e) => setAgentId(e.target.value)}
        options={list.map((a) => ({ value: a.id, label: a.name }))}
      />
      {chosen && <AgentCalendars key={chosen} agentId={chosen} />}
    </section>
  );
}
