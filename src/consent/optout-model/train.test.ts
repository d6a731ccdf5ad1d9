import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from './features.js';
import { decodeHead, encodeHead, predict } from './heads.js';
import {
  type CorpusExample,
  DEFAULT_PARAMS,
  parseCorpus,
  serializeModel,
  shippedHeads,
  type TrainParams,
  trainHeads,
  weightsModule,
} from './train.js';
import { OPTOUT_WEIGHTS } from './weights.generated.js';

const HERE = import.meta.dirname;

const example = (text: string, channel: CorpusExample['channel'], i: number): CorpusExample => ({
  text,
  label: channel ? 'revoke' : 'keep',
  channel,
  kind: channel ? 'paraphrase' : 'lead',
  lang: 'en',
  group: String(i),
});

const SMALL: CorpusExample[] = [
  ['stop texting me', 'sms'],
  ['please stop messaging me', 'sms'],
  ['no more texts', 'sms'],
  ['quit texting me already', 'sms'],
  ['stop calling me', 'voice'],
  ['no more calls please', 'voice'],
  ['quit calling my phone', 'voice'],
  ['remove me from your list', 'all'],
  ['leave me alone', 'all'],
  ['lose my number', 'all'],
  ["don't stop sending listings", null],
  ['can we stop by saturday', null],
  ['looking to buy a 3 bed house', null],
  ['what is the price', null],
  ['text me the address please', null],
  ['call me after 5', null],
  ['we want to see it sunday', null],
  ['thanks for the listings', null],
].map(([text, channel], i) => example(text as string, channel as CorpusExample['channel'], i));

const SMALL_PARAMS: TrainParams = {
  ...DEFAULT_PARAMS,
  spec: {
    revoke: { buckets: 1 << 12, charMin: 3, charMax: 4, charWeight: 1 },
    channel: { buckets: 1 << 10, charMin: 0, charMax: 0, charWeight: 0 },
  },
  epochs: 30,
};

describe('features', () => {
  it('marks the words a negation governs, up to the end of its scope', () => {
    expect(prepare("Don't stop sending listings").marked).toEqual([
      'dont',
      'NOT_stop',
      'NOT_sending',
      'NOT_listings',
      '|',
    ]);
    expect(prepare('not now but stop texting me').marked).toEqual([
      'not',
      'NOT_now',
      'but',
      'stop',
      'texting',
      'me',
      '|',
    ]);
    expect(prepare('No, stop.').marked).toEqual(['no', '|', 'stop', '|']);
  });

  it('folds accents and case and collapses digits', () => {
    expect(prepare('Número EQUIVOCADO 512-555-0100').clauses).toEqual([
      ['numero', 'equivocado', '0', '0', '0'],
    ]);
  });
});

describe('training', () => {
  it('is reproducible: the same corpus gives byte-identical weights', () => {
    const first = weightsModule(
      serializeModel(trainHeads(SMALL, SMALL_PARAMS), SMALL_PARAMS.spec, { low: 0.2, high: 0.9 }, 'x'),
    );
    const second = weightsModule(
      serializeModel(trainHeads(SMALL, SMALL_PARAMS), SMALL_PARAMS.spec, { low: 0.2, high: 0.9 }, 'x'),
    );
    expect(second).toBe(first);
    const reordered = weightsModule(
      serializeModel(
        trainHeads([...SMALL].reverse(), SMALL_PARAMS),
        SMALL_PARAMS.spec,
        { low: 0.2, high: 0.9 },
        'x',
      ),
    );
    expect(reordered).not.toBe(first);
  });

  it('learns the corpus it is given, channel included', () => {
    const heads = shippedHeads(trainHeads(SMALL, SMALL_PARAMS));
    for (const e of SMALL) {
      const { score, channel } = predict(SMALL_PARAMS.spec, heads, e.text);
      if (e.label === 'revoke') {
        expect(score, e.text).toBeGreaterThan(0.5);
        expect(channel, e.text).toBe(e.channel);
      } else {
        expect(score, e.text).toBeLessThan(0.5);
      }
    }
  });

  it('stores weights as int16 with a scale, and reads them back within one step', () => {
    const weights = Float64Array.from([0.5, -1.25, 0, 3.2, -0.001]);
    const decoded = decodeHead(encodeHead(weights));
    weights.forEach((w, i) => {
      expect(Math.abs((decoded[i] ?? 0) - w)).toBeLessThan(3.2 / 32767 + 1e-9);
    });
  });

  it('refuses a corpus line that is not a labelled example', () => {
    expect(() => parseCorpus('{"text":"stop","label":"maybe"}\n')).toThrow(/corpus line 1/);
  });
});

describe('the shipped model', () => {
  const corpusText = readFileSync(path.join(HERE, 'corpus.jsonl'), 'utf8');
  const metadata = JSON.parse(readFileSync(path.join(HERE, 'metadata.json'), 'utf8'));

  it('was trained on the corpus as it is now (retrain with npm run train:optout after editing it)', () => {
    const sha = createHash('sha256').update(corpusText).digest('hex');
    expect(OPTOUT_WEIGHTS.corpusSha256).toBe(sha);
    expect(metadata.corpus.sha256).toBe(sha);
    expect(metadata.thresholds.low).toBe(OPTOUT_WEIGHTS.thresholds.low);
    expect(metadata.thresholds.high).toBe(OPTOUT_WEIGHTS.thresholds.high);
    expect(OPTOUT_WEIGHTS.spec).toEqual(DEFAULT_PARAMS.spec);
  });

  it('is small and its corpus has every kind the issue names, with as many look-alikes as revocations', () => {
    expect(statSync(path.join(HERE, 'weights.generated.ts')).size).toBeLessThan(2 * 1024 * 1024);
    const corpus = parseCorpus(corpusText);
    const revocations = corpus.filter((e) => e.label === 'revoke');
    expect(corpus.length).toBeGreaterThanOrEqual(2000);
    expect(corpus.length - revocations.length).toBeGreaterThanOrEqual(revocations.length);
    expect(revocations.every((e) => e.channel !== null)).toBe(true);
    const kinds = new Set(corpus.map((e) => `${e.label}/${e.kind}`));
    for (const kind of [
      'revoke/paraphrase',
      'revoke/dismissal',
      'revoke/threat',
      'revoke/wrong_number',
      'revoke/work_phone',
      'keep/negation',
      'keep/lookalike',
      'keep/lead',
      'keep/scheduling',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    for (const lang of ['es', 'mixed'] as const) {
      expect(revocations.filter((e) => e.lang === lang).length, lang).toBeGreaterThan(40);
    }
  });

  it('records cross-validated figures that meet the goals it was tuned for', () => {
    const { pipeline } = metadata.crossValidation;
    expect(pipeline.recallStopped).toBeGreaterThanOrEqual(0.98);
    expect(pipeline.uncertainOrdinary).toBeLessThanOrEqual(0.05);
  });
});
