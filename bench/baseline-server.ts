import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';

/**
 * The floor the service is measured against: bare Fastify and better-sqlite3 (WAL, the same pragmas as the
 * service), one insert per request, no validation, auth, logging or jobs. Run directly it listens on PORT
 * (or a free port) of 127.0.0.1 and prints `listening <url>`; `startBaselineServer` runs it as a child process.
 */

async function serve(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-baseline-'));
  const sqlite = new SQLite(path.join(dir, 'baseline.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec(
    'CREATE TABLE leads (id INTEGER PRIMARY KEY, phone TEXT, body TEXT NOT NULL, received_at TEXT NOT NULL)',
  );
  const insert = sqlite.prepare('INSERT INTO leads (phone, body, received_at) VALUES (?, ?, ?)');

  const app = Fastify({ logger: false });
  app.post('/api/v1/leads', async (request, reply) => {
    const body = request.body as { phone?: unknown };
    const result = insert.run(
      typeof body.phone === 'string' ? body.phone : null,
      JSON.stringify(body),
      new Date().toISOString(),
    );
    return reply.status(201).send({ leadId: String(result.lastInsertRowid) });
  });

  const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
  process.stdout.write(`listening ${address}\n`);
  const shutdown = () => {
    void app.close().then(() => {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

export interface BaselineServer {
  url: string;
  stop(): Promise<void>;
}

export function startBaselineServer(timeoutMs = 30_000): Promise<BaselineServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', import.meta.filename], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`baseline server did not start: ${output}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const port = /listening http:\/\/\S+:(\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({ url: `http://127.0.0.1:${port}`, stop });
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`baseline server exited: ${output}`));
    });
  });
}

if (process.argv[1] === import.meta.filename) await serve();
