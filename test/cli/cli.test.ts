import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY } from '../helpers/cli-entry.js';

const root = path.resolve(import.meta.dirname, '../..');
const dataDirs: string[] = [];
const servers: ChildProcess[] = [];

function freshDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-cli-'));
  dataDirs.push(dir);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_ENTRY, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
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
  });
}

afterAll(() => {
  // A failed assertion must not leave a server running.
  for (const server of servers) if (server.exitCode === null) server.kill('SIGKILL');
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('closing-cloud CLI', () => {
  it('has --help for every command', async () => {
    const top = await cli(['--help'], {});
    expect(top.code).toBe(0);
    for (const command of ['start', 'worker', 'migrate', 'demo', 'workspaces', 'users']) {
      expect(top.stdout).toContain(command);
    }
    const demo = await cli(['demo', '--help'], {});
    expect(demo.stdout).toContain('--json');
    const create = await cli(['users', 'create', '--help'], {});
    expect(create.stdout).toMatch(/--workspace[\s\S]*--role/);
  });

  it('stops with a message naming a bad variable', async () => {
    const run = await cli(['migrate'], { DATA_DIR: freshDataDir(), PORT: 'eighty' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PORT/);
    const model = await cli(['migrate'], {
      DATA_DIR: freshDataDir(),
      LLM_PROVIDER: 'openai',
      LLM_MODEL: 'gpt-x',
    });
    expect(model.code).toBe(1);
    expect(model.stderr).toMatch(/LLM_API_KEY/);
  });

  it('creates the demo workspace once and prints working credentials each time', async () => {
    const env = { DATA_DIR: freshDataDir() };
    const first = await cli(['demo', '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const demo = JSON.parse(first.stdout);
    expect(demo).toMatchObject({
      workspaceId: expect.any(String),
      apiKey: expect.stringMatching(/^cc_/),
      login: { email: expect.any(String), password: expect.any(String) },
      url: 'http://localhost:3000',
    });
    const again = JSON.parse((await cli(['demo', '--json'], env)).stdout);
    expect(again).toEqual(demo);
  });

  it('creates workspaces and users', async () => {
    const env = { DATA_DIR: freshDataDir() };
    const created = await cli(['workspaces', 'create', '--name', 'Hill Country Homes', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    const { workspaceId, apiKey } = JSON.parse(created.stdout);
    expect(apiKey).toMatch(/^cc_/);
    const user = await cli(
      [
        'users',
        'create',
        '--workspace',
        workspaceId,
        '--email',
        'sam@hillcountry.example',
        '--name',
        'Sam',
        '--json',
      ],
      env,
    );
    expect(user.code, user.stderr).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({
      email: 'sam@hillcountry.example',
      password: expect.any(String),
    });
    const duplicate = await cli(
      ['users', 'create', '--workspace', workspaceId, '--email', 'sam@hillcountry.example', '--name', 'Sam'],
      env,
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/closing-cloud: .*email/i);
  });

  it('start serves HTTP with the worker, prints the demo sign-in, and stops cleanly on SIGTERM', async () => {
    const child: ChildProcess = spawn(process.execPath, [...CLI_ENTRY, 'start'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: freshDataDir(),
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info', // as people run it: request logging must work on the real logger
      },
    });
    servers.push(child);
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 30_000;
    while (!/Demo sign-in/.test(output) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
    const [, email, password] = /Demo sign-in: (\S+) \/ (\S+)/.exec(output) ?? [];
    expect(url, output).toBeDefined();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const signIn = await fetch(`${url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(signIn.status).toBe(200);
    const logDeadline = Date.now() + 5_000;
    while (!output.includes('"msg":"request completed"') && Date.now() < logDeadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(output, output).toContain('"msg":"incoming request"');
    const logLines = output.split('\n').filter((line) => line.startsWith('{'));
    expect(logLines.join('\n')).not.toContain(email as string);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
