import { createHash } from 'node:crypto';
import { API_VERSION, accountPath, rfc2822 } from './twilio-json.js';

/** An account the fake authenticates: its SID and auth token (HTTP Basic), and the numbers it owns. */
export interface FakeAccount {
  accountSid: string;
  authToken: string;
  numbers?: string[] | undefined;
  /** `active` unless said otherwise. */
  status?: 'active' | 'suspended' | 'closed';
  friendlyName?: string;
}

const CREATED = new Date('2024-03-01T12:00:00Z');

export function basicAuth(account: FakeAccount): string {
  return `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
}

/** GET /2010-04-01/Accounts/{AccountSid}.json: the Account resource as documented, token included. */
export function accountJson(account: FakeAccount): Record<string, unknown> {
  const base = accountPath(account.accountSid);
  const sub = (name: string) => `${base}/${name}.json`;
  return {
    auth_token: account.authToken,
    date_created: rfc2822(CREATED),
    date_updated: rfc2822(CREATED),
    friendly_name: account.friendlyName ?? 'Fake Realty',
    owner_account_sid: account.accountSid,
    sid: account.accountSid,
    status: account.status ?? 'active',
    subresource_uris: {
      incoming_phone_numbers: sub('IncomingPhoneNumbers'),
      messages: sub('Messages'),
      calls: sub('Calls'),
      balance: sub('Balance'),
    },
    type: 'Full',
    uri: `${base}.json`,
  };
}

/**
 * GET .../IncomingPhoneNumbers.json: the account's numbers, filtered by PhoneNumber as Twilio does (any
 * part of the number, `*` standing for one digit), in one page.
 */
export function incomingPhoneNumbersPage(account: FakeAccount, q: URLSearchParams): Record<string, unknown> {
  const filter = q.get('PhoneNumber');
  const pattern = filter ? new RegExp(filter.replace(/[^\d*]/g, '').replaceAll('*', '\\d')) : undefined;
  const numbers = (account.numbers ?? []).filter((n) => !pattern || pattern.test(n.replace(/\D/g, '')));
  const pageSize = Math.min(1000, Math.max(1, Number(q.get('PageSize') ?? 50) || 50));
  const uri = `${accountPath(account.accountSid)}/IncomingPhoneNumbers.json?${q.toString()}`;
  return {
    end: Math.max(0, Math.min(numbers.length, pageSize) - 1),
    first_page_uri: uri,
    incoming_phone_numbers: numbers.slice(0, pageSize).map((n) => incomingNumberJson(account, n)),
    next_page_uri: null,
    page: 0,
    page_size: pageSize,
    previous_page_uri: null,
    start: 0,
    uri,
  };
}

function incomingNumberJson(account: FakeAccount, number: string): Record<string, unknown> {
  const sid = `PN${createHash('sha256').update(`${account.accountSid}${number}`).digest('hex').slice(0, 32)}`;
  return {
    account_sid: account.accountSid,
    api_version: API_VERSION,
    capabilities: { fax: false, mms: true, sms: true, voice: true },
    date_created: rfc2822(CREATED),
    date_updated: rfc2822(CREATED),
    friendly_name: number,
    origin: 'twilio',
    phone_number: number,
    sid,
    sms_method: 'POST',
    sms_url: '',
    status: 'in-use',
    status_callback: '',
    uri: `${accountPath(account.accountSid)}/IncomingPhoneNumbers/${sid}.json`,
    voice_method: 'POST',
    voice_url: '',
  };
}
