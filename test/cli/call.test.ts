import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-call-'));
const env = { DATA_DIR: dataDir, APP_SECRET: 'call-test-secret-call-test-secret-0123456789' };

const call = (args: string[], input: string) => runCli(['call', ...args], env, input);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('closing-cloud call', () => {
  it('talks to the assistant as a caller: the greeting, then an answer to each line, and the call is logged', async () => {
    const created = await runCli(['workspaces', 'create', '--name', 'Call Realty', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    const { workspaceId } = JSON.parse(created.stdout) as { workspaceId: string };

    const run = await call(
      ['--workspace', workspaceId, '--from', '+15125550177'],
      'I want to buy a 3 bedroom house\nin Austin\n/quit\nnever said\n',
    );
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const assistant = lines.filter((l) => l.startsWith('assistant> '));
    expect(assistant[0]).toContain('AI assistant answering calls for Call Realty');
    // One answer per line said; nothing after /quit.
    expect(assistant).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('caller> '))).toEqual([
      'caller> I want to buy a 3 bedroom house',
      'caller> in Austin',
    ]);
    expect(run.stdout).not.toContain('never said');
    expect(assistant[1]).toMatch(/buying, three bedrooms/i);
    expect(lines.at(-1)).toMatch(/^\(call \S+ logged on lead \S+\)$/);
  }, 240_000);

  it('refuses a workspace that does not exist', async () => {
    const run = await call(['--workspace', 'nope'], '/quit\n');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('No workspace nope');
  }, 120_000);
});
