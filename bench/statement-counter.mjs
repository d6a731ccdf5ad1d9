// Loaded into the service by the benchmark only (`node --import`): counts the SQL statements better-sqlite3
// runs, by statement text, and writes the totals to BENCH_STATEMENTS_FILE on SIGUSR2.
import { writeFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';

const counts = new Map();
const probe = new SQLite(':memory:');
const Statement = Object.getPrototypeOf(probe.prepare('select 1'));
probe.close();
for (const method of ['run', 'get', 'all', 'iterate']) {
  const original = Statement[method];
  Statement[method] = function counted(...args) {
    counts.set(this.source, (counts.get(this.source) ?? 0) + 1);
    return original.apply(this, args);
  };
}
process.on('SIGUSR2', () => {
  const file = process.env.BENCH_STATEMENTS_FILE;
  if (file) writeFileSync(file, JSON.stringify(Object.fromEntries(counts)));
});
