import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';

/**
 * `npx tsx bench/gazetteer.ts`: what the US places gazetteer costs. Loading: the module import (data
 * parsed and indexed once) and the index build alone, repeated. Reading: analyze() over every message of
 * the development corpus, with and without a workspace's market areas, after a warm-up; the time of one
 * message at the median, p99 and worst, and the mean CPU time (on a shared machine the wall time includes
 * waiting for a core; the load average is recorded). Writes bench/results/gazetteer.json.
 */

const REPEATS = Number(process.env.BENCH_GAZETTEER_REPEATS ?? 5);
const MARKET = ['Austin, TX', 'Round Rock', 'Zilker', 'Mueller', 'Travis County', 'Cedar Park'];

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const importStarted = performance.now();
const gazetteer = await import('../src/conversations/understanding/gazetteer.js');
const importMs = performance.now() - importStarted;

/** CPU milliseconds the process spent, so a busy machine's wait for a core is not counted as work. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const builds: number[] = [];
const buildsCpu: number[] = [];
for (let k = 0; k < REPEATS; k++) {
  const started = performance.now();
  const cpu = cpuMs();
  const index = gazetteer.buildPlaceIndex();
  buildsCpu.push(cpuMs() - cpu);
  builds.push(performance.now() - started);
  if (index.places.size === 0) throw new Error('the gazetteer is empty');
}
const { places } = gazetteer.buildPlaceIndex();

const { loadMessages } = await import('../eval/messages.score.js');
const { analyze } = await import('../src/conversations/understanding/analyze.js');
const { extractAreas } = await import('../src/conversations/understanding/areas.js');
const { prepareMessage } = await import('../src/conversations/understanding/text.js');
const corpus = loadMessages();

/** The areas reader alone, on the prepared message, so its share of analyze() is visible. */
function timeAreas(marketAreas: readonly string[] | undefined): number[] {
  const now = DateTime.fromISO('2026-03-06T10:00:00-05:00', { setZone: true });
  const times: number[] = [];
  let cpu = 0;
  for (const item of corpus) {
    const message = prepareMessage(item.text, now, item.tz);
    const started = performance.now();
    const before = cpuMs();
    extractAreas(message, [], { marketAreas });
    cpu += cpuMs() - before;
    times.push(performance.now() - started);
  }
  lastCpuMs = cpu;
  return times.sort((a, b) => a - b);
}

let lastCpuMs = 0;

function timeAll(marketAreas: readonly string[] | undefined): number[] {
  const times: number[] = [];
  const cpu = cpuMs();
  for (const item of corpus) {
    const started = performance.now();
    analyze(item.text, { now: item.now, tz: item.tz, marketAreas });
    times.push(performance.now() - started);
  }
  lastCpuMs = cpuMs() - cpu;
  return times.sort((a, b) => a - b);
}

timeAreas(undefined);
timeAll(undefined);
const summary = (times: number[]) => ({
  messages: times.length,
  medianMs: round(percentile(times, 50)),
  p99Ms: round(percentile(times, 99)),
  maxMs: round(times.at(-1) ?? 0),
  meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
  meanCpuMs: round(lastCpuMs / times.length),
});
const result = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  names: places.size,
  loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
  cpus: os.cpus().length,
  load: {
    importMs: round(importMs),
    indexBuildMs: { best: round(Math.min(...builds)), worst: round(Math.max(...builds)) },
    indexBuildCpuMs: { best: round(Math.min(...buildsCpu)), worst: round(Math.max(...buildsCpu)) },
  },
  areasReader: { withoutMarket: summary(timeAreas(undefined)), withMarket: summary(timeAreas(MARKET)) },
  analyze: { withoutMarket: summary(timeAll(undefined)), withMarket: summary(timeAll(MARKET)) },
};
const out = path.join(import.meta.dirname, 'results', 'gazetteer.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
