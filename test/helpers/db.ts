import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, type Dialect, openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { newId } from '../../src/platform/ids.js';

export function testDialect(): Dialect {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
}

/** The server tests create their databases on; override with TEST_PG_ADMIN_URL. */
export function pgAdminUrl(): string {
  return process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export interface TestDatabase extends DatabaseHandle {
  /** The PostgreSQL URL, or the SQLite file: enough for a child process to open the same database. */
  databaseUrl: string | undefined;
  sqliteFile: string | undefined;
  dataDir: string;
  cleanup(): Promise<void>;
}

/** A second connection to a test database, as another process would open; closing it leaves the database. */
export function connectTestDatabase(database: TestDatabase): TestDatabase {
  const { databaseUrl, sqliteFile, dataDir } = database;
  const handle = openDatabase({ databaseUrl, dataDir, ...(sqliteFile ? { sqliteFile } : {}) });
  return { ...handle, databaseUrl, sqliteFile, dataDir, cleanup: () => handle.destroy() };
}

/** A fresh, migrated database of the dialect under test: a temporary SQLite file or a new PostgreSQL database. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-test-'));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (testDialect() === 'postgres') {
    const name = `cc_test_${newId().replaceAll('-', '').slice(-20)}`;
    const admin = new pg.Client({ connectionString: pgAdminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(pgAdminUrl());
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: pgAdminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const sqliteFile = databaseUrl ? undefined : path.join(dataDir, 'closing-cloud.db');
  const handle = openDatabase({ databaseUrl, dataDir, ...(sqliteFile ? { sqliteFile } : {}) });
  if (options.migrate !== false) {
    const outcome = await migrateToLatest(handle.db);
    if (outcome.error) throw outcome.error;
  }
  return {
    ...handle,
    databaseUrl,
    sqliteFile,
    dataDir,
    cleanup: async () => {
      await handle.destroy();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
