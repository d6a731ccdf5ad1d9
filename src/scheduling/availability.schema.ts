import { z } from 'zod';
import { dateSchema, instantSchema, isoTimestamp } from '../http/schemas.js';
import { isTimeZone } from '../workspaces/workspaces.schema.js';

/** Every time on the schedule sits on this grid, so appointments claim whole cells (see appointment_claims). */
export const GRID_MINUTES = 5;

const onGrid = (minutes: number) => minutes % GRID_MINUTES === 0;
const gridMessage = `must be a multiple of ${GRID_MINUTES} minutes`;

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, 'must be an IANA time zone such as America/Chicago')
  .describe('IANA time zone, e.g. America/Chicago');

const clockTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time as HH:MM (24:00 for midnight at the end of the day)')
  .refine((value) => onGrid(Number(value.slice(3))), `minutes ${gridMessage}`);

export const hoursSchema = z
  .strictObject({ start: clockTime, end: clockTime })
  .refine((hours) => hours.start < hours.end, 'start must be before end');

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const dayHours = z.array(hoursSchema).max(12).default([]);

export const weeklyHoursSchema = z
  .strictObject({
    monday: dayHours,
    tuesday: dayHours,
    wednesday: dayHours,
    thursday: dayHours,
    friday: dayHours,
    saturday: dayHours,
    sunday: dayHours,
  })
  .describe("Working hours per weekday in the agent's zone; a day left out or empty is not worked");

const isoDate = dateSchema.describe('A calendar date, YYYY-MM-DD, in the agent’s zone');

export const dateOverrideSchema = z.strictObject({
  date: isoDate,
  hours: z.array(hoursSchema).max(12).describe('Replaces the weekday’s hours that date; empty: not working'),
  note: z.string().trim().max(200).optional(),
});

export const timeOffSchema = z
  .strictObject({
    start: instantSchema,
    end: instantSchema,
    note: z.string().trim().max(200).optional(),
  })
  .refine((off) => new Date(off.start) < new Date(off.end), 'start must be before end');

const minutes = (max: number) => z.number().int().min(0).max(max).refine(onGrid, gridMessage);

export const availabilityBody = z
  .strictObject({
    timezone: timeZoneSchema
      .nullable()
      .default(null)
      .describe("The zone of the hours below; null: the agent's own zone, else the workspace's"),
    weekly: weeklyHoursSchema,
    overrides: z
      .array(dateOverrideSchema)
      .max(400)
      .default([])
      .refine((list) => new Set(list.map((o) => o.date)).size === list.length, 'one override per date'),
    timeOff: z.array(timeOffSchema).max(200).default([]).describe('Instants the agent is away'),
    bufferBeforeMinutes: minutes(240).default(0),
    bufferAfterMinutes: minutes(240).default(0),
    minimumNoticeMinutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 60)
      .default(60)
      .describe('No slot starts sooner than this after now'),
    maxPerDay: z
      .number()
      .int()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .describe('Appointments per local day'),
  })
  .describe("An agent's availability; the whole of it is replaced");

export type AvailabilityInput = z.input<typeof availabilityBody>;
export type Availability = z.output<typeof availabilityBody>;
export type WeeklyHours = z.output<typeof weeklyHoursSchema>;
export type Hours = z.output<typeof hoursSchema>;
export type DateOverride = z.output<typeof dateOverrideSchema>;
export type TimeOff = z.output<typeof timeOffSchema>;

export const availabilitySchema = availabilityBody.extend({
  agentId: z.string(),
  effectiveTimezone: z.string().describe('The zone the hours are read in'),
  configured: z.boolean().describe('False until availability is set: the agent has no slots'),
  updatedAt: isoTimestamp.nullable(),
});

export const agentParams = z.strictObject({ id: z.string().min(1).max(100) });
