// Loaded into the service by the benchmark only (`node --import`): counts the SQL statements better-sqlite3
// runs, by statement text, and writes the totals to BENCH_STATEMENTS_FILE on SIGUSR2.
import { writeFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';

const counts = new Map();
// Microseconds spent in each statement (written beside the counts as `<sql>\u0000us`), for the profile's SQL share.
const micros = new Map();
// STATEMENT_TRACE=<regex>: also print, once each, the call stacks that run a matching statement (to stderr).
const trace = process.env.STATEMENT_TRACE ? new RegExp(process.env.STATEMENT_TRACE, 'i') : undefined;
const traced = new Set();
if (trace) Error.stackTraceLimit = 60;
const probe = new SQLite(':memory:');
const Statement = Object.getPrototypeOf(probe.prepare('select 1'));
probe.close();
for (const method of ['run', 'get', 'all', 'iterate']) {
  const original = Statement[method];
  Statement[method] = function counted(...args) {
    counts.set(this.source, (counts.get(this.source) ?? 0) + 1);
    if (trace?.test(this.source)) {
      const stack = (new Error().stack ?? '')
        .split('\n')
        .filter((line) => line.includes('/src/'))
        .slice(0, 8)
        .join('\n');
      if (!traced.has(stack)) {
        traced.add(stack);
        process.stderr.write(`[statement] ${this.source.slice(0, 80)}\n${stack}\n`);
      }
    }
    const started = process.hrtime.bigint();
    try {
      return original.apply(this, args);
    } finally {
      const us = Number(process.hrtime.bigint() - started) / 1000;
      micros.set(this.source, (micros.get(this.source) ?? 0) + us);
    }
  };
}
process.on('SIGUSR2', () => {
  const file = process.env.BENCH_STATEMENTS_FILE;
  if (!file) return;
  const times = [...micros].map(([source, us]) => [`${source}\u0000us`, Math.round(us)]);
  // The process's CPU time so far (user + system, microseconds), for CPU time per lead.
  const cpu = process.cpuUsage();
  const processCpu = ['\u0000cpu_us', cpu.user + cpu.system];
  writeFileSync(file, JSON.stringify(Object.fromEntries([...counts, ...times, processCpu])));
});
