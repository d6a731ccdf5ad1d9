import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountingServer, startCountingServer } from '../../test/helpers/counting-server.js';
import { loadConfig } from './config.js';
import {
  assertPublicUrl,
  type HostResolver,
  isPublicAddress,
  outboundFetch,
  outboundRefusal,
} from './outbound-http.js';

/** loadConfig keeps generated keys in DATA_DIR: never the checkout. */
const SCRATCH_DIR = mkdtempSync(path.join(os.tmpdir(), 'cc-config-'));

describe('which addresses an outbound request may reach', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.1.2.3', 'RFC 1918'],
    ['172.16.0.1', 'RFC 1918'],
    ['172.31.255.255', 'RFC 1918'],
    ['192.168.1.1', 'RFC 1918'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', '"this network"'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['192.88.99.1', '6to4 relay anycast'],
    ['::1', 'IPv6 loopback'],
    ['[::1]', 'IPv6 loopback in brackets'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local'],
    ['fe80::1%eth0', 'IPv6 link-local with a zone'],
    ['fd00::1', 'unique-local'],
    ['fc00::abcd', 'unique-local'],
    ['ff02::1', 'IPv6 multicast'],
    ['2001:db8::1', 'IPv6 documentation'],
    ['3fff::1', 'IPv6 documentation'],
    ['100::1', 'discard-only'],
    ['2001:2::1', 'IPv6 benchmarking'],
    ['::ffff:127.0.0.1', 'IPv4-mapped, dotted'],
    ['::ffff:7f00:1', 'IPv4-mapped, hex'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
    ['::7f00:1', 'IPv4-compatible, hex'],
    ['::127.0.0.1', 'IPv4-compatible, dotted'],
    ['::a00:1', 'IPv4-compatible 10.0.0.1'],
    ['::ffff:0:7f00:1', 'IPv4-translated'],
    ['64:ff9b::10.0.0.1', 'NAT64, dotted'],
    ['64:ff9b::7f00:1', 'NAT64, hex'],
    ['64:ff9b:1::7f00:1', 'local-use NAT64'],
    ['64:ff9b:1::808:808', 'local-use NAT64 of a public address'],
    ['2002:7f00:1::', '6to4 of 127.0.0.1'],
    ['2002:a9fe:a9fe::1', '6to4 of 169.254.169.254'],
    ['2002:c0a8:101::', '6to4 of 192.168.1.1'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['2001::7f00:1', 'Teredo'],
    ['localhost', 'a name, not an address'],
    ['2130706433', 'not an address until a URL parser makes it one'],
  ])('%s is refused (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '172.32.0.1',
    '192.169.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('a URL being saved', () => {
  const refusal = async (url: string, resolve?: HostResolver) => {
    try {
      await assertPublicUrl(url, { allowPrivate: false, ...(resolve ? { resolve } : {}) });
      return null;
    } catch (error) {
      return outboundRefusal(error) ?? String(error);
    }
  };
  const resolvesTo =
    (...addresses: string[]): HostResolver =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it.each([
    'http://127.0.0.1:5232/',
    'http://[::1]/dav/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://[::7f00:1]/',
    'http://[::127.0.0.1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[2002:7f00:1::]/',
    'http://[64:ff9b:1::7f00:1]/',
    'http://[64:ff9b::a9fe:a9fe]/latest/meta-data/',
    'http://169.254.169.254/latest/meta-data/',
    'https://localhost/',
  ])('%s is refused', async (url) => {
    expect(await refusal(url)).toBe('private_address');
  });

  it('checks every address a name resolves to, and the scheme', async () => {
    expect(await refusal('https://dav.example.com/', resolvesTo('93.184.216.34', '10.0.0.5'))).toBe(
      'private_address',
    );
    expect(await refusal('https://dav.example.com/', resolvesTo('93.184.216.34', '::ffff:7f00:1'))).toBe(
      'private_address',
    );
    expect(await refusal('https://dav.example.com/', resolvesTo('93.184.216.34'))).toBeNull();
    expect(await refusal('https://dav.example.com/', resolvesTo())).toBe('unresolved');
    const failing: HostResolver = async () => {
      throw new Error('ENOTFOUND');
    };
    expect(await refusal('https://nowhere.invalid/', failing)).toBe('unresolved');
    expect(await refusal('file:///etc/passwd')).toBe('bad_url');
    expect(await refusal('gopher://example.com/')).toBe('bad_url');
    expect(await refusal('not a url')).toBe('bad_url');
    await expect(assertPublicUrl('http://127.0.0.1:5232/', { allowPrivate: true })).resolves.toBeUndefined();
    await expect(assertPublicUrl('ftp://127.0.0.1/', { allowPrivate: true })).rejects.toMatchObject({
      reason: 'bad_url',
    });
  });
});

describe('the allowance for private addresses', () => {
  const base = { APP_SECRET: 'x'.repeat(40), DATA_DIR: SCRATCH_DIR };
  const allowed = (env: Record<string, string>) => loadConfig({ ...base, ...env }).outbound.allowPrivate;

  it('is off by default, under NODE_ENV=test too, and set by OUTBOUND_ALLOW_PRIVATE', () => {
    for (const NODE_ENV of ['test', 'development', 'production']) expect(allowed({ NODE_ENV })).toBe(false);
    expect(allowed({ OUTBOUND_ALLOW_PRIVATE: 'true' })).toBe(true);
    expect(allowed({ CALDAV_ALLOW_PRIVATE: 'true' })).toBe(true);
    expect(allowed({ OUTBOUND_ALLOW_PRIVATE: 'false', CALDAV_ALLOW_PRIVATE: 'true' })).toBe(false);
  });
});

describe('a request through the guard', () => {
  let server: CountingServer;
  let port: number;
  beforeAll(async () => {
    server = await startCountingServer();
    port = server.port;
  });
  afterAll(() => server.close());

  const refusalOf = async (request: Promise<Response>) => {
    try {
      await request;
      return null;
    } catch (error) {
      return outboundRefusal(error) ?? String(error);
    }
  };

  it('is refused at connect time when the name resolves to a private address', async () => {
    const before = server.hits();
    const guarded = outboundFetch({ allowPrivate: false });
    expect(await refusalOf(guarded(`http://localhost:${port}/`))).toBe('private_address');
    expect(await refusalOf(guarded(`http://127.0.0.1:${port}/`))).toBe('private_address');
    expect(await refusalOf(guarded(`http://2130706433:${port}/`))).toBe('private_address');
    expect(server.hits()).toBe(before);
  });

  it('checks the address used, not the one seen when the URL was saved (DNS rebinding)', async () => {
    let calls = 0;
    const rebinding: HostResolver = async () => {
      calls += 1;
      return [{ address: calls === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
    };
    const url = `http://calendar.example.com:${port}/`;
    await expect(assertPublicUrl(url, { allowPrivate: false, resolve: rebinding })).resolves.toBeUndefined();
    const before = server.hits();
    const guarded = outboundFetch({ allowPrivate: false, resolve: rebinding });
    expect(await refusalOf(guarded(url))).toBe('private_address');
    expect(server.hits()).toBe(before);
  });

  it('reaches private addresses when OUTBOUND_ALLOW_PRIVATE allows them', async () => {
    const open = outboundFetch({ allowPrivate: true });
    const response = await open(`http://localhost:${port}/`, { headers: { accept: 'text/plain' } });
    expect(await response.text()).toBe('reached');
  });
});
