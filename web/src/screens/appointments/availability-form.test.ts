import { describe, expect, it } from 'vitest';
import {
  type AvailabilityForm,
  availabilityToForm,
  formToAvailability,
  parseHours,
} from './availability-form.ts';
import type { Availability } from './types.ts';

const NY = 'America/New_York';

function form(overrides: Partial<AvailabilityForm> = {}): AvailabilityForm {
  return {
    timezone: '',
    weekly: {
      monday: '09:00-17:00',
      tuesday: '9:00-12:00, 13:00-17:00',
      wednesday: '',
      thursday: '',
      friday: '',
      saturday: '',
      sunday: '',
    },
    overrides: [],
    timeOff: [],
    bufferBeforeMinutes: '0',
    bufferAfterMinutes: '15',
    minimumNoticeMinutes: '60',
    maxPerDay: '',
    ...overrides,
  };
}

describe('parseHours', () => {
  it('reads comma-separated ranges, sorted, and an empty text as a day off', () => {
    expect(parseHours('13:00-17:00, 9:00-12:00')).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(parseHours('  ')).toEqual([]);
    expect(parseHours('18:00-24:00')).toEqual([{ start: '18:00', end: '24:00' }]);
  });

  it('explains what it cannot accept', () => {
    expect(parseHours('9 to 5')).toMatch(/not a range/);
    expect(parseHours('17:00-09:00')).toMatch(/ends before it starts/);
    expect(parseHours('09:00-12:00, 11:00-13:00')).toMatch(/overlap/);
    expect(parseHours('09:03-12:00')).toMatch(/multiple of 5/);
    expect(parseHours('25:00-26:00')).toMatch(/does not exist/);
  });
});

describe('formToAvailability', () => {
  it('builds the PUT body, sending time off typed in the agent zone as instants', () => {
    const result = formToAvailability(
      form({
        timeOff: [{ start: '2026-03-08T01:00', end: '2026-03-08T05:00', note: ' dentist ' }],
        overrides: [{ date: '2026-03-10', hours: '', note: '' }],
        maxPerDay: '4',
      }),
      NY,
    );
    expect(result.errors).toBeNull();
    expect(result.body?.weekly.tuesday).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    // 01:00 EST is 06:00Z; 05:00 is after the spring-forward change, EDT: 09:00Z.
    expect(result.body?.timeOff).toEqual([
      { start: '2026-03-08T06:00:00Z', end: '2026-03-08T09:00:00Z', note: 'dentist' },
    ]);
    expect(result.body?.overrides).toEqual([{ date: '2026-03-10', hours: [] }]);
    expect(result.body).toMatchObject({ timezone: null, bufferAfterMinutes: 15, maxPerDay: 4 });
  });

  it('keys every error by its field', () => {
    const result = formToAvailability(
      form({
        weekly: { ...form().weekly, friday: 'nine to five' },
        overrides: [
          { date: '2026-03-10', hours: '', note: '' },
          { date: '2026-03-10', hours: '10:00-09:00', note: '' },
        ],
        timeOff: [{ start: '2026-03-08T10:00', end: '2026-03-08T09:00', note: '' }],
        bufferBeforeMinutes: '7',
        minimumNoticeMinutes: 'soon',
        maxPerDay: '0',
      }),
      NY,
    );
    expect(result.body).toBeNull();
    expect(Object.keys(result.errors ?? {}).sort()).toEqual([
      'bufferBeforeMinutes',
      'maxPerDay',
      'minimumNoticeMinutes',
      'overrides.1.date',
      'overrides.1.hours',
      'timeOff.0.end',
      'weekly.friday',
    ]);
  });

  it('round-trips what the API answered', () => {
    const availability: Availability = {
      agentId: 'u1',
      timezone: 'America/Chicago',
      effectiveTimezone: 'America/Chicago',
      configured: true,
      weekly: {
        monday: [{ start: '08:00', end: '16:00' }],
        tuesday: [],
        wednesday: [],
        thursday: [],
        friday: [],
        saturday: [],
        sunday: [],
      },
      overrides: [{ date: '2026-12-24', hours: [{ start: '09:00', end: '12:00' }], note: 'Eve' }],
      timeOff: [{ start: '2026-12-28T15:00:00Z', end: '2026-12-29T00:00:00Z' }],
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 120,
      maxPerDay: 5,
    };
    const asForm = availabilityToForm(availability);
    expect(asForm.timeOff[0]).toEqual({ start: '2026-12-28T09:00', end: '2026-12-28T18:00', note: '' });
    const { body } = formToAvailability(asForm, 'America/Chicago');
    expect(body).toEqual({
      timezone: 'America/Chicago',
      weekly: availability.weekly,
      overrides: availability.overrides,
      timeOff: availability.timeOff.map((off) => ({
        ...off,
        start: '2026-12-28T15:00:00Z',
        end: '2026-12-29T00:00:00Z',
      })),
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 120,
      maxPerDay: 5,
    });
  });
});
