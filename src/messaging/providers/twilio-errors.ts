import type { SendFailure } from './provider.js';

/** Twilio error codes the rest of the system reacts to (https://www.twilio.com/docs/api/errors). */
export const TwilioErrorCode = {
  authenticate: '20003',
  notFound: '20404',
  tooManyRequests: '20429',
  invalidTo: '21211',
  messageBodyRequired: '21602',
  fromRequired: '21603',
  toRequired: '21604',
  invalidFrom: '21606',
  unverifiedTrialRecipient: '21608',
  unsubscribedRecipient: '21610',
  fromQueueFull: '21611',
  unroutableTo: '21612',
  toNotMobile: '21614',
  bodyTooLong: '21617',
  queueOverflow: '30001',
  unreachableHandset: '30003',
  messageBlocked: '30004',
  unknownHandset: '30005',
  landlineOrUnreachableCarrier: '30006',
  carrierFiltered: '30007',
  unknownDeliveryError: '30008',
} as const;

/** 4xx codes that mean "not now" rather than "never": Twilio asks us to slow down. */
const RETRYABLE_CODES = new Set<string>([TwilioErrorCode.tooManyRequests, TwilioErrorCode.fromQueueFull]);

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);
/** The request never left: nothing can have been created. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** A failure answered by Twilio over HTTP. */
export function classifyHttpFailure(httpStatus: number, twilioCode: unknown, message: string): SendFailure {
  const code =
    twilioCode === undefined || twilioCode === null || twilioCode === '' ? undefined : String(twilioCode);
  const retryable =
    httpStatus >= 500 ||
    httpStatus === 429 ||
    httpStatus === 408 ||
    (code !== undefined && RETRYABLE_CODES.has(code));
  return {
    ok: false,
    retryable,
    errorCode: code ?? `http_${httpStatus}`,
    message: message || `HTTP ${httpStatus}`,
    httpStatus,
    ...(httpStatus >= 500 ? { outcomeUnknown: true } : {}),
  };
}

/**
 * Turns whatever the SDK rejected with into a SendFailure. The SDK throws `RestException` (or, for newer
 * APIs, `TwilioServiceException`) with `status` and `code` for HTTP errors, and axios errors for transport.
 */
export function classifySendError(error: unknown): SendFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    code?: unknown;
    message?: unknown;
    isAxiosError?: unknown;
  };
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (typeof e.status === 'number' && e.isAxiosError !== true)
    return classifyHttpFailure(e.status, e.code, message);

  const code = typeof e.code === 'string' ? e.code : undefined;
  if ((code && TIMEOUT_CODES.has(code)) || /timeout/i.test(message)) {
    return { ok: false, retryable: true, errorCode: 'timeout', message, outcomeUnknown: true };
  }
  if (code && NOT_SENT_CODES.has(code))
    return { ok: false, retryable: true, errorCode: 'network_error', message };
  // A reset connection or anything unforeseen: the request may have been processed.
  return { ok: false, retryable: true, errorCode: 'network_error', message, outcomeUnknown: true };
}

export type DeliveryFailureReason =
  | 'unsubscribed'
  | 'unreachable'
  | 'unknown_number'
  | 'landline'
  | 'blocked'
  | 'carrier_filtered'
  | 'queue_overflow'
  | 'unknown';

/**
 * What an `undelivered`/`failed` status callback's ErrorCode says about the recipient. `permanent` means
 * sending to this number again will not work (it does not exist, is a landline, has unsubscribed or blocks
 * us); 30003 is usually a phone that is off or out of coverage, and 30007 is about our content or sender.
 */
export function classifyDeliveryError(code: string | number | null | undefined): {
  reason: DeliveryFailureReason;
  permanent: boolean;
} {
  switch (code === null || code === undefined ? '' : String(code)) {
    case TwilioErrorCode.unsubscribedRecipient:
      return { reason: 'unsubscribed', permanent: true };
    case TwilioErrorCode.unknownHandset:
      return { reason: 'unknown_number', permanent: true };
    case TwilioErrorCode.landlineOrUnreachableCarrier:
    case TwilioErrorCode.toNotMobile:
      return { reason: 'landline', permanent: true };
    case TwilioErrorCode.messageBlocked:
      return { reason: 'blocked', permanent: true };
    case TwilioErrorCode.unreachableHandset:
      return { reason: 'unreachable', permanent: false };
    case TwilioErrorCode.carrierFiltered:
      return { reason: 'carrier_filtered', permanent: false };
    case TwilioErrorCode.queueOverflow:
      return { reason: 'queue_overflow', permanent: false };
    default:
      return { reason: 'unknown', permanent: false };
  }
}
