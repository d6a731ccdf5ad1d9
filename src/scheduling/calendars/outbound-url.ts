import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { CalendarSyncError } from './sync-support.js';

/**
 * Addresses a URL someone typed in (a CalDAV server) may not reach: loopback, private networks,
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unspecified, multicast and reserved
 * ranges. Without this, connecting a "calendar" would let a workspace member make the server call its
 * own network.
 */
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
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped, IPv4-compatible or NAT64 IPv6 address, if any. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex?.[1] || !hex[2]) return null;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True for an address that is not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4 && isIP(v4) === 4) return BLOCKED.check(v4, 'ipv4');
    return BLOCKED.check(address, 'ipv6');
  }
  return true;
}

export type HostLookup = (hostname: string) => Promise<readonly string[]>;

const systemLookup: HostLookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Checks that `url` is http(s) and that its host, and every address its name resolves to, is public.
 * With `allowPrivate` (the CALDAV_ALLOW_PRIVATE setting) only the scheme is checked. Throws
 * `CalendarSyncError` `<prefix>:private_address` (or `:bad_url`, `:unresolved`), none worth retrying
 * as is.
 */
export async function assertPublicUrl(
  url: string,
  options: { allowPrivate: boolean; prefix: string; lookup?: HostLookup },
): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CalendarSyncError(`${options.prefix}:bad_url`, false);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new CalendarSyncError(`${options.prefix}:bad_url`, false);
  if (options.allowPrivate) return;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (options.lookup ?? systemLookup)(host);
    } catch {
      throw new CalendarSyncError(`${options.prefix}:unresolved`, true);
    }
  }
  if (addresses.length === 0) throw new CalendarSyncError(`${options.prefix}:unresolved`, true);
  if (addresses.some(isPrivateAddress))
    throw new CalendarSyncError(`${options.prefix}:private_address`, false);
}
