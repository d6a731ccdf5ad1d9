import { type FeatureOptions, featureHashes, linearScore, sigmoid } from './features.js';

/**
 * The classifier's two linear heads over hashed features: the probability that a text revokes consent,
 * and which channel a revocation concerns. Weights are stored as 16-bit integers with one scale per head,
 * which keeps the shipped file small and makes retraining byte-for-byte reproducible.
 */
export const CHANNELS = ['sms', 'voice', 'all'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface ModelSpec {
  revoke: FeatureOptions;
  channel: FeatureOptions;
}

export interface Thresholds {
  /** At or above: revoke. */
  high: number;
  /** At or below: keep. Between the two: uncertain. */
  low: number;
}

export interface Heads {
  revoke: Float32Array;
  /** One block of `spec.channel.buckets` weights per channel, in `CHANNELS` order. */
  channel: Float32Array;
}

export interface SerializedHead {
  scale: number;
  /** Little-endian int16 weights, base64. */
  data: string;
}

export interface SerializedModel {
  format: 1;
  spec: ModelSpec;
  thresholds: Thresholds;
  /** SHA-256 of the corpus the weights were trained on. */
  corpusSha256: string;
  revoke: SerializedHead;
  channel: SerializedHead;
}

export interface Prediction {
  score: number;
  channel: Channel;
}

/** Rounds weights to int16 steps; training evaluates through the same rounding it ships. */
export function quantize(weights: ArrayLike<number>): { scale: number; values: Int16Array } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i] ?? 0));
  const scale = max > 0 ? Number((max / 32767).toPrecision(8)) : 1;
  const values = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    values[i] = Math.max(-32767, Math.min(32767, Math.round((weights[i] ?? 0) / scale)));
  }
  return { scale, values };
}

export function encodeHead(weights: ArrayLike<number>): SerializedHead {
  const { scale, values } = quantize(weights);
  const bytes = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => {
    bytes.writeInt16LE(v, i * 2);
  });
  return { scale, data: bytes.toString('base64') };
}

export function decodeHead(head: SerializedHead): Float32Array {
  const bytes = Buffer.from(head.data, 'base64');
  const out = new Float32Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readInt16LE(i * 2) * head.scale;
  return out;
}

export function dequantize(weights: ArrayLike<number>): Float32Array {
  const { scale, values } = quantize(weights);
  return Float32Array.from(values, (v) => v * scale);
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

export function predict(spec: ModelSpec, heads: Heads, text: string): Prediction {
  const score = sigmoid(linearScore(heads.revoke, featureHashes(text, spec.revoke), spec.revoke));
  const hashes = featureHashes(text, spec.channel);
  const probabilities = softmax(
    CHANNELS.map((_, c) => linearScore(heads.channel, hashes, spec.channel, c * spec.channel.buckets)),
  );
  let best = 0;
  probabilities.forEach((p, i) => {
    if (p > (probabilities[best] ?? 0)) best = i;
  });
  return { score, channel: CHANNELS[best] ?? 'all' };
}

export type Band = 'revoke' | 'keep' | 'uncertain';

/**
 * The classifier's decision from its score. A look-alike the rules recognised ("stop by", "don't stop
 * sending") keeps below `high` and is never revoked by the classifier alone: at or above `high` it is
 * uncertain, so a person looks.
 */
export function bandOf(score: number, thresholds: Thresholds, lookalike: boolean): Band {
  if (score >= thresholds.high) return lookalike ? 'uncertain' : 'revoke';
  if (lookalike) return 'keep';
  return score > thresholds.low ? 'uncertain' : 'keep';
}
