import { DateTime } from 'luxon';
import type { Slot } from '../engine.types.js';
import type { MarketAreaInput, Understanding } from '../understanding/understanding.schema.js';
import { modelUnderstandingSchema } from './ai.schema.js';
import { groundReading } from './grounding.js';

/** A model's reading of a message: the fields of Understanding that passed validation, never the compliance ones. */
export type ModelReading = Partial<Omit<Understanding, 'keyword' | 'optOut'>>;

export interface Validated {
  reading: ModelReading;
  /** Fields the model gave that failed the schema or a sanity check, by name. */
  dropped: string[];
}

const MAX_TIMELINE_MONTHS = 120;
const MAX_PRICE = 1_000_000_000;
const MAX_ROOMS = 50;
const MAX_QUESTION_LENGTH = 300;

/**
 * Checks each field on its own against the Understanding schema, so one bad value costs that field
 * rather than the whole reading. Unknown keys, and `keyword`/`optOut` if a model sends them, are ignored.
 */
export function validateFields(raw: unknown): Validated | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const given = raw as Record<string, unknown>;
  const reading: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, schema] of Object.entries(modelUnderstandingSchema.shape)) {
    if (given[key] === undefined) continue;
    const parsed = schema.safeParse(given[key]);
    if (parsed.success) reading[key] = parsed.data;
    else dropped.push(key);
  }
  return { reading: reading as ModelReading, dropped };
}

/**
 * What a schema cannot say: plausible magnitudes, a price range that is a range, a requested time that
 * is still ahead, written with the lead's zone's offset; then only what the message supports (see
 * groundReading: places the lead named and the gazetteer or the workspace knows, figures with their units).
 */
export function checkReading(
  validated: Validated,
  message: {
    text: string;
    now: Date | string;
    tz: string;
    marketAreas?: readonly MarketAreaInput[] | undefined;
    pendingSlot?: Slot | null | undefined;
  },
): Validated {
  const reading: ModelReading = { ...validated.reading };
  const dropped = [...validated.dropped];
  const drop = (key: keyof ModelReading) => {
    delete reading[key];
    dropped.push(key);
  };

  if (reading.timelineMonths != null && reading.timelineMonths > MAX_TIMELINE_MONTHS) drop('timelineMonths');
  if (reading.budgetMin != null && reading.budgetMin > MAX_PRICE) drop('budgetMin');
  if (reading.budgetMax != null && reading.budgetMax > MAX_PRICE) drop('budgetMax');
  if (reading.budgetMin != null && reading.budgetMax != null && reading.budgetMin > reading.budgetMax) {
    drop('budgetMin');
    drop('budgetMax');
  }
  if (reading.beds != null && (reading.beds > MAX_ROOMS || !Number.isInteger(reading.beds))) drop('beds');
  if (reading.baths != null && (reading.baths > MAX_ROOMS || !Number.isInteger(reading.baths * 4))) {
    drop('baths');
  }

  if (reading.question != null) {
    const question = reading.question.trim();
    if (question.length > MAX_QUESTION_LENGTH) drop('question');
    else reading.question = question === '' ? null : question;
  }

  if (reading.requestedTime != null) {
    const normalized = inZone(reading.requestedTime, message.now, message.tz);
    if (normalized) reading.requestedTime = normalized;
    else drop('requestedTime');
  }
  const grounded = groundReading(reading, { ...message, marketAreas: message.marketAreas ?? 'unchecked' });
  return { reading: grounded.reading, dropped: [...dropped, ...grounded.unsupported] };
}

function inZone(
  window: NonNullable<Understanding['requestedTime']>,
  now: Date | string,
  tz: string,
): Understanding['requestedTime'] {
  const start = DateTime.fromISO(window.start, { setZone: true }).setZone(tz);
  const end = DateTime.fromISO(window.end, { setZone: true }).setZone(tz);
  const reference = now instanceof Date ? DateTime.fromJSDate(now) : DateTime.fromISO(now, { setZone: true });
  if (!start.isValid || !end.isValid || !reference.isValid) return null;
  if (end <= start || end <= reference) return null;
  const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true });
  const [s, e] = [iso(start), iso(end)];
  return s && e ? { start: s, end: e } : null;
}

const FILLABLE = [
  'intent',
  'timelineMonths',
  'preApproved',
  'beds',
  'baths',
  'propertyType',
  'requestedTime',
  'question',
] as const;

/**
 * The merge rule. The deterministic reading always stands: `keyword` and `optOut` are never taken
 * from a model (compliance is deterministic: a model can neither revoke consent nor restore it), and
 * no value the rules found is replaced. A model only fills what the rules left empty: a null field,
 * an empty list of areas, a price range with neither end known (both ends come from the same
 * reading, so a range is never stitched from two sources). `wantsHuman` may only go from false to
 * true: handing a lead to a person is the safe direction.
 */
export function mergeUnderstanding(
  deterministic: Understanding,
  reading: ModelReading,
): { merged: Understanding; filled: Partial<Understanding> } {
  const filled: Partial<Understanding> = {};
  const fill = <K extends (typeof FILLABLE)[number]>(key: K) => {
    const value = reading[key];
    if (deterministic[key] === null && value !== undefined && value !== null) filled[key] = value;
  };
  for (const key of FILLABLE) fill(key);

  if (deterministic.budgetMin === null && deterministic.budgetMax === null) {
    if (reading.budgetMin != null) filled.budgetMin = reading.budgetMin;
    if (reading.budgetMax != null) filled.budgetMax = reading.budgetMax;
  }
  if (deterministic.areas.length === 0 && reading.areas && reading.areas.length > 0) {
    filled.areas = reading.areas;
  }
  if (!deterministic.wantsHuman && reading.wantsHuman === true) filled.wantsHuman = true;

  return { merged: { ...deterministic, ...filled }, filled };
}
