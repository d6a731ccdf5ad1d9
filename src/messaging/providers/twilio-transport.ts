import http from 'node:http';
import https from 'node:https';

/**
 * What the SDK's `httpClient` is asked to do: one REST call, answered with the status, the body as text (the
 * SDK parses it) and the headers. Node's own HTTP client over keep-alive connections, instead of the SDK's
 * axios: the SDK stays the interface (auth, form fields, URLs, error codes and exceptions are its own).
 */
export interface TransportRequest {
  method: string;
  uri: string;
  headers: Record<string, string>;
  params?: object | undefined;
  data?: object | undefined;
  timeoutMs: number;
  /** The agent for https URLs: the SDK's, so its CA bundle and socket limits apply. */
  httpsAgent: https.Agent;
}

export interface TransportResponse {
  statusCode: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 20, maxFreeSockets: 5 });

/**
 * The form (or query) encoding of a flat object as the SDK sends it: arrays repeat their key, undefined is
 * left out. Undefined when a value is a nested object, which the SDK's own client must encode.
 */
export function formEncode(fields: object): string | undefined {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      if (item !== null && typeof item === 'object') return undefined;
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(item === null ? '' : String(item))}`);
    }
  }
  return parts.join('&');
}

/** Undefined when the request needs the SDK's own client (nested fields). */
export function encodeRequest(
  request: Pick<TransportRequest, 'uri' | 'headers' | 'params' | 'data'>,
): { url: string; body: string | undefined } | undefined {
  const query = request.params === undefined ? '' : formEncode(request.params);
  if (query === undefined) return undefined;
  const url = query === '' ? request.uri : `${request.uri}${request.uri.includes('?') ? '&' : '?'}${query}`;
  if (request.data === undefined) return { url, body: undefined };
  if (request.headers['Content-Type'] === 'application/json')
    return { url, body: JSON.stringify(request.data) };
  const body = formEncode(request.data);
  return body === undefined ? undefined : { url, body };
}

export function send(
  request: TransportRequest,
  url: string,
  body: string | undefined,
): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const headers: Record<string, string | number> = { ...request.headers };
    if (body !== undefined) headers['Content-Length'] = Buffer.byteLength(body);
    const req = (secure ? https : http).request(
      target,
      {
        method: request.method.toUpperCase(),
        headers,
        agent: secure ? request.httpsAgent : httpAgent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          clearTimeout(timer);
          resolve({
            statusCode: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          });
        });
      },
    );
    function fail(error: Error) {
      clearTimeout(timer);
      reject(error);
    }
    // The whole call, as the SDK's client times it, with its code and wording, so the failure is classified alike.
    const timer = setTimeout(() => {
      req.destroy(
        Object.assign(new Error(`timeout of ${request.timeoutMs}ms exceeded`), { code: 'ECONNABORTED' }),
      );
    }, request.timeoutMs);
    req.on('error', fail);
    req.end(body);
  });
}
