import { z } from 'zod';
import { dot, featurize, type SparseVector, sigmoid } from './features.js';
import {
  CHANNELS,
  type Channel,
  dequantize,
  encodeHead,
  type Heads,
  type ModelSpec,
  predict,
  type SerializedModel,
  type Thresholds,
} from './heads.js';

/**
 * Training for the opt-out classifier: logistic regression (revoke or not) and a softmax channel head
 * (sms, voice, all) over hashed features, fitted by stochastic gradient descent with L2 and a seeded
 * shuffle. Everything here is deterministic: the same corpus and parameters give the same weights.
 */

export const corpusExampleSchema = z.object({
  text: z.string().min(1),
  label: z.enum(['revoke', 'keep']),
  /** The channel a revocation concerns; null for keep. */
  channel: z.enum(CHANNELS).nullable(),
  /** What kind of text it is: paraphrase, dismissal, threat, negation, lookalike, lead… */
  kind: z.string(),
  lang: z.enum(['en', 'es', 'mixed']),
  /** Variants of one written line share a group; cross-validation keeps a group in one fold. */
  group: z.string(),
});
export type CorpusExample = z.infer<typeof corpusExampleSchema>;

export function parseCorpus(jsonl: string): CorpusExample[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = corpusExampleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`corpus line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export interface TrainParams {
  spec: ModelSpec;
  epochs: number;
  /** L2 strength. */
  lambda: number;
  /** Initial learning rate; it decays as eta0 / (1 + lambda * eta0 * t). */
  eta0: number;
  seed: number;
  /**
   * Naive-Bayes feature scaling (NBSVM, Wang & Manning 2012): each feature is weighted by its log-count
   * ratio between revocations and other texts before the regression; 0 turns it off. The ratio is folded
   * into the weights afterwards, so inference is unchanged.
   */
  nbAlpha: number;
  /** Weight of a non-revocation in the loss: above 1 lowers the scores of texts unlike anything seen. */
  keepWeight: number;
}

export const DEFAULT_PARAMS: TrainParams = {
  spec: {
    revoke: { buckets: 1 << 18, charMin: 3, charMax: 5, charWeight: 1 },
    channel: { buckets: 1 << 15, charMin: 0, charMax: 0, charWeight: 0 },
  },
  epochs: 25,
  lambda: 1e-5,
  eta0: 0.5,
  seed: 20261206,
  nbAlpha: 0,
  keepWeight: 1,
};

/** mulberry32: a small seeded generator, so shuffles are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * SGD on the softmax (or, with one class, logistic) loss. L2 decay is applied through a running scale so a
 * step costs only the example's features, not the whole weight vector.
 */
function sgd(
  xs: SparseVector[],
  ys: number[],
  classes: number,
  buckets: number,
  params: TrainParams,
): Float64Array {
  const w = new Float64Array(classes * buckets);
  const random = seededRandom(params.seed);
  const order = xs.map((_, i) => i);
  let scale = 1;
  let t = 0;
  for (let epoch = 0; epoch < params.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const x = xs[i] as SparseVector;
      const y = ys[i] as number;
      const eta = params.eta0 / (1 + params.lambda * params.eta0 * t);
      const gradients: number[] = [];
      if (classes === 1) {
        gradients.push((sigmoid(scale * dot(w, x)) - y) * (y === 0 ? params.keepWeight : 1));
      } else {
        const z = Array.from({ length: classes }, (_, c) => scale * dot(w, x, c * buckets));
        const max = Math.max(...z);
        const e = z.map((v) => Math.exp(v - max));
        const total = e.reduce((a, b) => a + b, 0);
        for (let c = 0; c < classes; c++) gradients.push((e[c] as number) / total - (c === y ? 1 : 0));
      }
      scale *= 1 - eta * params.lambda;
      if (scale < 1e-6) {
        for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) * scale;
        scale = 1;
      }
      for (let c = 0; c < classes; c++) {
        const step = (eta * (gradients[c] as number)) / scale;
        if (step === 0) continue;
        for (let k = 0; k < x.index.length; k++) {
          const at = c * buckets + (x.index[k] as number);
          w[at] = (w[at] as number) - step * (x.value[k] as number);
        }
      }
      t++;
    }
  }
  for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) * scale;
  return w;
}

function logCountRatio(xs: SparseVector[], ys: number[], buckets: number, alpha: number): Float64Array {
  const p = new Float64Array(buckets).fill(alpha);
  const q = new Float64Array(buckets).fill(alpha);
  xs.forEach((x, i) => {
    const into = ys[i] === 1 ? p : q;
    for (let k = 0; k < x.index.length; k++) {
      const j = x.index[k] as number;
      into[j] = (into[j] as number) + Math.abs(x.value[k] as number);
    }
  });
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  return Float64Array.from(p, (v, j) => Math.log(v / sp / ((q[j] as number) / sq)));
}

function scaled(x: SparseVector, ratio: Float64Array): SparseVector {
  return {
    index: x.index,
    value: Float64Array.from(x.value, (v, k) => v * (ratio[x.index[k] as number] as number)),
  };
}

export interface RawHeads {
  revoke: Float64Array;
  channel: Float64Array;
}

export function trainHeads(
  examples: readonly CorpusExample[],
  params: TrainParams = DEFAULT_PARAMS,
): RawHeads {
  const { spec } = params;
  const xs = examples.map((e) => featurize(e.text, spec.revoke));
  const ys = examples.map((e) => (e.label === 'revoke' ? 1 : 0));
  const ratio = params.nbAlpha > 0 ? logCountRatio(xs, ys, spec.revoke.buckets, params.nbAlpha) : null;
  const revoke = sgd(ratio ? xs.map((x) => scaled(x, ratio)) : xs, ys, 1, spec.revoke.buckets, params);
  if (ratio) for (let j = 0; j < revoke.length; j++) revoke[j] = (revoke[j] as number) * (ratio[j] as number);
  const revocations = examples.filter((e) => e.label === 'revoke' && e.channel);
  const channel = sgd(
    revocations.map((e) => featurize(e.text, spec.channel)),
    revocations.map((e) => CHANNELS.indexOf(e.channel as Channel)),
    CHANNELS.length,
    spec.channel.buckets,
    params,
  );
  return { revoke, channel };
}

/** The heads as they will run once shipped: rounded to int16 steps. */
export function shippedHeads(raw: RawHeads): Heads {
  return { revoke: dequantize(raw.revoke), channel: dequantize(raw.channel) };
}

export interface OutOfFold {
  example: CorpusExample;
  score: number;
  channel: Channel;
}

/** k-fold cross-validation by group (variants of one line stay together), with a seeded fold assignment. */
export function crossValidate(
  examples: readonly CorpusExample[],
  folds: number,
  params: TrainParams = DEFAULT_PARAMS,
): OutOfFold[] {
  const random = seededRandom(params.seed ^ 0x5eed);
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const foldOfGroup = new Map(shuffle(groups, random).map((g, i) => [g, i % folds] as const));
  const foldOf = examples.map((e) => foldOfGroup.get(e.group) ?? 0);
  const out: OutOfFold[] = [];
  for (let f = 0; f < folds; f++) {
    const heads = shippedHeads(
      trainHeads(
        examples.filter((_, i) => foldOf[i] !== f),
        params,
      ),
    );
    examples.forEach((example, i) => {
      if (foldOf[i] !== f) return;
      out.push({ example, ...predict(params.spec, heads, example.text) });
    });
  }
  return out;
}

export function serializeModel(
  raw: RawHeads,
  spec: ModelSpec,
  thresholds: Thresholds,
  corpusSha256: string,
): SerializedModel {
  return {
    format: 1,
    spec,
    thresholds,
    corpusSha256,
    revoke: encodeHead(raw.revoke),
    channel: encodeHead(raw.channel),
  };
}

/** The weights as a TypeScript module, so the build ships them with the code and nothing reads files. */
export function weightsModule(model: SerializedModel): string {
  const { revoke, channel, ...rest } = model;
  return [
    '// Written by `npm run train:optout` from corpus.jsonl. Do not edit by hand: retrain.',
    "import type { SerializedModel } from './heads.js';",
    '',
    `export const OPTOUT_WEIGHTS: SerializedModel = {`,
    ...Object.entries(rest).map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`),
    `  revoke: { scale: ${revoke.scale}, data: '${revoke.data}' },`,
    `  channel: { scale: ${channel.scale}, data: '${channel.data}' },`,
    '};',
    '',
  ].join('\n');
}
