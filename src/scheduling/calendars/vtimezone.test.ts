import { describe, expect, it } from 'vitest';
import { vtimezone } from './vtimezone.js';

const observances = (text: string) =>
  [
    ...text.matchAll(
      /BEGIN:(STANDARD|DAYLIGHT)\r\nDTSTART:(\d{8}T\d{6})\r\nTZOFFSETFROM:([+-]\d{4})\r\nTZOFFSETTO:([+-]\d{4})/g,
    ),
  ].map((m) => `${m[1]} ${m[2]} ${m[3]}>${m[4]}`);

describe('VTIMEZONE from the zone database', () => {
  it('writes each offset change in the range with its onset in the local time before it', () => {
    expect(observances(vtimezone('America/Chicago', new Date('2026-01-10'), new Date('2026-12-01')))).toEqual(
      [
        'STANDARD 20260108T180000 -0600>-0600',
        'DAYLIGHT 20260308T020000 -0600>-0500',
        'STANDARD 20261101T020000 -0500>-0600',
      ],
    );
    // Southern hemisphere: daylight time ends in April and starts in October.
    expect(
      observances(vtimezone('Australia/Sydney', new Date('2026-03-01'), new Date('2026-11-01'))),
    ).toEqual([
      'DAYLIGHT 20260228T110000 +1100>+1100',
      'STANDARD 20260405T030000 +1100>+1000',
      'DAYLIGHT 20261004T020000 +1000>+1100',
    ]);
    expect(observances(vtimezone('Asia/Kolkata', new Date('2026-01-01'), new Date('2026-12-31')))).toEqual([
      'STANDARD 20251231T053000 +0530>+0530',
    ]);
  });
});
