import { describe, expect, it } from 'vitest';
import { daysUntil, dncBody, evidenceLines, importSummary } from './compliance.ts';

describe('evidenceLines', () => {
  it('lists the disclosure and its capture first, then anything else the source recorded', () => {
    expect(
      evidenceLines({
        zeta: 1,
        ip: '203.0.113.9',
        disclosure: 'I agree to receive texts',
        sms: true,
        capturedAt: '2026-03-01T10:00:00Z',
        revoked_by: { keyword: 'STOP' },
      }),
    ).toEqual([
      { label: 'Disclosure shown', value: 'I agree to receive texts' },
      { label: 'Captured at', value: '2026-03-01T10:00:00Z' },
      { label: 'IP address', value: '203.0.113.9' },
      { label: 'Revoked by', value: '{"keyword":"STOP"}' },
      { label: 'Sms', value: 'yes' },
      { label: 'Zeta', value: '1' },
    ]);
  });

  it('leaves out fields the source did not record', () => {
    expect(evidenceLines({})).toEqual([]);
    expect(evidenceLines({ ip: null, userAgent: undefined, pageUrl: 'https://x.example/' })).toEqual([
      { label: 'Page', value: 'https://x.example/' },
    ]);
  });
});

describe('do-not-contact entries', () => {
  it('sends a phone as phone and an address as email, with the note', () => {
    expect(dncBody(' +1 (512) 555-0100 ', '')).toEqual({ phone: '+1 (512) 555-0100' });
    expect(dncBody('ann@example.com', ' asked by phone ')).toEqual({
      email: 'ann@example.com',
      note: 'asked by phone',
    });
  });

  it('says what is wrong with the input', () => {
    expect(dncBody('', '')).toMatch(/Enter/);
    expect(dncBody('ann@', '')).toMatch(/email/);
    expect(dncBody('12345', '')).toMatch(/too short/);
  });

  it('summarises an import', () => {
    expect(importSummary({ added: 3, alreadyListed: 1, rejected: [] })).toBe('3 added, 1 already listed.');
    expect(importSummary({ added: 0, alreadyListed: 0, rejected: [{ line: 2, reason: 'x' }] })).toBe(
      '0 added, 0 already listed, 1 not read.',
    );
  });
});

describe('daysUntil', () => {
  it('counts whole days left, negative once late', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(daysUntil('2026-03-31T12:00:00Z', now)).toBe(30);
    expect(daysUntil('2026-02-28T12:00:00Z', now)).toBe(-1);
  });
});
