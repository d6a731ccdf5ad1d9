import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { contextFrom } from '../../src/http/context.js';
import { createLeadSource } from '../../src/integrations/sources.service.js';
import { systemClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { TEST_APP_SECRET } from '../helpers/app.js';
import {
  createWorkspace,
  type ServiceEnv,
  type ServiceProcess,
  startService,
} from '../helpers/service-process.js';

/**
 * `kill -9` of the service in the middle of a burst of lead emails over SMTP. Every email the receiver
 * answered 250 must, after a restart, be exactly one lead with one inquiry; an email that got no answer
 * may or may not be there, but never twice.
 */

const EMAILS = 100;
const KILL_AFTER_ACCEPTED = 40;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-email-crash-'));
let service: ServiceProcess | undefined;

afterAll(async () => {
  await service?.crash();
  rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function leadAddress(env: ServiceEnv, workspaceId: string): Promise<string> {
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  const database = openDatabase({ dataDir });
  try {
    const ctx = contextFrom({
      config,
      database,
      clock: systemClock,
      logger: createLogger({ level: 'silent' }),
    });
    const created = await createLeadSource(ctx, {
      workspaceId,
      body: { kind: 'email', enabled: true },
      by: { type: 'api_key', apiKeyId: 'test-setup' },
    });
    return created.secrets.address ?? '';
  } finally {
    await database.destroy();
  }
}

const phoneOf = (i: number) => `+1512555${String(2000 + i)}`;

function message(i: number) {
  return {
    from: '"Realtor.com" <leads@email.realtor.com>',
    subject: `New realtor.com lead ${i}`,
    messageId: `<crash-${i}@email.realtor.com>`,
    text: `First Name: Burst\nLast Name: Lead${i}\nPhone: ${phoneOf(i)}\nComments: Email number ${i}`,
  };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function inquiriesByPhone(workspaceId: string) {
  const database = openDatabase({ dataDir });
  try {
    const rows = await database.db
      .selectFrom('inquiries')
      .innerJoin('contacts', 'contacts.id', 'inquiries.contactId')
      .select(['contacts.phone', 'inquiries.leadId'])
      .where('inquiries.workspaceId', '=', workspaceId)
      .execute();
    const received = await database.db
      .selectFrom('sourcePayloads')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('status', '=', 'received')
      .execute();
    const counts = new Map<string, number>();
    for (const row of rows) if (row.phone) counts.set(row.phone, (counts.get(row.phone) ?? 0) + 1);
    return { counts, unread: received.length };
  } finally {
    await database.destroy();
  }
}

describe('a crash during a burst of lead emails', () => {
  it('every email answered 250 is exactly one lead after a restart', async () => {
    const smtpPort = await freePort();
    const env: ServiceEnv = {
      DATA_DIR: dataDir,
      APP_SECRET: TEST_APP_SECRET,
      LEAD_EMAIL_PORT: String(smtpPort),
      LEAD_EMAIL_DOMAIN: 'leads.example.com',
      SMS_PROVIDER: 'sandbox',
    };
    const { workspaceId } = await createWorkspace(env, 'Crash Realty');
    const address = await leadAddress(env, workspaceId);
    service = await startService({ ...env }, 60_000, ['--no-demo']);

    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: 5_000,
      socketTimeout: 5_000,
    });
    await waitFor(
      'the SMTP receiver',
      async () => ((await transport.verify().catch(() => false)) ? true : undefined),
      20_000,
    );

    const accepted = new Set<number>();
    let next = 0;
    let crashed: Promise<void> | undefined;
    const sender = async () => {
      while (next < EMAILS) {
        const i = next;
        next += 1;
        try {
          const info = await transport.sendMail({ ...message(i), to: address });
          if (info.accepted.length === 1) accepted.add(i);
        } catch {
          // No 250: the email may or may not have been stored.
        }
        if (accepted.size >= KILL_AFTER_ACCEPTED && !crashed) crashed = service?.crash();
      }
    };
    await Promise.all(Array.from({ length: 6 }, sender));
    await crashed;
    transport.close();
    expect(accepted.size).toBeGreaterThanOrEqual(KILL_AFTER_ACCEPTED);
    expect(accepted.size).toBeLessThan(EMAILS);

    service = await startService({ ...env }, 60_000, ['--no-demo']);
    // The payloads stored before the crash are read by their jobs (due 15 s after each arrived).
    const { counts } = await waitFor(
      'every stored email to be read',
      async () => {
        const state = await inquiriesByPhone(workspaceId);
        return state.unread === 0 && [...accepted].every((i) => state.counts.has(phoneOf(i)))
          ? state
          : undefined;
      },
      60_000,
    );
    for (const i of accepted) expect(counts.get(phoneOf(i)), `email ${i}`).toBe(1);
    for (const [phone, n] of counts) expect(n, phone).toBe(1);
  }, 180_000);
});
