import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { openDatabase } from '../src/db/database.js';
import { contextFrom } from '../src/http/context.js';
import { createLeadSource } from '../src/integrations/sources.service.js';
import { systemClock } from '../src/platform/clock.js';
import { loadConfig } from '../src/platform/config.js';
import { createLogger } from '../src/platform/logger.js';
import { type FakeTwilio, startFakeTwilio } from '../test/fakes/twilio/fake-twilio.js';
import {
  configureWorkspace,
  createWorkspace,
  ROOT,
  type ServiceEnv,
  type ServiceProcess,
  startService,
} from '../test/helpers/service-process.js';
import { openLoop, percentile, providerArrivals, sleep, validUsPhones, waitFor } from './load.js';

/**
 * `npm run bench:intake-email`: lead emails over SMTP at 50 a second for 20 s to the built-in receiver of
 * the real service (SQLite, Twilio through the SDK at a local fake), each a realtor.com-style notice from
 * a source whose leads carry consent. Measures the SMTP 250 → the fake Twilio receiving the first text.
 * Writes bench/results/intake-email.json.
 */

const RATE = Number(process.env.BENCH_RATE ?? 50);
const DURATION_MS = Number(process.env.BENCH_OPEN_S ?? 20) * 1000;
const SEND_WAIT_MS = 30_000;
const ACCOUNT_SID = `AC${'e'.repeat(32)}`;
const AUTH_TOKEN = 'bench-email-token';
const FROM = '+15125550100';
const APP_SECRET = 'bench-app-secret-bench-app-secret-0123456789';
const RESULTS = path.join(ROOT, 'bench/results/intake-email.json');
const DISCLOSURE =
  'By submitting, you agree to receive texts from Bench Realty about your inquiry. Msg & data rates may apply. ' +
  'Reply STOP to opt out, HELP for help. Consent is not a condition of purchase.';

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;

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

/** Texas numbers: one zone, so the first texts are judged by the same local time. */
function texasPhones(count: number): string[] {
  const phones: string[] = [];
  for (const phone of validUsPhones()) {
    if (phone.startsWith('+1512') || phone.startsWith('+1737')) phones.push(phone);
    if (phones.length === count) return phones;
  }
  return phones;
}

async function leadAddress(env: ServiceEnv, dataDir: string, workspaceId: string): Promise<string> {
  const database = openDatabase({ dataDir });
  try {
    const ctx = contextFrom({
      config: loadConfig({ ...env, LOG_LEVEL: 'silent' }),
      database,
      clock: systemClock,
      logger: createLogger({ level: 'silent' }),
    });
    const created = await createLeadSource(ctx, {
      workspaceId,
      body: {
        kind: 'email',
        enabled: true,
        consent: { sms: true, disclosure: DISCLOSURE, disclosureVersion: 'bench-1' },
      },
      by: { type: 'api_key', apiKeyId: 'bench' },
    });
    return created.secrets.address ?? '';
  } finally {
    await database.destroy();
  }
}

function leadEmail(phone: string, n: number) {
  return {
    from: '"realtor.com" <leads@email.realtor.com>',
    subject: `New realtor.com lead - ${100 + n} Oak Street`,
    messageId: `<bench-${n}-${Date.now()}@email.realtor.com>`,
    text: [
      'You have a new lead from realtor.com',
      '',
      `First Name: Jordan`,
      `Last Name: Lee${n}`,
      `Email: jordan.lee${n}@example.com`,
      `Phone: ${phone}`,
      'Comments: Is this home still available? Could we see it this weekend?',
      '',
      `Address: ${100 + n} Oak Street, Austin, TX 78701`,
      'List Price: $450,000',
    ].join('\n'),
  };
}

/** What became of accepted emails whose text never reached the provider, read from the database. */
async function whyNoText(dataDir: string, phones: string[]) {
  if (phones.length === 0) return [];
  const database = openDatabase({ dataDir });
  try {
    const db = database.db;
    const details = [];
    for (const phone of phones.slice(0, 10)) {
      const contact = await db
        .selectFrom('contacts')
        .select('id')
        .where('phone', '=', phone)
        .executeTakeFirst();
      const payload = await db
        .selectFrom('sourcePayloads')
        .select(['status', 'error', 'attempts'])
        .where('raw', 'like', `%${phone}%`)
        .executeTakeFirst();
      const messages = contact
        ? await db
            .selectFrom('messages')
            .select(['status', 'gateReason', 'errorCode', 'createdAt', 'sentAt'])
            .where('contactId', '=', contact.id)
            .execute()
        : [];
      details.push({ lead: Boolean(contact), payload: payload ?? null, messages });
    }
    return details;
  } finally {
    await database.destroy();
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-bench-email-'));
  const fake: FakeTwilio = await startFakeTwilio({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    numbers: [FROM],
  });
  const smtpPort = await freePort();
  const env: ServiceEnv = {
    DATA_DIR: dataDir,
    APP_SECRET,
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_API_BASE_URL: fake.baseUrl,
    LEAD_EMAIL_PORT: String(smtpPort),
    LEAD_EMAIL_DOMAIN: 'leads.bench.example',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  };
  let service: ServiceProcess | undefined;
  try {
    const { workspaceId } = await createWorkspace(env, 'Bench Realty');
    await configureWorkspace({
      dataDir,
      workspaceId,
      twilioNumber: FROM,
      messaging: { workspaceDailyCap: 1_000_000 },
    });
    const address = await leadAddress(env, dataDir, workspaceId);
    service = await startService(env, 60_000, ['--no-demo']);
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: 16,
      maxMessages: Number.POSITIVE_INFINITY,
    });
    await waitFor(async () => (await transport.verify().catch(() => false)) === true, 20_000, 200);
    const total = Math.round((DURATION_MS / 1000) * RATE);
    const phones = texasPhones(total + 20);
    const arrivals = providerArrivals(fake);

    // Warm-up, untimed.
    for (let i = 0; i < 20; i += 1)
      await transport.sendMail({ ...leadEmail(phones[total + i] as string, total + i), to: address });
    await sleep(2000);

    log(`${total} lead emails at ${RATE}/s over SMTP`);
    const accepted: { phone: string; sentAt: number; at: number; ackMs: number }[] = [];
    const refused: string[] = [];
    const loop = await openLoop({
      ratePerSec: RATE,
      durationMs: DURATION_MS,
      task: async (i) => {
        const phone = phones[i] as string;
        const sentAt = performance.timeOrigin + performance.now();
        try {
          const info = await transport.sendMail({ ...leadEmail(phone, i), to: address });
          const at = performance.timeOrigin + performance.now();
          if (info.accepted.length === 1) accepted.push({ phone, sentAt, at, ackMs: at - sentAt });
          else refused.push(String(info.response));
        } catch (error) {
          refused.push(error instanceof Error ? error.message : String(error));
        }
      },
    });
    await waitFor(() => accepted.every((a) => arrivals.firstAt(a.phone) !== undefined), SEND_WAIT_MS, 100);
    transport.close();

    const latencies: number[] = [];
    const fromSubmit: number[] = [];
    let missing = 0;
    let duplicates = 0;
    for (const lead of accepted) {
      const at = arrivals.firstAt(lead.phone);
      if (at === undefined) missing += 1;
      else {
        latencies.push(at - lead.at);
        fromSubmit.push(at - lead.sentAt);
      }
      duplicates += Math.max(0, arrivals.count(lead.phone) - 1);
    }
    const missingDetail = await whyNoText(
      dataDir,
      accepted.filter((a) => arrivals.firstAt(a.phone) === undefined).map((a) => a.phone),
    );
    latencies.sort((a, b) => a - b);
    fromSubmit.sort((a, b) => a - b);
    const acks = accepted.map((a) => a.ackMs).sort((a, b) => a - b);
    const result = {
      email_to_provider_ms: {
        p50: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
        p99: round(percentile(latencies, 99)),
      },
      context: {
        rate_per_s: RATE,
        sent: loop.sent,
        accepted: accepted.length,
        refused: refused.length,
        refused_sample: refused.slice(0, 3),
        texts_missing: missing,
        // For each, what the database held once the wait was over: the lead email's payload and the text.
        missing_detail: missingDetail,
        duplicate_texts: duplicates,
        max_ms: round(latencies.at(-1) ?? Number.NaN),
        // From the client handing the message to its SMTP connection pool: includes waiting for a connection.
        submitted_to_250_ms: { p50: round(percentile(acks, 50)), p99: round(percentile(acks, 99)) },
        submitted_to_provider_ms: {
          p50: round(percentile(fromSubmit, 50)),
          p95: round(percentile(fromSubmit, 95)),
          p99: round(percentile(fromSubmit, 99)),
        },
        accepted_per_s: round(
          accepted.length /
            ((Math.max(...accepted.map((a) => a.at)) - Math.min(...accepted.map((a) => a.sentAt))) / 1000),
        ),
        generator_max_start_lag_ms: round(loop.maxStartLagMs),
        machine: { cpus: os.cpus().length, load_before: round(os.loadavg()[0] ?? 0) },
        measured_at: new Date().toISOString(),
      },
    };
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
    log(JSON.stringify(result));
  } finally {
    await service?.stop();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
