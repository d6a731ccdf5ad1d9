/**
 * What every SMS provider implements. Providers never throw for a failed send: the dispatcher decides what
 * to do from the returned value (retry later, mark failed, record an opt-out).
 */

export type SmsProviderKind = 'twilio' | 'sandbox';

export interface OutboundSms {
  /** E.164. */
  to: string;
  /** A number of ours; optional when a Messaging Service picks the sender. */
  from?: string;
  messagingServiceSid?: string;
  body: string;
  /**
   * Stable per outbox message. Twilio's Messages API has no idempotency key, so the Twilio provider cannot
   * pass it on; duplicates after an unknown outcome are prevented by reconciling with `findSent` first.
   */
  idempotencyKey: string;
  /** Twilio echoes it, query string included, in every status callback: our marker travels in it. */
  statusCallbackUrl?: string;
}

/** Our number when the message has one, else the workspace's Messaging Service picks the sender. */
export function senderOf(
  fromNumber: string | null,
  messagingServiceSid: string | undefined,
): Pick<OutboundSms, 'from' | 'messagingServiceSid'> {
  if (fromNumber) return { from: fromNumber };
  return messagingServiceSid ? { messagingServiceSid } : {};
}

export type SendStatus = 'queued' | 'accepted' | 'sending' | 'sent';

export interface SendSuccess {
  ok: true;
  providerId: string;
  status: SendStatus;
}

export interface SendFailure {
  ok: false;
  /** True for 5xx, 429, network errors and timeouts; false for a request the provider refused. */
  retryable: boolean;
  /** The provider's code (Twilio: "21610"), or `http_<status>`, `timeout`, `network_error`. */
  errorCode: string;
  message: string;
  httpStatus?: number;
  /**
   * The request may have reached the provider and created the message (a timeout after the request was
   * written, a 5xx, a reset connection): call `findSent` before sending again.
   */
  outcomeUnknown?: boolean;
}

export type SendResult = SendSuccess | SendFailure;

/** Twilio's message statuses; the sandbox uses a subset. */
export type ProviderMessageStatus =
  | 'queued'
  | 'accepted'
  | 'scheduled'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'undelivered'
  | 'failed'
  | 'receiving'
  | 'received'
  | 'read'
  | 'partially_delivered'
  | 'canceled';

export interface ProviderMessage {
  providerId: string;
  to: string;
  /** Null while a Messaging Service has not picked a sender yet. */
  from: string | null;
  /** The Messaging Service that sent it, if any. */
  messagingServiceSid: string | null;
  body: string;
  status: ProviderMessageStatus;
  dateCreated: Date;
  dateSent: Date | null;
  errorCode: string | null;
}

export interface SentQuery {
  to: string;
  from?: string;
  messagingServiceSid?: string;
  /** When the send was first attempted. Pass it early enough to cover clock skew with the provider. */
  sentAfter: Date;
  /** Created at or before this instant, when given. */
  sentBefore?: Date;
  body?: string;
}

export interface SmsProvider {
  readonly kind: SmsProviderKind;
  send(msg: OutboundSms): Promise<SendResult>;
  /**
   * Outbound messages to `to` created between `sentAfter` and `sentBefore`, from `from` or the Messaging
   * Service when given, with `body` when given, newest first: for reconciling a send whose outcome is
   * unknown. Rejects with `ProviderUnavailableError` when the provider cannot answer, because an empty
   * answer means "not sent" and would let the caller send twice.
   */
  findSent(query: SentQuery): Promise<ProviderMessage[]>;
}

export class ProviderUnavailableError extends Error {
  constructor(
    readonly failure: SendFailure,
    options?: { cause?: unknown },
  ) {
    super(`SMS provider could not answer: ${failure.errorCode} ${failure.message}`, options);
    this.name = 'ProviderUnavailableError';
  }
}
