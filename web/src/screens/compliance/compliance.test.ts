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
      { label: 'Revoked by', value: 'keyword: STOP' },
      { label: 'Sms', value: 'yes' },
      { label: 'Zeta', value: '1' },
    ]);
  });

  it('writes times for the viewer, codes as words, and ids only as short references', () => {
    const lines = evidenceLines(
      {
        inboundMessageId: '01a24db7-cf41-71dc-9180-a2f8d448b608',
        receivedAt: '2026-12-06T23:37:01.505Z',
        reason: 'carrier_keyword',
        disclosure: 'Texted +15559650037 first (inbound message 01a24db4-2d23-7170-89ca-7c1f3c0fa203)',
        possibleOptOutIds: ['01a24db4-2d23-7170-89ca-7c1f3c0fa203', '01a24db4-2d23-7170-89ca-7c1f3c0fa204'],
        confirmedBy: { type: 'user', userId: '01a24db3-7447-7101-9921-b24a769ef6dd', sessionId: 'x' },
      },
      (iso) => `<${iso.slice(11, 16)}>`,
    );
    expect(lines).toEqual([
      { label: 'Disclosure shown', value: 'Texted +15559650037 first (inbound message #3c0fa203)' },
      { label: 'Received at', value: '<23:37>' },
      { label: 'Reason', value: 'carrier keyword' },
      { label: 'Text from the lead', value: '#d448b608' },
      { label: 'Confirmed by', value: 'A team member' },
      { label: 'Flags confirmed', value: '#3c0fa203, #3c0fa204' },
    ]);
    const text = lines.map((line) => `${line.label} ${line.value}`).join(' ');
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
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
