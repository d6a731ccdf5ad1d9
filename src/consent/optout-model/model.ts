import { type Channel, decodeHead, type Heads, type ModelSpec, predict, type Thresholds } from './heads.js';
import { OPTOUT_WEIGHTS } from './weights.generated.js';

/**
 * The shipped opt-out classifier, decoded on first use and kept for the life of the process. It runs
 * in-process on the CPU and never reaches the network; `npm run train:optout` rebuilds its weights.
 */
interface LoadedModel {
  spec: ModelSpec;
  heads: Heads;
  thresholds: Thresholds;
}

let loaded: LoadedModel | null = null;

function model(): LoadedModel {
  loaded ??= {
    spec: OPTOUT_WEIGHTS.spec,
    heads: { revoke: decodeHead(OPTOUT_WEIGHTS.revoke), channel: decodeHead(OPTOUT_WEIGHTS.channel) },
    thresholds: OPTOUT_WEIGHTS.thresholds,
  };
  return loaded;
}

export interface ModelReading {
  /** Probability that the text revokes consent. */
  score: number;
  channel: Channel;
  /** The clause that scored highest, trimmed: message text, for the team's eyes only. */
  trigger: string;
  thresholds: Thresholds;
}

const MAX_TRIGGER = 160;
const MAX_INPUT = 2000;

/** Reads one text; the trigger is the piece (between punctuation) the classifier finds most revoking. */
export function scoreOptOut(body: string): ModelReading {
  const { spec, heads, thresholds } = model();
  const text = body.length > MAX_INPUT ? body.slice(0, MAX_INPUT) : body;
  const whole = predict(spec, heads, text);
  const pieces = text
    .split(/[.!?;\n]+|,\s/)
    .map((p) => p.trim())
    .filter(Boolean);
  let trigger = text.trim();
  if (pieces.length > 1) {
    let best = -1;
    for (const piece of pieces) {
      const { score } = predict(spec, heads, piece);
      if (score > best) {
        best = score;
        trigger = piece;
      }
    }
  }
  return { score: whole.score, channel: whole.channel, trigger: trigger.slice(0, MAX_TRIGGER), thresholds };
}

/**
 * Decodes the weights now rather than on the first message: `closing-cloud start` and `worker` call it
 * before they take traffic, so no lead's text waits for it. Returns the milliseconds it took (0 when
 * already loaded).
 */
export function loadOptOutModel(): number {
  if (loaded) return 0;
  const started = performance.now();
  model();
  return Math.round((performance.now() - started) * 10) / 10;
}

/** Whether the weights are decoded already. */
export function optOutModelLoaded(): boolean {
  return loaded !== null;
}
