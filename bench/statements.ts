import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sleep, waitFor } from './load.js';

/**
 * SQL statements per lead, counted inside a server process by bench/statement-counter.mjs (preloaded with
 * NODE_OPTIONS): a snapshot before and after a batch of leads, divided by the batch.
 */

export function countingEnv(file: string): Record<string, string> {
  const counter = pathToFileURL(path.join(import.meta.dirname, 'statement-counter.mjs')).href;
  return { BENCH_STATEMENTS_FILE: file, NODE_OPTIONS: `--import ${counter}` };
}

async function snapshot(child: ChildProcess, file: string): Promise<Record<string, number>> {
  rmSync(file, { force: true });
  child.kill('SIGUSR2');
  const read = () => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    } catch {
      return undefined;
    }
  };
  let counts: Record<string, number> | undefined;
  await waitFor(() => {
    counts = read();
    return counts !== undefined;
  }, 5000);
  if (!counts) throw new Error('the server wrote no statement counts');
  return counts;
}

export interface StatementCount {
  per_lead: number;
  /** Without BEGIN and COMMIT. */
  per_lead_without_transactions: number;
  transactions_per_lead: number;
  /** The most frequent statements, per lead, by their first 100 characters. */
  top: Record<string, number>;
}

/** Runs `work` (which must post `leads` leads and wait for their texts) and counts the statements it caused. */
export async function countStatements(props: {
  child: ChildProcess;
  file: string;
  leads: number;
  work: () => Promise<void>;
}): Promise<StatementCount> {
  const before = await snapshot(props.child, props.file);
  await props.work();
  await sleep(300);
  const after = await snapshot(props.child, props.file);
  let total = 0;
  let transactions = 0;
  const bySql: [string, number][] = [];
  for (const [text, count] of Object.entries(after)) {
    const delta = count - (before[text] ?? 0);
    if (delta <= 0) continue;
    total += delta;
    if (/^(begin|commit|rollback)/i.test(text.trim())) {
      if (/^begin/i.test(text.trim())) transactions += delta;
      continue;
    }
    bySql.push([text.replace(/\s+/g, ' ').slice(0, 100), delta / props.leads]);
  }
  bySql.sort((a, b) => b[1] - a[1]);
  const perLead = (n: number) => Math.round((n / props.leads) * 10) / 10;
  return {
    per_lead: perLead(total),
    per_lead_without_transactions: perLead(total - 2 * transactions),
    transactions_per_lead: perLead(transactions),
    top: Object.fromEntries(bySql.slice(0, 25).map(([text, n]) => [text, Math.round(n * 100) / 100])),
  };
}
