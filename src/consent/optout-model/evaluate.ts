import { classifyKeyword } from '../keywords.js';
import { ruleKeep, ruleOptOut } from '../opt-out-rules.js';
import { bandOf, type Thresholds } from './heads.js';
import type { OutOfFold } from './train.js';

/**
 * The layered decision measured on out-of-fold scores, and the choice of the two thresholds. Keywords and
 * rules need no training, so each example's rule reading is exact; the classifier's score comes from a
 * fold that did not see the example.
 */

/** Kinds in the corpus that are ordinary lead texts, where `uncertain` must stay rare. */
export const ORDINARY_KINDS = new Set(['lead', 'scheduling', 'question', 'realestate']);

export interface Scored {
  oof: OutOfFold;
  /** Decided before the classifier: a keyword or rule revocation, a clear look-alike, or neither. */
  fixed: 'revoke' | 'keep-rule' | null;
}

export function withRules(rows: readonly OutOfFold[]): Scored[] {
  return rows.map((oof) => {
    const text = oof.example.text;
    if (classifyKeyword(text).keyword === 'stop' || ruleOptOut(text)) return { oof, fixed: 'revoke' };
    return { oof, fixed: ruleKeep(text) ? 'keep-rule' : null };
  });
}

export type Decision = 'revoke' | 'keep' | 'uncertain';

export function decide(row: Scored, t: Thresholds): Decision {
  return row.fixed === 'revoke' ? 'revoke' : bandOf(row.oof.score, t, row.fixed === 'keep-rule');
}

export interface PipelineFigures {
  /** Revocations revoked or held as uncertain: what stops automated texts. */
  recallStopped: number;
  /** Revocations revoked outright. */
  recallRevoked: number;
  /** Of the texts revoked, how many were revocations. */
  precision: number;
  /** The same, for the texts the classifier revoked (rules and keywords aside). */
  modelPrecision: number;
  uncertainAll: number;
  uncertainOrdinary: number;
  /** Keep-labelled texts revoked outright (each one an active lead lost). */
  falseRevocations: number;
  channelAccuracy: number;
  byLayer: { keywordOrRule: number; keepRule: number; model: number };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Number((a / b).toFixed(4)));

export function figures(rows: readonly Scored[], t: Thresholds): PipelineFigures {
  let revocations = 0;
  let stopped = 0;
  let revoked = 0;
  let decidedRevoke = 0;
  let uncertain = 0;
  let ordinary = 0;
  let uncertainOrdinary = 0;
  let falseRevocations = 0;
  let modelRevoked = 0;
  let modelWrong = 0;
  let channelRight = 0;
  const byLayer = { keywordOrRule: 0, keepRule: 0, model: 0 };
  for (const row of rows) {
    const d = decide(row, t);
    const { example } = row.oof;
    if (row.fixed === 'revoke') byLayer.keywordOrRule++;
    else if (row.fixed === 'keep-rule') byLayer.keepRule++;
    else byLayer.model++;
    if (d === 'uncertain') uncertain++;
    if (d === 'revoke') decidedRevoke++;
    if (d === 'revoke' && row.fixed !== 'revoke') {
      modelRevoked++;
      if (example.label !== 'revoke') modelWrong++;
    }
    if (ORDINARY_KINDS.has(example.kind)) {
      ordinary++;
      if (d === 'uncertain') uncertainOrdinary++;
    }
    if (example.label === 'revoke') {
      revocations++;
      if (d !== 'keep') stopped++;
      if (d === 'revoke') revoked++;
      if (row.oof.channel === example.channel) channelRight++;
    } else if (d === 'revoke') {
      falseRevocations++;
    }
  }
  return {
    recallStopped: ratio(stopped, revocations),
    recallRevoked: ratio(revoked, revocations),
    precision: ratio(decidedRevoke - falseRevocations, decidedRevoke),
    modelPrecision: ratio(modelRevoked - modelWrong, modelRevoked),
    uncertainAll: ratio(uncertain, rows.length),
    uncertainOrdinary: ratio(uncertainOrdinary, ordinary),
    falseRevocations,
    channelAccuracy: ratio(channelRight, revocations),
    byLayer,
  };
}

export interface ThresholdGoals {
  /** Share of revocations that must be revoked or held as uncertain. */
  recallStopped: number;
  /** Precision of the classifier's outright revocations. */
  precision: number;
}

export const GOALS: ThresholdGoals = { recallStopped: 0.985, precision: 0.99 };

const GRID = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/**
 * `low` is the highest value that still stops `goals.recallStopped` of the revocations; `high` the lowest
 * value above it whose outright revocations by the classifier are `goals.precision` right. The lowest such `high` makes the
 * uncertain band as narrow as the precision goal allows.
 */
export function chooseThresholds(rows: readonly Scored[], goals: ThresholdGoals = GOALS): Thresholds {
  let low = GRID[0] as number;
  for (const candidate of GRID) {
    if (candidate >= 0.5) break;
    if (figures(rows, { low: candidate, high: 1.01 }).recallStopped >= goals.recallStopped) low = candidate;
  }
  let high = 0.99;
  for (const candidate of GRID) {
    if (candidate <= low) continue;
    if (figures(rows, { low, high: candidate }).modelPrecision >= goals.precision) {
      high = candidate;
      break;
    }
  }
  return { low, high };
}

/** Area under the ROC curve of the classifier alone, by ranking. */
export function auc(rows: readonly OutOfFold[]): number {
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  sorted.forEach((row, i) => {
    if (row.example.label === 'revoke') {
      positives++;
      rankSum += i + 1;
    }
  });
  const negatives = rows.length - positives;
  if (positives === 0 || negatives === 0) return 1;
  return Number(((rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)).toFixed(4));
}
