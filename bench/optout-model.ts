import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { assessOptOut } from '../src/consent/keywords.js';
import { loadOptOutModel, scoreOptOut } from '../src/consent/optout-model/model.js';
import { parseCorpus } from '../src/consent/optout-model/train.js';

/**
 * `npx tsx bench/optout-model.ts`: how long the opt-out classifier takes, loaded once, on every text of
 * its corpus and of the development corpus, and how long the whole layered assessment takes. Writes
 * bench/results/optout-model.json, with wall-clock percentiles and the mean CPU time a message (the
 * percentiles grow when other processes share the cores). The target is at most 2 ms a message.
 */
const ROOT = path.join(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench/results/optout-model.json');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const corpus = parseCorpus(
  readFileSync(path.join(ROOT, 'src/consent/optout-model/corpus.jsonl'), 'utf8'),
).map((e) => e.text);
const dev = readFileSync(path.join(ROOT, 'eval/messages.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const texts = [...corpus, ...dev];

const loadStart = performance.now();
loadOptOutModel();
const loadMs = performance.now() - loadStart;

function measure(run: (text: string) => unknown) {
  for (const text of texts.slice(0, 500)) run(text); // warm the JIT
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of texts) {
      const start = performance.now();
      run(text);
      samples.push(performance.now() - start);
    }
  }
  const cpuUs = process.cpuUsage(cpu);
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    Number((samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(4));
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return {
    messages: samples.length,
    meanMs: Number(mean.toFixed(4)),
    // CPU time of this process a message: the figure that does not move when other work shares the cores.
    cpuMeanMs: Number(((cpuUs.user + cpuUs.system) / 1000 / samples.length).toFixed(4)),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
  };
}

const result = {
  at: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  loadMs: Number(loadMs.toFixed(1)),
  loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  cores: os.cpus().length,
  classifier: measure(scoreOptOut),
  assessment: measure(assessOptOut),
  targetMs: 2,
};
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
