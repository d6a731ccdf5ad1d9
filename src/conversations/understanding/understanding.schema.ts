import { z } from 'zod';

export const INTENTS = ['buy', 'sell', 'both', 'rent'] as const;
export const PROPERTY_TYPES = [
  'single_family',
  'condo',
  'townhouse',
  'multi_family',
  'land',
  'manufactured',
] as const;

/** The facts of a reading that carry a confidence. */
export const FACT_FIELDS = [
  'intent',
  'timelineMonths',
  'budget',
  'preApproved',
  'beds',
  'baths',
  'areas',
  'propertyType',
  'requestedTime',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** A fact read at or above this confidence may be stated back; below it, it is asked back as a question. */
export const CONFIDENT = 0.8;

/**
 * What the engine understands in one message from a lead. The same schema types the lead profile and
 * is the structured output asked of an optional LLM, so the deterministic and AI readings can be merged.
 */
export const understandingSchema = z.object({
  keyword: z.enum(['stop', 'help', 'start']).nullable(),
  optOut: z
    .object({
      channel: z.enum(['sms', 'voice', 'all']),
      reason: z.string(),
    })
    .nullable(),
  /**
   * A message that may revoke consent but is not clearly one ("ok stop for now lol"): no automated text
   * goes until a person confirms or clears it. `trigger` is the span that raised it, shown to the team only.
   */
  possibleOptOut: z
    .object({
      channel: z.enum(['sms', 'voice', 'all']),
      score: z.number().min(0).max(1),
      trigger: z.string(),
    })
    .nullable(),
  /** The language the lead wrote in, for the reply. */
  language: z.enum(['en', 'es']),
  /**
   * Buy, sell, both or rent, as eval/LABELLING.md defines them: a home asked for (a kind of home with
   * wanting words, a price with what they want) or financing alone is `buy`; an area, rooms, a type or a
   * price given alone is none.
   */
  intent: z.enum(INTENTS).nullable(),
  /**
   * Calendar months from the message's month to the month they mean to move ("in March" in December is 3,
   * "this month" and "asap" 0); weeks ÷ 4.3; the nearer end of a range; a season from its first month.
   */
  timelineMonths: z.number().int().min(0).nullable(),
  /** Dollars; a monthly figure for a rental. A single figure ("around 500k") is a ceiling. */
  budgetMin: z.number().nonnegative().nullable(),
  budgetMax: z.number().nonnegative().nullable(),
  /** Pre-approved, an approval letter or cash: true; not yet (pre-qualified only included): false; unsaid: null. */
  preApproved: z.boolean().nullable(),
  beds: z.number().nonnegative().nullable(),
  baths: z.number().nonnegative().nullable(),
  /** Places they want to live, by name, each once; not places they leave, pass, work in or rule out. */
  areas: z.array(z.string()),
  /** The kind of home the text is about: wanted, sold or asked about; an apartment is a condo. */
  propertyType: z.enum(PROPERTY_TYPES).nullable(),
  /** A window in the lead's zone, ISO-8601 with that zone's offset, never in the past. */
  requestedTime: z
    .object({
      start: z.iso.datetime({ offset: true }),
      end: z.iso.datetime({ offset: true }),
    })
    .nullable(),
  /**
   * The lead named a weekday and a date that disagree ("thu the 16th" when the 16th is a Wednesday): no
   * time is read, and the reply asks which day. `date` is the date written, `weekdayDate` the nearest day
   * of the weekday named. Absent when there is no such disagreement.
   */
  dateConflict: z.object({ date: z.iso.date(), weekdayDate: z.iso.date() }).optional(),
  wantsHuman: z.boolean(),
  question: z.string().nullable(),
  /**
   * 0–1 for each fact read (absent when the fact is null): hedged, negated-nearby, joking or ambiguous
   * readings score low and are confirmed with the lead before anything relies on them.
   */
  confidence: z.partialRecord(z.enum(FACT_FIELDS), z.number().min(0).max(1)),
});

export type Understanding = z.infer<typeof understandingSchema>;
export type Intent = (typeof INTENTS)[number];
export type PropertyType = (typeof PROPERTY_TYPES)[number];
export type RequestedTime = NonNullable<Understanding['requestedTime']>;
export type DateConflict = NonNullable<Understanding['dateConflict']>;

export interface AnalyzeOptions {
  /** When the message was received. */
  now: Date | string;
  /** The lead's IANA time zone. */
  tz: string;
  /**
   * The workspace's own market areas ("Round Rock", "Zilker", "Travis County, TX", or an area with its
   * neighbourhoods as the conversation settings hold them): matched before the gazetteer, in any case and
   * even when they are everyday words; their states are preferred.
   */
  marketAreas?: readonly MarketAreaInput[];
}

/** A market area: a name, or a name with neighbourhoods that take its state. */
export type MarketAreaInput = string | { name: string; neighbourhoods?: readonly string[] };
