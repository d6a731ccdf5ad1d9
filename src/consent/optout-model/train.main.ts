import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auc, chooseThresholds, figures, GOALS, withRules } from './evaluate.js';
import {
  crossValidate,
  DEFAULT_PARAMS,
  parseCorpus,
  serializeModel,
  trainHeads,
  weightsModule,
} from './train.js';

/**
 * `npm run train:optout`: cross-validates on the corpus, chooses the decision thresholds from the
 * out-of-fold scores, trains on the whole corpus and writes the weights and their metadata. The same
 * corpus gives byte-identical files.
 */
const HERE = import.meta.dirname;
const CORPUS = path.join(HERE, 'corpus.jsonl');
const WEIGHTS = path.join(HERE, 'weights.generated.ts');
const METADATA = path.join(HERE, 'metadata.json');
const FOLDS = 5;

const count = <T>(items: readonly T[], key: (item: T) => string) => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
};

const raw = readFileSync(CORPUS, 'utf8');
const corpusSha256 = createHash('sha256').update(raw).digest('hex');
const examples = parseCorpus(raw);
const params = DEFAULT_PARAMS;

const oof = crossValidate(examples, FOLDS, params);
const scored = withRules(oof);
const thresholds = chooseThresholds(scored);
const cv = figures(scored, thresholds);

const heads = trainHeads(examples, params);
const model = serializeModel(heads, params.spec, thresholds, corpusSha256);
writeFileSync(WEIGHTS, weightsModule(model));
execFileSync('npx', ['biome', 'format', '--write', WEIGHTS], { stdio: 'ignore' });

const metadata = {
  model: 'logistic regression (revoke) and softmax (channel) over hashed features',
  features:
    'normalised text (lowercase, accents folded, digits collapsed); negation-marked word uni- and bigrams; character 3-5-grams (revoke head)',
  corpus: {
    file: 'corpus.jsonl',
    sha256: corpusSha256,
    examples: examples.length,
    byLabel: count(examples, (e) => e.label),
    byKind: count(examples, (e) => `${e.label}/${e.kind}`),
    byLanguage: count(examples, (e) => e.lang),
  },
  training: { ...params, folds: FOLDS },
  thresholds: {
    ...thresholds,
    goals: GOALS,
    method: `From ${FOLDS}-fold out-of-fold scores with the rule layer in front: low is the highest value that still stops ${GOALS.recallStopped} of the revocations (revoke or uncertain); high the lowest value above it whose outright revocations by the classifier are ${GOALS.precision} precise.`,
  },
  crossValidation: {
    folds: FOLDS,
    classifierAuc: auc(oof),
    pipeline: cv,
  },
  weights: {
    file: 'weights.generated.ts',
    bytes: Buffer.byteLength(readFileSync(WEIGHTS, 'utf8')),
  },
};
writeFileSync(METADATA, `${JSON.stringify(metadata, null, 2)}\n`);
console.log(
  JSON.stringify(
    { thresholds, classifierAuc: metadata.crossValidation.classifierAuc, pipeline: cv },
    null,
    2,
  ),
);
