import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '../../src/db/database.js';
import { fromJson, toJson } from '../../src/db/schema.js';
import { insertPhoneNumber } from '../../src/messaging/messaging.repository.js';
import type { MessagingSettingsInput } from '../../src/messaging/messaging.settings.js';
import { newId } from '../../src/platform/ids.js';
import { findWorkspace, updateWorkspace } from '../../src/workspaces/workspaces.repository.js';
import { CLI_ENTRY } from './cli-entry.js';

/**
 * The real service as a child process (`closing-cloud start`, see CLI_ENTRY), for tests and
 * benchmarks that need a real listener, a real worker, and a process they can kill.
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = CLI_ENTRY;
/** Output kept per process: enough to explain a failure, bounded for long benchmark runs. */
const OUTPUT_LIMIT = 64 * 1024;

export type ServiceEnv = Record<string, string>;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function childEnv(env: ServiceEnv): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env };
}

/** Runs a one-shot `closing-cloud` command to completion. */
export function runCli(args: string[], env: ServiceEnv, timeoutMs = 30_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...MAIN, ...args], { cwd: ROOT, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** `workspaces create --json`: a workspace and its API key. */
export async function createWorkspace(
  env: ServiceEnv,
  name: string,
  timeoutMs = 30_000,
): Promise<{ workspaceId: string; apiKey: string }> {
  const run = await runCli(['workspaces', 'create', '--name', name, '--json'], env, timeoutMs);
  if (run.code !== 0) throw new Error(`workspaces create failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as { workspaceId: string; apiKey: string };
}

/**
 * What a Twilio workspace needs that has no API-key route: the number it texts from, and messaging settings
 * (e.g. a workspace cap above the default for a load test). Written to the SQLite file under `dataDir`.
 */
export async function configureWorkspace(props: {
  dataDir: string;
  workspaceId: string;
  twilioNumber: string;
  messaging?: MessagingSettingsInput;
}): Promise<void> {
  const database = openDatabase({ dataDir: props.dataDir });
  try {
    const { db } = database;
    const now = new Date().toISOString();
    const inserted = await insertPhoneNumber(db, {
      id: newId(),
      workspaceId: props.workspaceId,
      number: props.twilioNumber,
      provider: 'twilio',
      messagingServiceSid: null,
      isDefault: 1,
      createdAt: now,
    });
    if (!inserted) throw new Error(`Number ${props.twilioNumber} is already taken`);
    if (props.messaging) {
      const workspace = await findWorkspace(db, props.workspaceId);
      if (!workspace) throw new Error(`No workspace ${props.workspaceId}`);
      const settings = fromJson<Record<string, unknown> | null>(workspace.settings) ?? {};
      const messaging = { ...(settings.messaging as object | undefined), ...props.messaging };
      await updateWorkspace(db, props.workspaceId, {
        settings: toJson({ ...settings, messaging }),
        updatedAt: now,
      });
    }
  } finally {
    await database.destroy();
  }
}

export interface ServiceProcess {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  /** The last 64 KiB of stdout and stderr. */
  output(): string;
  /** SIGKILL, as a crash would: nothing is flushed, no handler runs. */
  crash(): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** `closing-cloud start` (with `args`) on a free port of 127.0.0.1; resolves once it listens. */
export async function startService(
  env: ServiceEnv,
  timeoutMs = 30_000,
  args: readonly string[] = [],
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [...MAIN, 'start', ...args], {
    cwd: ROOT,
    env: childEnv({ PORT: '0', HOST: '127.0.0.1', ...env }),
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`service did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      const port = /running at http:\/\/[^:\s]+:(\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      resolve(`http://127.0.0.1:${port}`);
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`service exited (${code}) before listening:\n${output}`));
    });
  });
  let url: string;
  try {
    url = await listening;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    child,
    exited,
    output: () => output,
    async crash() {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
    async stop(graceMs = 10_000) {
      if (!alive()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
