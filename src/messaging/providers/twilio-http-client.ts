import https from 'node:https';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import { encodeRequest, send } from './twilio-transport.js';

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

/** What the SDK's client answers: the status, the body and the headers. */
type SdkResponse<TData> = ReturnType<typeof twilio.RequestClient.prototype.request<TData>>;

export interface TwilioHttpClientOptions {
  /** Where to send REST API calls instead of https://api.twilio.com (TWILIO_API_BASE_URL). */
  baseUrl?: string;
  timeoutMs: number;
}

/**
 * The SDK's `httpClient`: its RequestClient with three changes: a request timeout; the API base URL swapped for
 * `baseUrl` when one is set (the SDK has no base URL option: it always builds `https://api.twilio.com/...`
 * and hands the full URL to its `httpClient`, so this is the one place a different server can be put in);
 * and calls made with Node's HTTP client over keep-alive connections (./twilio-transport.ts) instead of
 * axios, which cost about as much CPU as the rest of a send. Basic auth and the SDK's headers, form fields,
 * exceptions and error codes are unchanged. Behind a proxy (the SDK's HTTP_PROXY agent), with a token
 * instead of a password, or with nested fields, the SDK's own client makes the call.
 */
export class TwilioHttpClient extends twilio.RequestClient {
  readonly baseUrl: string | undefined;

  constructor(options: TwilioHttpClientOptions) {
    // The dispatcher owns retries and backoff; the SDK's own 429 retry would hide them.
    super({ timeout: options.timeoutMs, autoRetry: false });
    if (options.baseUrl !== undefined) new URL(options.baseUrl); // fail at start on a malformed URL
    this.baseUrl = options.baseUrl;
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>): SdkResponse<TData> {
    const uri = this.baseUrl === undefined ? opts.uri : rewriteTwilioApiUrl(opts.uri, this.baseUrl);
    const httpsAgent: unknown = this.axios.defaults.httpsAgent;
    const headers = { ...(opts.headers as Record<string, string> | undefined) };
    const encoded = encodeRequest({
      uri,
      headers,
      params: opts.params ?? undefined,
      data: opts.data ?? undefined,
    });
    if (!(httpsAgent instanceof https.Agent) || !opts.username || !opts.password || encoded === undefined)
      return super.request({ ...opts, uri });
    headers.Authorization = `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`;
    if (!headers.Connection && !headers.connection) headers.Connection = 'keep-alive';
    const request = {
      method: opts.method,
      uri,
      headers,
      timeoutMs: opts.timeout ?? this.defaultTimeout,
      httpsAgent,
    };
    return send(request, encoded.url, encoded.body) as SdkResponse<TData>;
  }
}
