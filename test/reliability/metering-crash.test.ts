import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  jsonClient,
  leadBody,
  openLoop,
  type PostResult,
  takePhones,
  validUsPhones,
  waitFor,
} from '../../bench/load.js';
import { openDatabase } from '../../src/db/database.js';
import { type FakeTwilio, startFakeTwilio } from '../fakes/twilio/fake-twilio.js';
import {
  configureWorkspace,
  createWorkspace,
  type ServiceEnv,
  type ServiceProcess,
  startService,
} from '../helpers/service-process.js';

/**
 * Usage metering under `kill -9` mid-burst: after a restart settles every text, each text the provider took
 * has exactly one `sms_segment_out` event (for its segments), each lead stored (every acknowledged one among
 * them) one `lead_received`, and no usage event lacks the message or lead it counts. The slow provider at the
 * kill leaves sends in limbo, which the restarted dispatcher reconciles: their usage must still be recorded
 * once, neither lost with the dead process nor counted again by the reconciliation.
 */

const ACCOUNT_SID = `AC${'d'.repeat(32)}`;
const AUTH_TOKEN = 'metering-crash-token';
const FROM = '+15125550101';
const POSTS = 150;
const KILL_AFTER_ACKS = 50;

let fake: FakeTwilio | undefined;
let service: ServiceProcess | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-metering-crash-'));

afterAll(async () => {
  await service?.crash();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function readDatabase<T>(read: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>): Promise<T> {
  const database = openDatabase({ dataDir });
  try {
    return await read(database.db);
  } finally {
    await database.destroy();
  }
}

describe('usage metering under kill -9 during a burst', () => {
  it('records each sent text and each lead exactly once, and nothing without its cause', {
    timeout: 180_000,
  }, async () => {
    fake = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, numbers: [FROM] });
    const env: ServiceEnv = {
      DATA_DIR: dataDir,
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      // The burst goes at the process's whole speed, so the kill lands with much in flight: no workspace pace.
      INTAKE_LEADS_PER_SECOND: '0',
      TWILIO_API_BASE_URL: fake.baseUrl,
      // A dead worker's jobs are taken over, and its sends in flight looked for at Twilio, within seconds.
      JOB_LEASE_MS: '2000',
      SMS_SEND_RECHECK_WINDOW_MS: '3000',
      LOG_LEVEL: 'warn',
    };
    const { workspaceId, apiKey } = await createWorkspace(env, 'Metering Crash Realty');
    await configureWorkspace({ dataDir, workspaceId, twilioNumber: FROM });
    service = await startService({ ...env, WORKER_CONCURRENCY: '2' });
    const first = service;
    for (let i = 0; i < 30; i += 1) fake.delayNext(300);

    const phones = takePhones(validUsPhones(), POSTS);
    const outcomes: (PostResult | undefined)[] = new Array(POSTS);
    const client = jsonClient(first.url, { apiKey, timeoutMs: 10_000 });
    const acked = () => outcomes.filter((outcome) => outcome?.status === 201).length;
    const burst = openLoop({
      ratePerSec: 150,
      durationMs: (POSTS / 150) * 1000,
      task: async (i) => {
        outcomes[i] = await client.post('/api/v1/leads', leadBody(phones[i] as string, i));
      },
    });
    expect(await waitFor(() => acked() >= KILL_AFTER_ACKS, 20_000, 2)).toBe(true);
    const provider = () => fake?.messages.filter((m) => m.direction === 'outbound-api').length ?? 0;
    const before = provider();
    expect(await waitFor(() => provider() > before, 10_000, 1)).toBe(true);
    await first.crash();
    await burst;
    client.close();
    const atCrash = await readDatabase((db) =>
      db
        .selectFrom('messages')
        .select(['status', 'toNumber'])
        .where('direction', '=', 'outbound')
        .where('status', 'in', ['queued', 'sending'])
        .execute(),
    );
    expect(atCrash.length, 'texts still to send at the kill').toBeGreaterThan(0);
    // Sends the provider took that the dead process never recorded: reconciling must meter them once.
    const takenTo = new Set(fake.messages.filter((m) => m.direction === 'outbound-api').map((m) => m.to));
    const limbo = atCrash.filter((m) => m.status === 'sending' && takenTo.has(String(m.toNumber)));
    expect(limbo.length, 'sends in limbo at the kill').toBeGreaterThan(0);

    service = await startService(env);
    const settled = () =>
      readDatabase(async (db) => {
        const left = await db
          .selectFrom('messages')
          .select('id')
          .where('direction', '=', 'outbound')
          .where('status', 'in', ['queued', 'sending'])
          .execute();
        return left.length === 0;
      });
    expect(await waitFor(settled, 40_000, 200)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await service.stop();

    const { sent, leads, usage } = await readDatabase(async (db) => ({
      sent: await db
        .selectFrom('messages')
        .select(['id', 'segments', 'providerId'])
        .where('direction', '=', 'outbound')
        .where('sentAt', 'is not', null)
        .execute(),
      leads: await db.selectFrom('leads').select('id').where('workspaceId', '=', workspaceId).execute(),
      usage: await db
        .selectFrom('usageEvents')
        .select(['unit', 'quantity', 'messageId', 'leadId'])
        .where('workspaceId', '=', workspaceId)
        .execute(),
    }));
    // Every lead stored, acknowledged or not, got its one first text.
    expect(sent.length).toBe(leads.length);
    // Every text the provider took is a sent message of ours.
    const providerIds = new Set(sent.map((m) => m.providerId));
    const taken = fake.messages.filter((m) => m.direction === 'outbound-api');
    expect(taken.filter((m) => !providerIds.has(m.sid))).toEqual([]);

    const segmentsOf = new Map(sent.map((m) => [m.id, m.segments]));
    const leadIds = new Set(leads.map((l) => l.id));
    const caused = (event: (typeof usage)[number]) =>
      (event.unit === 'sms_segment_out' &&
        segmentsOf.get(String(event.messageId)) === Number(event.quantity)) ||
      (event.unit === 'lead_received' && leadIds.has(String(event.leadId)) && Number(event.quantity) === 1);
    expect(
      usage.filter((event) => !caused(event)),
      'usage events without their cause',
    ).toEqual([]);

    const eventsPer = (unit: string, of: (event: (typeof usage)[number]) => string | null) => {
      const counts = new Map<string, number>();
      for (const event of usage.filter((u) => u.unit === unit)) {
        const cause = String(of(event));
        counts.set(cause, (counts.get(cause) ?? 0) + 1);
      }
      return counts;
    };
    const perText = eventsPer('sms_segment_out', (event) => event.messageId);
    expect(
      sent.filter((m) => perText.get(m.id) !== 1).map((m) => m.id),
      'sent texts without exactly one event',
    ).toEqual([]);
    const perLead = eventsPer('lead_received', (event) => event.leadId);
    expect(
      leads.filter((l) => perLead.get(l.id) !== 1).map((l) => l.id),
      'leads without exactly one event',
    ).toEqual([]);
    const acknowledged = outcomes.flatMap((o) => (o?.status === 201 ? [String(o.json?.leadId)] : []));
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(
      acknowledged.filter((id) => perLead.get(id) !== 1),
      'acknowledged leads not metered once',
    ).toEqual([]);
  });
});
