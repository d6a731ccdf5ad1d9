import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../api/labels.ts';
import type { LeadSummary } from '../../api/leads.ts';
import { filtersFromSearch, type InboxFilters, leadsQuery, searchFromFilters } from './filters.ts';
import { mergeFirstPage } from './merge.ts';

describe('inbox filters in the address', () => {
  it('reads what it wrote, for any filters', () => {
    const text = fc
      .string({ maxLength: 30 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const filters = fc.record(
      {
        stage: fc.constantFrom(...STAGES),
        source: text,
        agent: text,
        needsHuman: fc.constant(true),
        q: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, (value: InboxFilters) => {
        expect(filtersFromSearch(searchFromFilters(value))).toEqual(value);
      }),
    );
  });

  it('drops unknown stages, odd flags and blank text rather than sending them to the API', () => {
    expect(filtersFromSearch('?stage=bogus&needsHuman=maybe&q=%20%20&source=&agent=u1')).toEqual({
      agent: 'u1',
    });
    expect(filtersFromSearch(`q=${'x'.repeat(300)}`).q).toHaveLength(100);
  });

  it('writes a stable, minimal query string', () => {
    expect(searchFromFilters({})).toBe('');
    expect(searchFromFilters({ q: ' dana ', needsHuman: false, stage: 'engaged', source: '  ' })).toBe(
      'stage=engaged&q=dana',
    );
  });

  it('maps to the GET /leads parameters', () => {
    expect(leadsQuery({ agent: 'u1', needsHuman: true, q: 'oak' }, 'c1')).toEqual({
      limit: 50,
      stage: undefined,
      source: undefined,
      assignedUserId: 'u1',
      needsHuman: 'true',
      q: 'oak',
      cursor: 'c1',
    });
  });
});

function lead(id: string, receivedAt: string, name = id): LeadSummary {
  return { id, receivedAt, name } as LeadSummary;
}

describe('folding a fresh first page into the list', () => {
  const older = [lead('a3', '2026-01-03'), lead('a2', '2026-01-02'), lead('a1', '2026-01-01')];

  it('puts new leads on top and replaces changed ones, keeping rows loaded beyond the page', () => {
    const fresh = [lead('a4', '2026-01-04'), lead('a3', '2026-01-03', 'renamed')];
    const merged = mergeFirstPage(older, fresh, false);
    expect(merged.map((l) => l.id)).toEqual(['a4', 'a3', 'a2', 'a1']);
    expect(merged[1]?.name).toBe('renamed');
  });

  it('drops a row inside the page that no longer matches the filters', () => {
    const fresh = [lead('a3', '2026-01-03'), lead('a1', '2026-01-01')];
    expect(mergeFirstPage(older, fresh, false).map((l) => l.id)).toEqual(['a3', 'a1']);
  });

  it('takes a whole list as it is', () => {
    expect(mergeFirstPage(older, [lead('a2', '2026-01-02')], true).map((l) => l.id)).toEqual(['a2']);
  });
});
