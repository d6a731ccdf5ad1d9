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
 * `kill -9` of the service in the middle of a burst of lead posts. Every lead the service acknowledged must
 * exist after a restart and get exactly one first text; a lead whose post got no answer may or may not exist,
 * but never gets two. The fake Twilio answers slowly at first, so some sends are accepted by the provider but
 * not yet recorded as sent when the process dies: the restarted dispatcher must reconcile them, not resend.
 */

const ACCOUNT_SID = `AC${'c'.repeat(32)}`;
const AUTH_TOKEN = 'crash-test-token';
const FROM = '+15125550100';
const POSTS = 300;
const KILL_AFTER_ACKS = 100;

let fake: FakeTwilio | undefined;
let service: ServiceProcess | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-crash-'));

afterAll(async () => {
  await service?.crash();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Outbound texts the fake Twilio has, per destination number. */
function textsByNumber(twilio: FakeTwilio): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of twilio.messages) {
    if (message.direction === 'outbound-api') counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
  }
  return counts;
}

/** Numbers of outbox rows still waiting to go ('queued') or in flight ('sending'), read from the database file. */
async function unsettledTexts(): Promise<{ queued: string[]; sending: string[] }> {
  const database = openDatabase({ dataDir });
  try {
    const rows = await database.db
      .selectFrom('messages')
      .select(['status', 'toNumber'])
      .where('direction', '=', 'outbound')
      .where('status', 'in', ['queued', 'sending'])
      .execute();
    const numbers = (status: string) =>
      rows.filter((r) => r.status === status).map((r) => String(r.toNumber));
    return { queued: numbers('queued'), sending: numbers('sending') };
  } finally {
    await database.destroy();
  }
}

describe('kill -9 during a burst of lead posts', () => {
  it('keeps every acknowledged lead and texts each exactly once after a restart', {
    timeout: 60_000,
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
      // A dead worker's jobs are taken over once their lease lapses; keep that wait short for the test.
      JOB_LEASE_MS: '2000',
      // A text left in flight by the kill is looked for at Twilio over this window before it is sent again.
      SMS_SEND_RECHECK_WINDOW_MS: '3000',
      LOG_LEVEL: 'warn',
    };
    const { workspaceId, apiKey } = await createWorkspace(env, 'Crash Test Realty');
    await configureWorkspace({ dataDir, workspaceId, twilioNumber: FROM });
    // Few sends at once against a slow provider: texts are still queued, and some in flight, at the kill.
    service = await startService({ ...env, WORKER_CONCURRENCY: '2' });
    const first = service;
    for (let i = 0; i < 40; i += 1) fake.delayNext(300);

    const phones = takePhones(validUsPhones(), POSTS);
    const outcomes: (PostResult | undefined)[] = new Array(POSTS);
    const client = jsonClient(first.url, { apiKey, timeoutMs: 10_000 });
    const acked = () => outcomes.filter((outcome) => outcome?.status === 201).length;
    const burst = openLoop({
      ratePerSec: 200,
      durationMs: (POSTS / 200) * 1000,
      task: async (i) => {
        outcomes[i] = await client.post('/api/v1/leads', leadBody(phones[i] as string, i));
      },
    });
    expect(await waitFor(() => acked() >= KILL_AFTER_ACKS, 20_000, 2)).toBe(true);
    // Die right after the provider stored a text whose answer it still holds back: that send is in limbo.
    const texts = () => [...textsByNumber(fake as FakeTwilio).values()].reduce((sum, n) => sum + n, 0);
    const storedBefore = texts();
    expect(await waitFor(() => texts() > storedBefore, 10_000, 1)).toBe(true);
    await first.crash();
    const textsAtCrash = textsByNumber(fake);
    const atCrash = await unsettledTexts();
    // Sends the provider accepted that the dead process never recorded: only reconciling can settle them.
    const limbo = atCrash.sending.filter((phone) => textsAtCrash.has(phone));
    await burst;
    client.close();

    const acknowledged = outcomes.flatMap((outcome, i) =>
      outcome?.status === 201 ? [{ phone: phones[i] as string, leadId: String(outcome.json?.leadId) }] : [],
    );
    const unanswered = outcomes.filter((outcome) => outcome?.status !== 201);
    // The kill really landed mid-burst, with texts still to send.
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(unanswered.every((outcome) => outcome?.status === 0)).toBe(true);
    expect(atCrash.queued.length).toBeGreaterThan(0);
    expect(limbo.length).toBeGreaterThan(0);

    service = await startService(env);
    const second = service;
    const reader = jsonClient(second.url, { apiKey });
    const allTexted = () => {
      const texts = textsByNumber(fake as FakeTwilio);
      return acknowledged.every((lead) => (texts.get(lead.phone) ?? 0) >= 1);
    };
    expect(await waitFor(allTexted, 30_000, 100)).toBe(true);
    const settled = async () => {
      const { queued, sending } = await unsettledTexts();
      return queued.length + sending.length === 0;
    };
    expect(await waitFor(settled, 15_000, 200)).toBe(true);
    // Quiet: a second text, if one were coming, would have been sent by now.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    for (const lead of acknowledged) {
      const found = await reader.get(`/api/v1/leads/${lead.leadId}`);
      expect(found.status, lead.leadId).toBe(200);
      expect(found.json?.id).toBe(lead.leadId);
    }
    reader.close();

    const byNumber = textsByNumber(fake);
    const posted = new Set(phones);
    const twice = [...byNumber].filter(([, count]) => count > 1);
    expect(twice, 'numbers texted more than once').toEqual([]);
    expect(acknowledged.filter((lead) => byNumber.get(lead.phone) !== 1)).toEqual([]);
    expect([...byNumber.keys()].filter((phone) => !posted.has(phone))).toEqual([]);
  });
});
