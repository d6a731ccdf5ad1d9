import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';

/**
 * The REST API host in any of the forms the SDK builds: `api.twilio.com`, `api.<region>.twilio.com` and
 * `api.<edge>.<region>.twilio.com` (the SDK inserts edge and region from options or TWILIO_EDGE/TWILIO_REGION).
 * Other products (`messaging.twilio.com`, `lookups.twilio.com`, ...) are left alone.
 */
const TWILIO_API_HOST = /^api(\.[a-z0-9-]+){0,2}\.twilio\.com$/i;

/**
 * Points a URL the SDK built at `baseUrl` instead, keeping path and query. A base URL with a path
 * (`http://127.0.0.1:4010/twilio`) prefixes it. URLs for other hosts come back unchanged.
 */
export function rewriteTwilioApiUrl(uri: string, baseUrl: string): string {
  const target = new URL(uri);
  if (!TWILIO_API_HOST.test(target.hostname)) return uri;
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  return `${base.origin}${prefix}${target.pathname}${target.search}`;
}

export interface TwilioHttpClientOptions {
  /** Where to send REST API calls instead of https://api.twilio.com (TWILIO_API_BASE_URL). */
  baseUrl?: string;
  timeoutMs: number;
}

/**
 * The SDK's own RequestClient (Basic auth, form encoding, error handling untouched) with two additions:
 * a request timeout, and the API base URL swapped for `baseUrl` when one is set. The SDK has no base URL
 * option: it always builds `https://api.twilio.com/...` and hands the full URL to its `httpClient`, so
 * this is the one place a different server can be put in.
 */
export class TwilioHttpClient extends twilio.RequestClient {
  readonly baseUrl: string | undefined;

  constructor(options: TwilioHttpClientOptions) {
    // The dispatcher owns retries and backoff; the SDK's own 429 retry would hide them.
    super({ timeout: options.timeoutMs, autoRetry: false });
    if (options.baseUrl !== undefined) new URL(options.baseUrl); // fail at start on a malformed URL
    this.baseUrl = options.baseUrl;
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const uri = this.baseUrl === undefined ? opts.uri : rewriteTwilioApiUrl(opts.uri, this.baseUrl);
    return super.request({ ...opts, uri });
  }
}
