import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DAVClient } from 'tsdav';

/**
 * A real CalDAV server for tests: Debian's `radicale` on 127.0.0.1 and a free port, with its storage in a
 * temporary folder and htpasswd users (plain passwords, fine for a throwaway server).
 */
export interface Radicale {
  readonly url: string;
  readonly users: Record<string, string>;
  /** Creates a calendar collection for a user (MKCALENDAR) and returns its URL. */
  makeCalendar(user: string, name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Why radicale cannot run here, or null when it can. */
export function radicaleUnavailable(): string | null {
  const probe = spawnSync('radicale', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return 'radicale is not installed (apt-get install -y radicale); the CalDAV round trip needs a real server';
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`radicale exited (${child.exitCode}): ${output()}`);
    try {
      const response = await fetch(url, { method: 'OPTIONS' });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`radicale did not start within 15 s: ${output()}`);
}

export async function startRadicale(users: Record<string, string>): Promise<Radicale> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-radicale-'));
  const port = await freePort();
  const htpasswd = path.join(dir, 'users');
  writeFileSync(
    htpasswd,
    `${Object.entries(users)
      .map(([u, p]) => `${u}:${p}`)
      .join('\n')}\n`,
  );
  const config = path.join(dir, 'config');
  writeFileSync(
    config,
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      '[auth]',
      'type = htpasswd',
      `htpasswd_filename = ${htpasswd}`,
      'htpasswd_encryption = plain',
      'delay = 0',
      '[rights]',
      'type = owner_only',
      '[storage]',
      `filesystem_folder = ${path.join(dir, 'collections')}`,
      '[logging]',
      'level = warning',
      '',
    ].join('\n'),
  );
  let output = '';
  const child = spawn('radicale', ['--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilUp(url, child, () => output);
  return {
    url,
    users,
    async makeCalendar(user, name) {
      const client = new DAVClient({
        serverUrl: url,
        credentials: { username: user, password: users[user] ?? '' },
        authMethod: 'Basic',
        defaultAccountType: 'caldav',
      });
      await client.login();
      const calendarUrl = `${client.account?.homeUrl ?? `${url}${user}/`}${name}/`;
      await client.makeCalendar({ url: calendarUrl, props: { displayname: name } });
      return calendarUrl;
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
