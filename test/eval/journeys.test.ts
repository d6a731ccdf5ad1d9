import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inventedFacts, personaProblems, slotsAsked } from '../../eval/journey-checks.js';
import type { Journey } from '../../eval/journeys.runner.js';
import { loadKnowledge } from '../../eval/journeys.runner.js';
import {
  type Check,
  formatJourneys,
  freshJourneyFiles,
  type JourneysReport,
  loadJourneys,
  recordFirstRun,
  SPENT_JOURNEYS,
  scoreJourneys,
  TUNED_FILES,
} from '../../eval/journeys.score.js';

const stop: Journey = {
  name: 'STOP first',
  now: '2026-03-04T12:00:00-06:00',
  tz: 'America/Chicago',
  lead: { firstName: null, phoneState: 'TX', source: 'text', message: null },
  turns: [{ lead: 'STOP' }],
  expected: { outcome: 'opted_out', maxAssistantTexts: 1, firstReplyIncludes: ['unsubscribed'] },
};

const booking: Journey = {
  name: 'books the second time offered',
  now: '2026-03-04T09:00:00-06:00',
  tz: 'America/Chicago',
  lead: { firstName: 'Ana', phoneState: 'TX', source: 'form', message: null },
  turns: [
    { lead: "we're buying, can we meet next week?", after: 3 },
    { lead: 'the second one', after: 2 },
  ],
  expected: { outcome: 'booked', appointment: { kind: 'showing' }, replyIncludes: ['booked'] },
};

const quiet: Journey = {
  name: 'a form lead who never writes back',
  now: '2026-03-04T09:00:00-06:00',
  tz: 'America/Chicago',
  lead: { firstName: 'Dana', phoneState: 'TX', source: 'form', message: 'Looking to buy in Pflugerville' },
  turns: [],
  expected: { outcome: 'engaged' },
};

/** Each a played journey with one expectation that cannot hold, and the check that must catch it. */
const planted: [Journey, Check][] = [
  [
    { ...stop, name: 'planted: no text at all', expected: { ...stop.expected, maxAssistantTexts: 0 } },
    'maxAssistantTexts',
  ],
  [
    {
      ...stop,
      name: 'planted: first text says zebra',
      expected: { outcome: 'opted_out', firstReplyIncludes: ['zebra'] },
    },
    'firstReplyIncludes',
  ],
  [{ ...booking, name: 'planted: opted out', expected: { outcome: 'opted_out' } }, 'outcome'],
  [
    {
      ...booking,
      name: 'planted: Sunday 3 AM',
      expected: { outcome: 'booked', appointment: { kind: 'showing', start: '2026-03-08T03:00:00-06:00' } },
    },
    'appointment',
  ],
  [
    { ...booking, name: 'planted: a renter', expected: { outcome: 'booked', profile: { intent: 'rent' } } },
    'profile',
  ],
  [
    {
      ...booking,
      name: 'planted: never says booked',
      expected: { outcome: 'booked', replyExcludes: ['booked'] },
    },
    'replyExcludes',
  ],
  [{ ...stop, name: 'planted: a phone in no state', lead: { ...stop.lead, phoneState: 'ZZ' } }, 'played'],
  // A lead who wrote must reach the `engaged` stage; only one who never wrote may be `contacted`. START as
  // a first text restores nothing and leaves the lead `new`.
  [
    {
      ...stop,
      name: 'planted: START alone is engaged',
      turns: [{ lead: 'START' }],
      expected: { outcome: 'engaged' },
    },
    'outcome',
  ],
  [
    {
      name: 'planted: an agent text at night, hours after the lead wrote, goes at once',
      now: '2026-03-04T18:00:00-06:00',
      tz: 'America/Chicago',
      lead: { firstName: 'Pat', phoneState: 'TX', source: 'form', message: 'looking to buy' },
      turns: [
        { lead: 'can I talk to a person', after: 2 },
        { agent: "Hi Pat, Maria Lopez here, I'll call tomorrow", after: 200 },
      ],
      expected: { outcome: 'handed_off', agentReplyWithinMinutes: 5 },
    },
    'agentReplyWithinMinutes',
  ],
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-journeys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lead journeys over a real database', () => {
  let report: JourneysReport;

  it('plays journeys through the product and reports a planted wrong expectation as failing', async () => {
    const fresh = path.join(dir, 'journeys-7.jsonl');
    writeFileSync(fresh, `${JSON.stringify({ ...stop, name: 'a fresh journey nobody may read' })}\n`);
    writeFileSync(path.join(dir, 'journeys-7.first-run.json'), '{}\n');
    report = await scoreJourneys(
      [stop, booking, quiet, ...planted.map(([j]) => j)],
      'journeys-under-test.jsonl',
      [fresh],
    );
    const failing = new Map(report.failures.map((f) => [f.name, f.problems.map((p) => p.check)]));
    expect(failing.has(stop.name)).toBe(false);
    // A form lead who never wrote back, the first response gone and the assistant on, is engaged.
    expect(failing.has(quiet.name)).toBe(false);
    for (const [journey, check] of planted) expect(failing.get(journey.name)).toContain(check);
    const bookingChecks = failing.get(booking.name) ?? [];
    for (const check of ['outcome', 'appointment', 'replyIncludes', 'profile'] as Check[])
      expect(bookingChecks).not.toContain(check);
    expect(report.targets[0]?.met).toBe(false);
    // The held text is recorded with when it was written and when it went.
    const night = report.failures.find((f) => f.name.startsWith('planted: an agent text at night'));
    expect(night?.transcript.join('\n')).toMatch(/Thu 0\d:\d\d agent: Hi Pat.*\[written Wed 21:22, held/);
  }, 120_000);

  it('reports a fresh set in totals only, never naming a journey', () => {
    expect(report.fresh).toHaveLength(1);
    expect(report.fresh[0]).toMatchObject({ journeys: 1, passed: 1 });
    const printed = formatJourneys(report);
    expect(printed).toContain('Journeys written blind');
    expect(printed).not.toContain('a fresh journey nobody may read');
    expect(printed).toContain('planted: Sunday 3 AM');
  });

  it("records a fresh set's first run once, in totals only, and refuses a second", async () => {
    const file = path.join(dir, 'journeys-9.jsonl');
    writeFileSync(file, `${JSON.stringify({ ...stop, name: 'another journey nobody may read' })}\n`);
    const first = await recordFirstRun(file);
    expect(first).toMatchObject({ recorded: true, totals: { journeys: 1, passed: 1 } });
    const kept = readFileSync(first.out, 'utf8');
    expect(JSON.parse(kept)).toMatchObject({ journeys: 1, passed: 1 });
    expect(kept).not.toContain('another journey nobody may read');
    expect(await recordFirstRun(file)).toEqual({ recorded: false, out: first.out });
    expect(readFileSync(first.out, 'utf8')).toBe(kept);
  }, 60_000);

  it('scores a fresh set only once its first run is recorded, and a spent set as tuned, never as fresh', () => {
    writeFileSync(path.join(dir, 'journeys-1.jsonl'), '\n');
    writeFileSync(path.join(dir, 'journeys-1.first-run.json'), '{}\n');
    expect(SPENT_JOURNEYS).toContain('journeys-1.jsonl');
    expect(TUNED_FILES.map((f) => path.basename(f))).toEqual(['journeys.jsonl', ...SPENT_JOURNEYS]);
    writeFileSync(path.join(dir, 'journeys-8.jsonl'), '\n');
    writeFileSync(path.join(dir, 'journeys.jsonl'), '\n');
    expect(freshJourneyFiles(dir).map((f) => path.basename(f))).toEqual([
      'journeys-7.jsonl',
      'journeys-9.jsonl',
    ]);
    expect(freshJourneyFiles(dir, false).map((f) => path.basename(f))).toEqual([
      'journeys-7.jsonl',
      'journeys-8.jsonl',
      'journeys-9.jsonl',
    ]);
  });

  it('keeps a tuned file of 8 to 10 journeys covering every expectation', () => {
    const tuned = loadJourneys();
    expect(tuned.length).toBeGreaterThanOrEqual(8);
    expect(tuned.length).toBeLessThanOrEqual(10);
    const kinds = new Set(tuned.flatMap((j) => Object.keys(j.expected)));
    for (const kind of [
      'outcome',
      'appointment',
      'handoffIncludes',
      'firstReplyIncludes',
      'firstReplyExcludes',
      'replyIncludes',
      'replyExcludes',
      'neverAsks',
      'profile',
      'maxAssistantTexts',
      'replyWithinMinutes',
      'agentReplyWithinMinutes',
      'agentTold',
    ])
      expect(kinds).toContain(kind);
    for (const j of tuned.filter((j) => j.split === 'pending')) expect(j.pendingOn).toBeTruthy();
  });
});

describe('the checks every journey gets', () => {
  it('catches a text speaking as the agent, not one that says it is the assistant', () => {
    expect(personaProblems('Hi Dana, this is Maria with Hill Country Homes.', ['Maria Lopez'])).toHaveLength(
      1,
    );
    expect(personaProblems('Maria here, want to meet Saturday?', ['Maria Lopez'])).toHaveLength(1);
    expect(personaProblems('See you then! - Maria', ['Maria Lopez'])).toHaveLength(1);
    expect(personaProblems('Hola, soy Carmen de Hill Country Homes.', ['Maria Lopez'])).toHaveLength(1);
    expect(
      personaProblems('Hi Dana, this is the Hill Country Homes assistant, texting for Maria Lopez.', [
        'Maria Lopez',
      ]),
    ).toEqual([]);
    expect(personaProblems("Hi, it's Saturday already! This is Maria's assistant.", ['Maria Lopez'])).toEqual(
      [],
    );
  });

  it('reads which slot a question asks, and only from questions', () => {
    expect(slotsAsked('Thanks! Are you looking to buy, sell, or both?')).toEqual(['intent']);
    expect(slotsAsked('¿Cuántas habitaciones necesita?')).toEqual(['beds']);
    expect(slotsAsked('Have you been pre-approved for a mortgage yet, or will you pay cash?')).toEqual([
      'preApproved',
    ]);
    expect(slotsAsked('Great: pre-approved, 3 bedrooms.')).toEqual([]);
  });

  it('flags a fact the lead never gave, not a time on the agent’s calendar', () => {
    const knowledge = loadKnowledge();
    expect(inventedFacts('Got it: buying, in Hyde Park.', {}, knowledge, 'America/Chicago')).toHaveLength(1);
    expect(
      inventedFacts('Got it: buying, in Hyde Park.', { areas: ['Hyde Park'] }, knowledge, 'America/Chicago'),
    ).toEqual([]);
    expect(
      inventedFacts('Maria can meet you: 1) Mon, Mar 9 at 9:00 AM CDT.', {}, knowledge, 'America/Chicago'),
    ).toEqual([]);
    expect(inventedFacts('You said Mon, Mar 9 suits you.', {}, knowledge, 'America/Chicago')).toHaveLength(1);
  });
});
