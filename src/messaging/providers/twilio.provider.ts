import twilio from 'twilio';
import type { MessageInstance } from 'twilio/lib/rest/api/v2010/account/message.js';
import {
  type OutboundSms,
  type ProviderMessage,
  type ProviderMessageStatus,
  ProviderUnavailableError,
  type SendResult,
  type SendStatus,
  type SentQuery,
  type SmsProvider,
} from './provider.js';
import { classifySendError } from './twilio-errors.js';
import { TwilioHttpClient } from './twilio-http-client.js';

export const DEFAULT_TWILIO_TIMEOUT_MS = 10_000;

export interface TwilioProviderOptions {
  accountSid: string;
  authToken: string;
  /** TWILIO_API_BASE_URL: a local fake in tests, or another API host. */
  apiBaseUrl?: string;
  /** A ready client (tests); mutually exclusive with `apiBaseUrl`, which builds one. */
  httpClient?: TwilioHttpClient;
  timeoutMs?: number;
  edge?: string;
  region?: string;
}

/** Twilio prefixes bodies sent from trial accounts. */
const TRIAL_PREFIX = 'Sent from your Twilio trial account - ';

const SEND_STATUSES = new Set<string>(['queued', 'accepted', 'sending', 'sent']);
const FAILED_STATUSES = new Set<string>(['failed', 'undelivered', 'canceled']);

export function createTwilioProvider(options: TwilioProviderOptions): SmsProvider {
  if (options.httpClient && options.apiBaseUrl !== undefined) {
    throw new Error('Give the Twilio provider either httpClient or apiBaseUrl, not both');
  }
  const httpClient =
    options.httpClient ??
    new TwilioHttpClient({
      baseUrl: options.apiBaseUrl,
      timeoutMs: options.timeoutMs ?? DEFAULT_TWILIO_TIMEOUT_MS,
    });
  const client = twilio(options.accountSid, options.authToken, {
    httpClient,
    ...(options.edge ? { edge: options.edge } : {}),
    ...(options.region ? { region: options.region } : {}),
  });

  return {
    kind: 'twilio',

    async send(msg: OutboundSms): Promise<SendResult> {
      try {
        const message = await client.messages.create({
          to: msg.to,
          body: msg.body,
          ...(msg.from ? { from: msg.from } : {}),
          ...(msg.messagingServiceSid ? { messagingServiceSid: msg.messagingServiceSid } : {}),
          ...(msg.statusCallbackUrl ? { statusCallback: msg.statusCallbackUrl } : {}),
        });
        return sendResultFrom(message);
      } catch (error) {
        return classifySendError(error);
      }
    },

    async findSent(query: SentQuery): Promise<ProviderMessage[]> {
      const filters = { to: query.to, ...(query.from ? { from: query.from } : {}) };
      try {
        // Twilio filters on DateSent at day granularity (GMT), so ask from the start of that day and
        // narrow down by creation time here. A message still queued has no DateSent and fails that filter,
        // so the newest ones are read too: a candidate missed would make an ambiguous match look unique.
        const sent = await client.messages.list({
          ...filters,
          dateSentAfter: startOfUtcDay(query.sentAfter),
          pageSize: 100,
          limit: 500,
        });
        const recent = await client.messages.list({ ...filters, pageSize: 50, limit: 50 });
        const bySid = new Map<string, MessageInstance>();
        for (const message of [...sent, ...recent]) {
          if (isMatch(message, query)) bySid.set(message.sid, message);
        }
        return [...bySid.values()]
          .sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime())
          .map(toProviderMessage);
      } catch (error) {
        throw new ProviderUnavailableError(classifySendError(error), { cause: error });
      }
    },
  };
}

function sendResultFrom(message: MessageInstance): SendResult {
  if (FAILED_STATUSES.has(message.status)) {
    return {
      ok: false,
      retryable: false,
      errorCode: message.errorCode ? String(message.errorCode) : message.status,
      message: message.errorMessage ?? `Twilio answered with status ${message.status}`,
    };
  }
  const status: SendStatus = SEND_STATUSES.has(message.status)
    ? (message.status as SendStatus)
    : message.status === 'scheduled'
      ? 'accepted'
      : message.status === 'delivered' || message.status === 'read'
        ? 'sent'
        : 'queued';
  return { ok: true, providerId: message.sid, status };
}

/** Only what this send could have created: ours by the API, to that number, from that sender, in time. */
function isMatch(message: MessageInstance, query: SentQuery): boolean {
  if (message.direction !== 'outbound-api' || message.to !== query.to) return false;
  if (query.from !== undefined && message.from !== query.from) return false;
  if (query.messagingServiceSid !== undefined && message.messagingServiceSid !== query.messagingServiceSid)
    return false;
  const created = message.dateCreated.getTime();
  if (created < query.sentAfter.getTime()) return false;
  if (query.sentBefore !== undefined && created > query.sentBefore.getTime()) return false;
  if (query.body === undefined) return true;
  return message.body === query.body || message.body === TRIAL_PREFIX + query.body;
}

function toProviderMessage(message: MessageInstance): ProviderMessage {
  return {
    providerId: message.sid,
    to: message.to,
    from: message.from ?? null,
    messagingServiceSid: message.messagingServiceSid ?? null,
    body: message.body,
    status: message.status as ProviderMessageStatus,
    dateCreated: message.dateCreated,
    dateSent: message.dateSent ?? null,
    errorCode: message.errorCode ? String(message.errorCode) : null,
  };
}

function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
