import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { Time } from '../../components/Time.tsx';
import { apiFieldErrors } from '../settings/form-errors.ts';
import {
  canReplay,
  type Delivery,
  deliveryOutcome,
  EVENT_LABELS,
  EVENT_TYPES,
  type EventType,
  endpointBody,
  eventsSummary,
  type WebhookEndpoint,
} from './integrations.ts';
import { SecretOnce } from './SecretOnce.tsx';

/** Endpoints that receive the workspace's events, signed; their delivery log with replay, and a test send. */
export function WebhooksSection() {
  const endpoints = useApi(
    (signal) => api<{ endpoints: WebhookEndpoint[] }>('/webhook-endpoints', { signal }),
    [],
  );
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<EventType[]>([]);
  const [ownSystem, setOwnSystem] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<{ endpoint: WebhookEndpoint; secret: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = endpointBody({ url, description, events, ownSystem });
    if ('errors' in result) return setErrors(result.errors);
    setBusy(true);
    setErrors({});
    try {
      const answer = await api<{ endpoint: WebhookEndpoint; secret: string }>('/webhook-endpoints', {
        method: 'POST',
        body: result.body,
      });
      setCreated(answer);
      setUrl('');
      setDescription('');
      setEvents([]);
      setOwnSystem(false);
      await endpoints.reload();
    } catch (caught) {
      setErrors(apiFieldErrors(caught));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (type: EventType) =>
    setEvents((current) => (current.includes(type) ? current.filter((t) => t !== type) : [...current, type]));

  return (
    <section aria-labelledby="webhooks-title" className="integration-card">
      <h2 id="webhooks-title">Outbound webhooks</h2>
      <p className="muted">
        Events are posted to these URLs signed as Standard Webhooks describes (webhook-id, webhook-timestamp,
        webhook-signature), retried for about a day, and in order for each lead.
      </p>
      <ErrorBanner error={endpoints.error} onRetry={() => void endpoints.reload()} />
      {created && (
        <div className="notice" role="status">
          <p>
            The endpoint for {created.endpoint.url} is saved. Copy its signing secret now: it is not shown
            again.
          </p>
          <SecretOnce label="Signing secret" value={created.secret} />
          <Button type="button" onClick={() => setCreated(null)}>
            I have copied it
          </Button>
        </div>
      )}
      <form onSubmit={add} noValidate aria-label="Add a webhook endpoint">
        <Field label="Endpoint URL" value={url} error={errors.url} onChange={(e) => setUrl(e.target.value)} />
        <Field
          label="Description (optional)"
          value={description}
          error={errors.description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <fieldset className="event-choices">
          <legend>Events (none ticked: every event)</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input type="checkbox" checked={events.includes(type)} onChange={() => toggle(type)} />{' '}
              {EVENT_LABELS[type]}
            </label>
          ))}
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={ownSystem} onChange={(e) => setOwnSystem(e.target.checked)} /> This
          is our own system: include the lead's phone number (never tick this for a third party)
        </label>
        {errors[''] && (
          <p className="field-error" role="alert">
            {errors['']}
          </p>
        )}
        <Button type="submit" variant="primary" busy={busy}>
          Add endpoint
        </Button>
      </form>
      <ul className="endpoint-list">
        {(endpoints.data?.endpoints ?? []).map((endpoint) => (
          <li key={endpoint.id}>
            <EndpointRow
              endpoint={endpoint}
              open={open === endpoint.id}
              onToggle={() => setOpen(open === endpoint.id ? null : endpoint.id)}
              onChanged={() => void endpoints.reload()}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function EndpointRow(props: {
  endpoint: WebhookEndpoint;
  open: boolean;
  onToggle(): void;
  onChanged(): void;
}) {
  const { endpoint } = props;
  const [status, setStatus] = useState('');
  const [error, setError] = useState<Error | null>(null);

  async function run(action: () => Promise<string>) {
    setError(null);
    try {
      setStatus(await action());
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    }
  }
  const test = () =>
    run(async () => {
      const result = await api<{
        ok: boolean;
        statusCode: number | null;
        error: string | null;
        latencyMs: number;
      }>(`/webhook-endpoints/${endpoint.id}/test`, { method: 'POST' });
      return result.ok
        ? `Test event delivered: HTTP ${result.statusCode} in ${result.latencyMs} ms.`
        : `Test event not delivered: ${result.statusCode !== null ? `HTTP ${result.statusCode}` : result.error}.`;
    });
  const setEnabled = (enabled: boolean) =>
    run(async () => {
      await api(`/webhook-endpoints/${endpoint.id}`, { method: 'PATCH', body: { enabled } });
      props.onChanged();
      return enabled ? 'Endpoint enabled.' : 'Endpoint disabled.';
    });
  const remove = () =>
    run(async () => {
      await api(`/webhook-endpoints/${endpoint.id}`, { method: 'DELETE' });
      props.onChanged();
      return 'Endpoint removed.';
    });

  return (
    <article className="endpoint" aria-label={`Endpoint ${endpoint.url}`}>
      <header>
        <strong>{endpoint.url}</strong>{' '}
        {endpoint.description && <span className="muted">— {endpoint.description}</span>}
        <p className="muted">
          {eventsSummary(endpoint.events)} · secret {endpoint.secretHint}
          {endpoint.ownSystem ? ' · our own system (phone numbers included)' : ''}
          {endpoint.enabled
            ? ''
            : ` · disabled${endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ''}`}
        </p>
      </header>
      <div className="row">
        <Button type="button" onClick={() => void test()}>
          Send a test event
        </Button>
        <Button type="button" onClick={() => void setEnabled(!endpoint.enabled)}>
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </Button>
        <Button type="button" onClick={props.onToggle} aria-expanded={props.open}>
          {props.open ? 'Hide deliveries' : 'Deliveries'}
        </Button>
        <Button type="button" onClick={() => void remove()}>
          Remove
        </Button>
      </div>
      {status && <p role="status">{status}</p>}
      <ErrorBanner error={error} />
      {props.open && <DeliveryLog endpointId={endpoint.id} />}
    </article>
  );
}

function DeliveryLog({ endpointId }: { endpointId: string }) {
  const log = useApi(
    (signal) =>
      api<{ deliveries: Delivery[] }>(`/webhook-endpoints/${endpointId}/deliveries`, {
        query: { limit: 50 },
        signal,
      }),
    [endpointId],
  );
  const [error, setError] = useState<Error | null>(null);
  async function replay(delivery: Delivery) {
    setError(null);
    try {
      await api(`/webhook-endpoints/${endpointId}/deliveries/${delivery.id}/replay`, { method: 'POST' });
      await log.reload();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    }
  }
  const rows = log.data?.deliveries ?? [];
  return (
    <div className="delivery-log">
      <ErrorBanner error={log.error ?? error} />
      {rows.length === 0 && !log.loading && <p className="muted">Nothing delivered yet.</p>}
      <ul>
        {rows.map((delivery) => (
          <li key={delivery.id}>
            <Time value={delivery.createdAt} /> ·{' '}
            {EVENT_LABELS[delivery.eventType as EventType] ?? delivery.eventType} ·{' '}
            {deliveryOutcome(delivery)}
            {delivery.responseExcerpt && (
              <code className="excerpt">{delivery.responseExcerpt.slice(0, 120)}</code>
            )}
            {canReplay(delivery) && (
              <Button type="button" onClick={() => void replay(delivery)}>
                Replay
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
