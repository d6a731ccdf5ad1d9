import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

/** A benchmark server run as a child process (`node --import tsx <script>`), found by its `listening <url>` line. */
export interface BenchServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function startBenchServer(
  script: string,
  env: Record<string, string> = {},
  timeoutMs = 180_000,
): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(script)} did not start: ${output}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const port = /listening http:\/\/\S+:(\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({ url: `http://127.0.0.1:${port}`, child, stop });
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${path.basename(script)} exited: ${output}`));
    });
  });
}
