import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { type BenchServer, startBenchServer } from './child-server.js';

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

export type BaselineServer = BenchServer;

export function startBaselineServer(timeoutMs = 30_000): Promise<BaselineServer> {
  return startBenchServer(import.meta.filename, {}, timeoutMs);
}

if (process.argv[1] === import.meta.filename) await serve();
