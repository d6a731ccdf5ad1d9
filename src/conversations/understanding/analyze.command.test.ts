import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY } from '../../../test/helpers/cli-entry.js';

const root = path.resolve(import.meta.dirname, '../../..');

function cli(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_ENTRY, 'analyze', ...args], {
      cwd: root,
      // No DATABASE_URL or DATA_DIR: the command must not need a database.
      env: { PATH: process.env.PATH ?? '', DATA_DIR: '/nonexistent/closing-cloud' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

// Each test starts the CLI through tsx (twice in the last one): slow on a busy machine.
describe('closing-cloud analyze', { timeout: 60_000 }, () => {
  it('prints the understanding of one message', async () => {
    const run = await cli([
      'tomorrow at 4? 3/2 under 350 in round rock',
      '--now',
      '2026-03-06T10:00:00-05:00',
      '--tz',
      'America/Chicago',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      language: 'en',
      optOutDecision: { decision: 'keep', channel: null, score: null },
      confidence: { beds: 1, baths: 1, budget: 0.65 },
      beds: 3,
      baths: 2,
      budgetMax: 350_000,
      areas: ['Round Rock'],
      requestedTime: { start: '2026-03-07T16:00:00-06:00', end: '2026-03-07T17:00:00-06:00' },
    });
  });

  it('reads JSON lines and answers each, with an error line for a bad one', async () => {
    const input = [
      JSON.stringify({ text: 'STOP', now: '2026-03-06T15:00:00Z', tz: 'America/Denver' }),
      'not json',
      JSON.stringify({ text: 'sunday at 2', now: '2026-03-06T10:00:00-05:00', tz: 'America/New_York' }),
      JSON.stringify({ text: 'hi', tz: 'Nowhere/Town' }),
      JSON.stringify({ now: '2026-03-06T10:00:00Z' }),
      '',
    ].join('\n');
    const run = await cli(['--jsonl'], input);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({
      keyword: 'stop',
      optOut: { channel: 'sms' },
      optOutDecision: { decision: 'revoke', channel: 'sms', score: 1 },
    });
    expect(lines[1]).toEqual({ error: expect.any(String) });
    expect(lines[2].requestedTime).toEqual({
      start: '2026-03-08T14:00:00-04:00',
      end: '2026-03-08T15:00:00-04:00',
    });
    expect(lines[3]).toEqual({ error: 'unknown time zone: Nowhere/Town' });
    expect(lines[4]).toEqual({ error: '"text" must be a string' });
  });

  it('defaults to now in New York and stops with a message on a bad zone', async () => {
    const ok = await cli(['hello', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).question).toBeNull();
    const bad = await cli(['hello', '--tz', 'Mars/Base']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown time zone: Mars/Base');
  });

  it('prints the decision, the language and each fact with its confidence for people', async () => {
    const run = await cli([
      'quiero comprar, maybe 3 recámaras, presupuesto 300 mil',
      '--now',
      '2026-12-06T10:00:00-05:00',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^opt-out\s+keep$/);
    expect(run.stdout).toMatch(/^language\s+es$/m);
    expect(run.stdout).toMatch(/^intent\s+buy\s+confidence 0\.90$/m);
    expect(run.stdout).toMatch(/^budget\s+up to \$300,000\s+confidence 0\.90$/m);
    expect(run.stdout).toMatch(/^beds\s+3\s+confidence 0\.60\s+ask back$/m);
    const stop = await cli(['STOP']);
    expect(stop.stdout).toMatch(/^opt-out\s+revoke \(sms\) score 1\.00 carrier_keyword$/m);
  });
});
