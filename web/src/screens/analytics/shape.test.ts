import { describe, expect, it } from 'vitest';
import {
  bars,
  byMedian,
  csvUrl,
  dailySeries,
  defaultRange,
  formatSeconds,
  funnelRows,
  rangeProblem,
  rangeQuery,
  totals,
} from './shape.ts';

const NY = 'America/New_York';

describe('date ranges', () => {
  it('defaults to the last 30 local days, today included', () => {
    expect(defaultRange(NY, new Date('2026-03-31T02:00:00Z'))).toEqual({
      from: '2026-03-01',
      to: '2026-03-30',
    });
  });

  it('asks the API for whole local days, across a DST change', () => {
    expect(rangeQuery({ from: '2026-03-07', to: '2026-03-08' }, NY)).toEqual({
      from: '2026-03-07T05:00:00.000Z',
      to: '2026-03-09T04:00:00.000Z',
      tz: NY,
    });
  });

  it('refuses a reversed, missing or too long range', () => {
    expect(rangeProblem({ from: '2026-03-07', to: '2026-03-01' })).toMatch(/before/);
    expect(rangeProblem({ from: '', to: '2026-03-01' })).toMatch(/both/);
    expect(rangeProblem({ from: '2024-01-01', to: '2026-03-01' })).toMatch(/400/);
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });

  it('links the CSV download with the same range', () => {
    expect(csvUrl('/analytics/funnel', { from: 'a', to: 'b' })).toBe(
      '/api/v1/analytics/funnel?from=a&to=b&format=csv',
    );
  });
});

describe('funnelRows', () => {
  it('gives each stage its share of the first and of the stage before', () => {
    const rows = funnelRows({
      stages: [
        { stage: 'new', count: 200 },
        { stage: 'engaged', count: 120 },
        { stage: 'qualified', count: 30 },
        { stage: 'appointment', count: 0 },
      ],
    });
    expect(rows.map((r) => [r.label, r.ofFirst, r.ofPrevious])).toEqual([
      ['New', 100, null],
      ['Engaged', 60, 60],
      ['Qualified', 15, 25],
      ['Appointment', 0, 0],
    ]);
  });

  it('shows zeros, not NaN, for an empty workspace', () => {
    const rows = funnelRows({
      stages: [
        { stage: 'new', count: 0 },
        { stage: 'engaged', count: 0 },
      ],
    });
    expect(rows.map((r) => [r.ofFirst, r.ofPrevious])).toEqual([
      [0, null],
      [0, 0],
    ]);
  });
});

describe('dailySeries', () => {
  it('fills the days the API left out with zeros and keeps one point per local day across DST', () => {
    const { days, columns } = dailySeries(
      [
        { date: '2026-03-07', leads: 3, inbound: 5, outbound: 9, optOuts: 1 },
        { date: '2026-03-09', leads: 1, inbound: 0, outbound: 2, optOuts: 0 },
      ],
      { from: '2026-03-07', to: '2026-03-09' },
      NY,
    );
    expect(days.map((d) => [d.date, d.leads])).toEqual([
      ['2026-03-07', 3],
      ['2026-03-08', 0],
      ['2026-03-09', 1],
    ]);
    const [x, leads, inbound, outbound, optOuts] = columns;
    expect(x?.map((s) => new Date(s * 1000).toISOString())).toEqual([
      '2026-03-07T17:00:00.000Z',
      '2026-03-08T16:00:00.000Z',
      '2026-03-09T16:00:00.000Z',
    ]);
    expect([leads, inbound, outbound, optOuts]).toEqual([
      [3, 0, 1],
      [5, 0, 0],
      [9, 0, 2],
      [1, 0, 0],
    ]);
    expect(totals(days)).toEqual({ leads: 4, inbound: 5, outbound: 11, optOuts: 1 });
  });
});

describe('bars and ordering', () => {
  it('scales bars to the longest one', () => {
    expect(
      bars([
        { label: '< 1 min', value: 8 },
        { label: '1–5 min', value: 2 },
        { label: '> 1 h', value: 0 },
      ]),
    ).toEqual([
      { label: '< 1 min', value: 8, share: 1 },
      { label: '1–5 min', value: 2, share: 0.25 },
      { label: '> 1 h', value: 0, share: 0 },
    ]);
    expect(bars([{ label: 'x', value: 0 }])[0]?.share).toBe(0);
  });

  it('lists the quickest median first and the never-answered last', () => {
    const sorted = byMedian([
      { source: 'zillow', count: 4, medianSeconds: 90 },
      { source: 'web', count: 9, medianSeconds: null },
      { source: 'api', count: 2, medianSeconds: 12 },
    ]);
    expect(sorted.map((s) => s.source)).toEqual(['api', 'zillow', 'web']);
  });
});

describe('formatSeconds', () => {
  it('keeps a decimal under ten seconds', () => {
    expect(formatSeconds(0.44)).toBe('0.4 s');
    expect(formatSeconds(7)).toBe('7.0 s');
    expect(formatSeconds(42)).toBe('42 s');
    expect(formatSeconds(180)).toBe('3 min');
    expect(formatSeconds(null)).toBe('—');
  });
});
