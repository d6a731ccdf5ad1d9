import { randomBytes } from 'node:crypto';
import { type Clock, systemClock } from '../../platform/clock.js';
import type { OutboundSms, ProviderMessage, SendResult, SentQuery, SmsProvider } from './provider.js';

/** Sends remembered for idempotency and findSent; older ones are forgotten so a long-running demo stays small. */
const MAX_REMEMBERED = 10_000;

export interface SandboxSentMessage extends OutboundSms {
  providerId: string;
  sentAt: Date;
}

export interface SandboxProviderOptions {
  /** Stores the send (the messaging module writes it where the sandbox inbox reads it). */
  onSend: (msg: SandboxSentMessage) => Promise<void>;
  clock?: Clock;
}

/** A Twilio-shaped message sid: `SM` and 32 hex digits. */
export function sandboxMessageSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}

/**
 * Nothing leaves the machine: a send is handed to `onSend` and answered as sent. Sending the same
 * idempotency key again answers with the first result and does not call `onSend` twice.
 *
 * `findSent` answers from this process's memory only. That is enough: for the sandbox, the record of a
 * send is the outbox row that `onSend` completes, so a send that "may have happened" before a crash can
 * be decided from the database, not from here.
 */
export function createSandboxProvider(options: SandboxProviderOptions): SmsProvider {
  const clock = options.clock ?? systemClock;
  const sent: SandboxSentMessage[] = [];
  // Keyed by idempotency key; holds the promise so two concurrent sends of one key store once.
  const byKey = new Map<string, Promise<SendResult>>();

  async function store(msg: OutboundSms): Promise<SendResult> {
    const record: SandboxSentMessage = { ...msg, providerId: sandboxMessageSid(), sentAt: clock.now() };
    try {
      await options.onSend(record);
    } catch (error) {
      return {
        ok: false,
        retryable: true,
        errorCode: 'sandbox_store_failed',
        message: error instanceof Error ? error.message : String(error),
      };
    }
    sent.push(record);
    if (sent.length > MAX_REMEMBERED) {
      const forgotten = sent.shift();
      if (forgotten) byKey.delete(forgotten.idempotencyKey);
    }
    return { ok: true, providerId: record.providerId, status: 'sent' };
  }

  return {
    kind: 'sandbox',

    send(msg: OutboundSms): Promise<SendResult> {
      let result = byKey.get(msg.idempotencyKey);
      if (!result) {
        result = store(msg).then((outcome) => {
          if (!outcome.ok) byKey.delete(msg.idempotencyKey); // a failed store may be retried
          return outcome;
        });
        byKey.set(msg.idempotencyKey, result);
      }
      return result;
    },

    async findSent(query: SentQuery): Promise<ProviderMessage[]> {
      return sent
        .filter(
          (m) =>
            m.to === query.to &&
            (query.from === undefined || m.from === query.from) &&
            (query.messagingServiceSid === undefined ||
              m.messagingServiceSid === query.messagingServiceSid) &&
            m.sentAt.getTime() >= query.sentAfter.getTime() &&
            (query.sentBefore === undefined || m.sentAt.getTime() <= query.sentBefore.getTime()) &&
            (query.body === undefined || m.body === query.body),
        )
        .reverse()
        .map((m) => ({
          providerId: m.providerId,
          to: m.to,
          from: m.from ?? null,
          messagingServiceSid: m.messagingServiceSid ?? null,
          body: m.body,
          status: 'sent',
          dateCreated: m.sentAt,
          dateSent: m.sentAt,
          errorCode: null,
        }));
    },
  };
}
