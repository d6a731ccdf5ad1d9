/** The Integrations screen's shapes and the rules its forms follow, apart from React so they can be tested. */

export const EVENT_TYPES = [
  'lead.created',
  'lead.updated',
  'lead.stage_changed',
  'message.received',
  'message.sent',
  'appointment.booked',
  'appointment.rescheduled',
  'appointment.cancelled',
  'handoff.requested',
  'consent.revoked',
  'call.completed',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_LABELS: Record<EventType, string> = {
  'lead.created': 'New lead',
  'lead.updated': 'Lead inquired again',
  'lead.stage_changed': 'Stage changed',
  'message.received': 'Text received',
  'message.sent': 'Text sent',
  'appointment.booked': 'Appointment booked',
  'appointment.rescheduled': 'Appointment moved',
  'appointment.cancelled': 'Appointment cancelled',
  'handoff.requested': 'Handed to a person',
  'consent.revoked': 'Opted out',
  'call.completed': 'Call ended',
};

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string;
  events: EventType[];
  enabled: boolean;
  ownSystem: boolean;
  secretHint: string;
  rotating: boolean;
  disabledReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  messageId: string;
  status: 'pending' | 'delivered' | 'failed' | 'cancelled';
  attempts: number;
  nextAttemptAt: string | null;
  statusCode: number | null;
  latencyMs: number | null;
  responseExcerpt: string | null;
  error: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface SourceConsent {
  sms: boolean;
  disclosure?: string;
  disclosureVersion?: string;
}

export interface LeadSource {
  id: string;
  kind: 'email' | 'meta' | 'google_ads' | 'webhook';
  name: string;
  enabled: boolean;
  tokenHint: string | null;
  consent: SourceConsent;
  callbackUrl: string | null;
}

export interface SourceSecrets {
  address?: string;
  url?: string;
  verifyToken?: string;
  googleKey?: string;
}

export interface UnparsedEmail {
  id: string;
  from: string | null;
  subject: string | null;
  excerpt: string;
  receivedAt: string;
}

export interface FubConnection {
  connected: boolean;
  enabled: boolean;
  systemName: string | null;
  apiKeyHint: string | null;
  lastError: string | null;
}

export const SOURCE_KIND_LABELS: Record<LeadSource['kind'], string> = {
  email: 'Lead emails',
  meta: 'Facebook lead ads',
  google_ads: 'Google Ads lead forms',
  webhook: 'Webhook (Zapier, Make, a website)',
};

export interface EndpointForm {
  url: string;
  description: string;
  events: readonly EventType[];
  ownSystem: boolean;
}

/** The body to create an endpoint, or the errors to show by field. */
export function endpointBody(
  form: EndpointForm,
): { body: Record<string, unknown> } | { errors: Record<string, string> } {
  const url = form.url.trim();
  const errors: Record<string, string> = {};
  if (!url) errors.url = 'Enter the URL that receives the events';
  else if (!/^https?:\/\/[^\s/]+/i.test(url)) errors.url = 'Enter a URL starting with https://';
  if (form.description.length > 200) errors.description = 'At most 200 characters';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      url,
      description: form.description.trim(),
      events: EVENT_TYPES.filter((type) => form.events.includes(type)),
      ownSystem: form.ownSystem,
    },
  };
}

/** What the endpoint listens to, in words. */
export function eventsSummary(events: readonly EventType[]): string {
  if (events.length === 0 || events.length === EVENT_TYPES.length) return 'Every event';
  return events.map((type) => EVENT_LABELS[type]).join(', ');
}

/** One delivery's state in words: delivered in how long, or why not and what happens next. */
export function deliveryOutcome(delivery: Delivery): string {
  const answer =
    delivery.statusCode !== null ? `HTTP ${delivery.statusCode}` : (delivery.error ?? 'no answer');
  const tries = delivery.attempts === 1 ? '1 attempt' : `${delivery.attempts} attempts`;
  if (delivery.status === 'delivered')
    return `Delivered (${answer}${delivery.latencyMs !== null ? `, ${delivery.latencyMs} ms` : ''}, ${tries})`;
  if (delivery.status === 'cancelled') return `Not sent: ${delivery.error ?? 'the endpoint is disabled'}`;
  if (delivery.status === 'failed') return `Failed after ${tries}: ${answer}`;
  if (delivery.attempts === 0) return 'Waiting to be sent';
  return `Retrying: ${answer} (${tries} so far)`;
}

export const canReplay = (delivery: Delivery) => delivery.status !== 'pending';

/** The consent settings a source's form sends: a disclosure is needed only when leads agreed to texts. */
export function consentBody(form: {
  sms: boolean;
  disclosure: string;
  version: string;
}): { consent: SourceConsent } | { error: string } {
  const disclosure = form.disclosure.trim();
  if (form.sms && !disclosure) return { error: 'Paste the consent text the source shows its leads' };
  if (disclosure.length > 4000) return { error: 'At most 4,000 characters' };
  return {
    consent: form.sms
      ? { sms: true, disclosure, ...(form.version.trim() ? { disclosureVersion: form.version.trim() } : {}) }
      : { sms: false },
  };
}

/** The lines of a source's secrets to show once, labelled, in the order people need them. */
export function secretLines(secrets: SourceSecrets): Array<{ label: string; value: string }> {
  const lines: Array<{ label: string; value: string }> = [];
  if (secrets.address) lines.push({ label: 'Lead email address', value: secrets.address });
  if (secrets.url) lines.push({ label: 'Webhook URL', value: secrets.url });
  if (secrets.verifyToken) lines.push({ label: 'Verify token', value: secrets.verifyToken });
  if (secrets.googleKey) lines.push({ label: 'Google key', value: secrets.googleKey });
  return lines;
}

/** The fields of an unparsed email an admin read, as the map endpoint takes them; undefined when empty. */
export function mapEmailBody(form: { name: string; phone: string; email: string; message: string }) {
  const body = Object.fromEntries(
    Object.entries(form)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );
  if (!body.phone && !body.email) return { error: 'Give at least a phone number or an email address' };
  return { body };
}
