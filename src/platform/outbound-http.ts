import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';

/**
 * The one guard for HTTP requests to URLs a workspace can set (its CalDAV server, its model's base URL, and
 * later its outbound webhooks). Without it, a workspace member could make the server call its own network:
 * loopback, private and link-local ranges (cloud metadata at 169.254.169.254), and the same addresses
 * dressed as IPv6. The check runs when a URL is saved, for a clear answer, and again on every connection,
 * on the very addresses the socket is about to use, so a name that resolves elsewhere later (DNS rebinding)
 * or a redirect gains nothing.
 */

export type OutboundRefusal = 'bad_url' | 'private_address' | 'unresolved';

export class OutboundAddressError extends Error {
  constructor(readonly reason: OutboundRefusal) {
    super(`Outbound request refused: ${reason}`);
    this.name = 'OutboundAddressError';
  }
}

const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215): a translator on someone's own network
  ['100::', 64],
  ['2001::', 23], // IETF protocol assignments, Teredo and benchmarking among them
  ['2001:db8::', 32],
  ['3fff::', 20],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv6');

/** The eight 16-bit groups of a valid IPv6 address, a trailing dotted quad included. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const front = parse(head);
  if (tail === undefined) return front;
  const back = parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The IPv4 address an IPv6 address carries to the same host: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible
 * (::a.b.c.d, so `::7f00:1` is 127.0.0.1), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and
 * 6to4 (2002:aabb:ccdd::).
 */
function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  const v4 = (high = 0, low = 0) => [high >> 8, high & 255, low >> 8, low & 255].join('.');
  const zero = (from: number, to: number) => g.slice(from, to).every((group) => group === 0);
  if (zero(0, 5) && (g[5] === 0 || g[5] === 0xffff)) return v4(g[6], g[7]);
  if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) return v4(g[6], g[7]);
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return v4(g[6], g[7]);
  if (g[0] === 0x2002) return v4(g[1], g[2]);
  return null;
}

/** True only for an address on the public internet; anything that is not an IP address is not. */
export function isPublicAddress(address: string): boolean {
  const host = address.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  if (family === 4) return !BLOCKED.check(host, 'ipv4');
  if (family !== 6) return false;
  const v4 = embeddedIpv4(host);
  return v4 ? !BLOCKED.check(v4, 'ipv4') : !BLOCKED.check(host, 'ipv6');
}

/** Every address a name resolves to. */
export type HostResolver = (hostname: string) => Promise<readonly LookupAddress[]>;

const systemResolver: HostResolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export interface OutboundOptions {
  /** Private addresses are allowed (OUTBOUND_ALLOW_PRIVATE: a server on the operator's own network). */
  allowPrivate: boolean;
  resolve?: HostResolver;
}

/** The URL, parsed, if it is http(s); WHATWG parsing turns `2130706433` and `0x7f.1` into `127.0.0.1`. */
function httpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OutboundAddressError('bad_url');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new OutboundAddressError('bad_url');
  return parsed;
}

/** The addresses behind a host; refuses the host unless every one of them is public. */
async function publicAddresses(host: string, resolve: HostResolver): Promise<readonly LookupAddress[]> {
  const bare = host.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  let addresses: readonly LookupAddress[];
  if (family) addresses = [{ address: bare, family }];
  else {
    try {
      addresses = await resolve(bare);
    } catch {
      throw new OutboundAddressError('unresolved');
    }
  }
  if (addresses.length === 0) throw new OutboundAddressError('unresolved');
  if (!addresses.every((entry) => isPublicAddress(entry.address)))
    throw new OutboundAddressError('private_address');
  return addresses;
}

/**
 * For a URL being saved: throws `OutboundAddressError` unless it is http(s) and its host, and every
 * address its name resolves to now, is public. With `allowPrivate` only the scheme is checked.
 */
export async function assertPublicUrl(url: string, options: OutboundOptions): Promise<void> {
  const parsed = httpUrl(url);
  if (!options.allowPrivate) await publicAddresses(parsed.hostname, options.resolve ?? systemResolver);
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for `net.connect` that hands the socket only addresses that passed the check. */
function guardedLookup(resolve: HostResolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    publicAddresses(hostname, resolve).then(
      (addresses) => {
        const usable = options.family
          ? addresses.filter((entry) => entry.family === options.family)
          : [...addresses];
        const first = usable[0];
        if (!first) callback(new OutboundAddressError('unresolved'), '');
        else if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: Error) => callback(error, ''),
    );
  };
}

const CONNECT_TIMEOUT_MS = 10_000;

function guardedAgent(resolve: HostResolver): Agent {
  const connect = buildConnector({ lookup: guardedLookup(resolve), timeout: CONNECT_TIMEOUT_MS });
  return new Agent({
    // net.connect skips `lookup` for an IP literal (a URL's own host or a redirect's), so literals are checked here.
    connect: (options, callback) => {
      const host = options.hostname.replace(/^\[|\]$/g, '');
      if (isIP(host) && !isPublicAddress(host)) callback(new OutboundAddressError('private_address'), null);
      else connect(options, callback);
    },
  });
}

let sharedGuarded: Agent | undefined;
let sharedOpen: Agent | undefined;

function agentFor(options: OutboundOptions): Agent {
  if (options.allowPrivate) {
    sharedOpen ??= new Agent();
    return sharedOpen;
  }
  if (options.resolve) return guardedAgent(options.resolve);
  sharedGuarded ??= guardedAgent(systemResolver);
  return sharedGuarded;
}

type UndiciInput = Parameters<typeof undiciFetch>[0];
type UndiciInit = NonNullable<Parameters<typeof undiciFetch>[1]>;

/**
 * A `fetch` for URLs a workspace chose, for libraries that take one (the AI SDK, tsdav): every connection it
 * opens, redirects included, goes only to public addresses unless `allowPrivate`. A refusal rejects like a
 * network failure, with the `OutboundAddressError` as its cause (see `outboundRefusal`).
 */
export function outboundFetch(options: OutboundOptions): typeof globalThis.fetch {
  const dispatcher = agentFor(options);
  return (input, init) => {
    if (typeof input !== 'string' && !(input instanceof URL))
      return Promise.reject(new TypeError('outboundFetch takes a URL, not a Request'));
    const request = { ...(init as UndiciInit | undefined), dispatcher };
    return undiciFetch(input as UndiciInput, request) as unknown as Promise<Response>;
  };
}

/** Why the guard refused a request whose failure is `error` (or one of its causes), if it did. */
export function outboundRefusal(error: unknown): OutboundRefusal | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof OutboundAddressError) return current.reason;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
