/** Resource and error shapes of Twilio's 2010-04-01 REST API, as documented, for the fake to answer with. */

export const API_VERSION = '2010-04-01';

export type FakeMessageStatus =
  | 'accepted'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'undelivered'
  | 'failed'
  | 'received';

export interface FakeMessage {
  sid: string;
  accountSid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  status: FakeMessageStatus;
  direction: 'outbound-api' | 'inbound';
  statusCallback: string | null;
  numSegments: number;
  /** Media attached (MediaUrl on a create, NumMedia on an incoming message): more than none is an MMS. */
  numMedia: number;
  errorCode: number | null;
  dateCreated: Date;
  dateUpdated: Date;
  dateSent: Date | null;
  /** When the fake stored it, by the real clock whatever `now` says: epoch ms with sub-ms precision. */
  receivedAt: number;
}

/** `Thu, 30 Jul 2015 20:12:31 +0000`: RFC 2822 in GMT, as Twilio writes dates. */
export function rfc2822(at: Date): string {
  return at.toUTCString().replace(/GMT$/, '+0000');
}

export function accountPath(accountSid: string): string {
  return `/${API_VERSION}/Accounts/${accountSid}`;
}

export function messageJson(m: FakeMessage): Record<string, unknown> {
  const uri = `${accountPath(m.accountSid)}/Messages/${m.sid}`;
  return {
    account_sid: m.accountSid,
    api_version: API_VERSION,
    body: m.body,
    date_created: rfc2822(m.dateCreated),
    date_sent: m.dateSent ? rfc2822(m.dateSent) : null,
    date_updated: rfc2822(m.dateUpdated),
    direction: m.direction,
    error_code: m.errorCode,
    error_message: null,
    from: m.from,
    messaging_service_sid: m.messagingServiceSid,
    num_media: String(m.numMedia),
    num_segments: String(m.numSegments),
    price: null,
    price_unit: 'USD',
    sid: m.sid,
    status: m.status,
    subresource_uris: { media: `${uri}/Media.json`, feedback: `${uri}/Feedback.json` },
    to: m.to,
    uri: `${uri}.json`,
  };
}

const ERROR_MESSAGES: Record<number, string> = {
  20003: 'Authenticate',
  20404: 'The requested resource was not found',
  20429: 'Too Many Requests',
  20500: 'Internal Server Error',
  20503: 'Service Unavailable',
  21211: "Invalid 'To' Phone Number",
  21602: 'Message body is required.',
  21603: "A 'From' or 'MessagingServiceSid' parameter is required to send a message.",
  21604: "A 'To' phone number is required.",
  21606:
    "The 'From' phone number provided is not a valid message-capable Twilio phone number for this destination/account.",
  21610: 'Attempt to send to unsubscribed recipient',
  21614: "'To' number is not a valid mobile number",
  21617: 'The concatenated message body exceeds the 1600 character limit.',
};

/** Twilio's error body: `{ code, message, more_info, status }`. */
export function errorJson(httpStatus: number, code: number, message?: string): Record<string, unknown> {
  return {
    code,
    message: message ?? ERROR_MESSAGES[code] ?? `Error ${code}`,
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status: httpStatus,
  };
}

/** The generic code Twilio pairs with an HTTP status when nothing more specific applies (20429, 20500, ...). */
export function genericCode(httpStatus: number): number {
  return 20000 + httpStatus;
}
