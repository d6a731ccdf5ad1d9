import { DateTime } from 'luxon';
import { classifyInbound } from '../../consent/keywords.js';
import { extractAreas } from './areas.js';
import { CONFIDENCE, confidenceOf } from './confidence.js';
import { extractPreApproved, mentionsBuyerFinancing } from './financing.js';
import { extractIntent } from './intent.js';
import { detectLanguage } from './language.js';
import { extractBudget } from './money.js';
import { extractPropertyType } from './property-type.js';
import { extractQuestion } from './question.js';
import { extractRequestedTime } from './requested-time.js';
import { extractRooms } from './rooms.js';
import { prepareMessage } from './text.js';
import { extractTimeline } from './timeline.js';
import type { AnalyzeOptions, Understanding } from './understanding.schema.js';
import { extractWantsHuman } from './wants-human.js';

export class AnalyzeInputError extends Error {}

function referenceTime(options: AnalyzeOptions): DateTime {
  const zone = DateTime.now().setZone(options.tz);
  if (!zone.isValid) throw new AnalyzeInputError(`unknown time zone: ${options.tz}`);
  const now =
    options.now instanceof Date
      ? DateTime.fromJSDate(options.now)
      : DateTime.fromISO(options.now, { setZone: true });
  if (!now.isValid) throw new AnalyzeInputError(`not an ISO-8601 time: ${String(options.now)}`);
  return now.setZone(options.tz);
}

/**
 * What the deterministic engine understands in one message, in the lead's zone and relative to when
 * it arrived. Carrier keywords and revocations come from the consent module, so the gate and the
 * conversation never disagree about an opt-out.
 */
export function analyze(text: string, options: AnalyzeOptions): Understanding {
  const now = referenceTime(options);
  const message = prepareMessage(text, now, options.tz);
  const { keyword, optOut, possibleOptOut } = classifyInbound(text, { optedOut: false });
  const language = detectLanguage(message);
  const rooms = extractRooms(message);
  const budget = extractBudget(message, rooms.spans, language);
  const requested = extractRequestedTime(message, [...rooms.spans, ...budget.spans]);
  const appointment = requested.value ? DateTime.fromISO(requested.value.start, { setZone: true }) : null;
  const places = extractAreas(message, [...budget.spans, ...rooms.spans, ...requested.spans], {
    marketAreas: options.marketAreas,
  });
  // a place read as a place ("homes in Spring TX") is no season
  const timeline = extractTimeline(message, {
    claimed: [...requested.spans, ...budget.spans, ...rooms.spans, ...places.spans],
    appointment: appointment ? { year: appointment.year, month: appointment.month } : null,
  });
  const preApproved = extractPreApproved(message);
  const propertyType = extractPropertyType(message, places.spans);
  const intent = extractIntent(message, {
    budget,
    propertyType: propertyType.value,
    propertySpans: propertyType.spans,
    hasRooms: rooms.beds !== null || rooms.baths !== null,
    financing: preApproved.value !== null || mentionsBuyerFinancing(message),
  });
  const facts: Understanding = {
    keyword,
    optOut: optOut ? { channel: optOut.channel, reason: optOut.reason } : null,
    possibleOptOut: possibleOptOut ?? null,
    language,
    intent: intent.value,
    timelineMonths: timeline.months,
    budgetMin: budget.min,
    budgetMax: budget.max,
    preApproved: preApproved.value,
    beds: rooms.beds,
    baths: rooms.baths,
    areas: places.areas,
    propertyType: propertyType.value,
    requestedTime: requested.value,
    ...(requested.conflictDays ? { dateConflict: requested.conflictDays } : {}),
    wantsHuman: extractWantsHuman(message),
    question: extractQuestion(message),
    confidence: {},
  };
  facts.confidence = confidenceOf(message, facts, {
    intent,
    timelineMonths: timeline,
    budget,
    preApproved,
    beds: rooms.bedsReading,
    baths: rooms.bathsReading,
    areas: { confidence: places.confidence ?? CONFIDENCE.explicit, spans: places.spans },
    propertyType: { confidence: CONFIDENCE.explicit, spans: propertyType.spans },
    requestedTime: { confidence: requested.confidence ?? CONFIDENCE.explicit, spans: requested.spans },
  });
  return facts;
}
