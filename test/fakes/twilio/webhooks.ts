import { randomBytes, randomUUID } from 'node:crypto';
import { countSegments } from '../../../src/messaging/segments.js';
import { signTwilioRequest } from '../../../src/messaging/twilio-signature.js';
import { API_VERSION, type FakeMessage } from './twilio-json.js';

/** A webhook request as Twilio sends it: form-encoded, signed over the full URL and the parameters. */
export interface SignedWebhook {
  url: string;
  params: Record<string, string>;
  /** The `application/x-www-form-urlencoded` body. */
  body: string;
  headers: Record<string, string>;
}

export function signWebhook(authToken: string, url: string, params: Record<string, string>): SignedWebhook {
  return {
    url,
    params,
    body: new URLSearchParams(params).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signTwilioRequest({ authToken, url, params }),
      'i-twilio-idempotency-token': randomUUID(),
      'user-agent': 'TwilioProxy/1.1',
    },
  };
}

/** Twilio's default keywords: a body that is exactly one of them (any case, trimmed) is a keyword message. */
export const OPT_OUT_KEYWORDS = [
  'STOP',
  'STOPALL',
  'UNSUBSCRIBE',
  'CANCEL',
  'END',
  'QUIT',
  'REVOKE',
  'OPTOUT',
];
export const OPT_IN_KEYWORDS = ['START', 'YES', 'UNSTOP'];
export const HELP_KEYWORDS = ['HELP', 'INFO'];

export type OptOutType = 'STOP' | 'START' | 'HELP';

export function optOutTypeOf(body: string): OptOutType | undefined {
  const word = body.trim().toUpperCase();
  if (OPT_OUT_KEYWORDS.includes(word)) return 'STOP';
  if (OPT_IN_KEYWORDS.includes(word)) return 'START';
  if (HELP_KEYWORDS.includes(word)) return 'HELP';
  return undefined;
}

export interface InboundSmsInput {
  accountSid: string;
  authToken: string;
  /** Our webhook URL exactly as configured in Twilio (what gets signed). */
  url: string;
  from: string;
  to: string;
  body: string;
  messageSid?: string;
  messagingServiceSid?: string;
  /**
   * Twilio adds OptOutType (STOP/START/HELP) only when the number is in a Messaging Service with Advanced
   * Opt-Out on. Defaults to on when a messagingServiceSid is given.
   */
  advancedOptOut?: boolean;
  /** Pictures or other media: the message is an MMS, with NumMedia and a MediaUrl/MediaContentType each. */
  media?: InboundMedia[];
}

export interface InboundMedia {
  contentType: string;
  /** Defaults to a URL under Twilio's API, as Twilio serves an incoming message's media. */
  url?: string;
}

/** The incoming-message webhook for a text from a lead (an MMS when it carries media). */
export function buildInboundSmsWebhook(input: InboundSmsInput): SignedWebhook {
  const media = input.media ?? [];
  const sid = input.messageSid ?? `${media.length > 0 ? 'MM' : 'SM'}${randomBytes(16).toString('hex')}`;
  const params: Record<string, string> = {
    SmsMessageSid: sid,
    NumMedia: String(media.length),
    SmsSid: sid,
    SmsStatus: 'received',
    Body: input.body,
    To: input.to,
    // An MMS is one message, whatever its text's length.
    NumSegments: media.length > 0 ? '1' : String(Math.max(1, countSegments(input.body).segments)),
    MessageSid: sid,
    AccountSid: input.accountSid,
    From: input.from,
    ApiVersion: API_VERSION,
  };
  media.forEach((item, i) => {
    params[`MediaContentType${i}`] = item.contentType;
    params[`MediaUrl${i}`] =
      item.url ??
      `https://api.twilio.com/${API_VERSION}/Accounts/${input.accountSid}/Messages/${sid}/Media/ME${randomBytes(16).toString('hex')}`;
  });
  if (input.messagingServiceSid) params.MessagingServiceSid = input.messagingServiceSid;
  // Twilio adds the sender's and recipient's geography when it knows it; only the country is faked.
  if (input.from.startsWith('+1')) params.FromCountry = 'US';
  if (input.to.startsWith('+1')) params.ToCountry = 'US';
  const optOutType = optOutTypeOf(input.body);
  if (optOutType && (input.advancedOptOut ?? input.messagingServiceSid !== undefined)) {
    params.OptOutType = optOutType;
  }
  return signWebhook(input.authToken, input.url, params);
}

/** Parameters of a message status callback (a subset of the incoming ones, plus MessageStatus and ErrorCode). */
export function statusCallbackParams(m: FakeMessage, at: Date): Record<string, string> {
  const params: Record<string, string> = {
    AccountSid: m.accountSid,
    ApiVersion: API_VERSION,
    From: m.from ?? '',
    MessageSid: m.sid,
    MessageStatus: m.status,
    SmsSid: m.sid,
    SmsStatus: m.status,
    To: m.to,
  };
  if (m.messagingServiceSid) params.MessagingServiceSid = m.messagingServiceSid;
  if (m.errorCode !== null) params.ErrorCode = String(m.errorCode);
  if (m.status === 'delivered' || m.status === 'undelivered') params.RawDlrDoneDate = dlrDate(at);
  return params;
}

/** YYMMDDhhmm, the carrier's delivery receipt time. */
function dlrDate(at: Date): string {
  return at.toISOString().replace(/^\d\d(\d\d)-(\d\d)-(\d\d)T(\d\d):(\d\d).*$/, '$1$2$3$4$5');
}
