import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-chat-'));
const env = { DATA_DIR: dataDir, APP_SECRET: 'chat-test-secret-chat-test-secret-0123456789' };

const chat = (args: string[], input: string) => runCli(['chat', ...args], env, input);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('closing-cloud chat', () => {
  it('texts the assistant as a lead through the sandbox and prints its replies', async () => {
    const created = await runCli(['workspaces', 'create', '--name', 'Chat Realty', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    const { workspaceId } = JSON.parse(created.stdout) as { workspaceId: string };

    const run = await chat(
      ['--workspace', workspaceId, '--from', '+15125550142', '--json'],
      'hi, looking to buy\nin about 6 months\n/quit\nnever read\n',
    );
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    // The first response introduces the assistant, takes "looking to buy" in, and asks what comes next.
    expect(lines[0].replies[0].body).toContain('automated assistant for Chat Realty');
    expect(lines[0].replies[0].body).not.toMatch(/buy, (?:one to )?sell/i);
    expect(lines[0].replies[0].body).toMatch(/buying/);
    expect(lines[1]).toMatchObject({ stage: 'engaged', profile: { intent: 'buy', timelineMonths: 6 } });
    expect(lines[1].replies).toHaveLength(1);
    expect(lines[1].replies[0].body).toMatch(/pre-?approv/i);

    const human = await chat(
      ['--workspace', workspaceId, '--from', '+15125550142'],
      'can I talk to a person?\n',
    );
    expect(human.stdout).toMatch(/assistant> /);
    expect(human.stdout).toContain('agent told:');
    expect(human.stdout).toContain('handed_off');

    const unknown = await chat(['--workspace', 'no-such-workspace'], 'hi\n');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No workspace no-such-workspace');
  }, 240_000);
});
