import type { FactCheck, Profile, ProfileChange, ProfileField, Slot } from './engine.types.js';
import { profileChanges, type Reading } from './profile.js';
import { plain, saysNo, saysYes } from './signals.js';
import { CONFIDENT, type FactField, type Understanding } from './understanding/understanding.schema.js';

/**
 * Doubtful readings are asked back, never asserted. A fact read under CONFIDENT ("presupuesto 300 mil"
 * read as $300M, "maybe in the spring", a joke) is kept out of the profile; the reply asks "Just to
 * check: ...?" and the lead's next text settles it: a yes stores it as stated, anything else drops it
 * (a correction in that text is read as usual).
 */

/** The profile fields each graded fact of a reading covers. */
const COVERS: Record<FactField, readonly ProfileField[]> = {
  intent: ['intent'],
  timelineMonths: ['timelineMonths'],
  budget: ['budgetMin', 'budgetMax'],
  preApproved: ['preApproved'],
  beds: ['beds'],
  baths: ['baths'],
  areas: ['areas'],
  propertyType: ['propertyType'],
  requestedTime: ['requestedTime'],
};

/** A fact with no confidence was read by a layer that does not grade itself: it counts as certain. */
export const confidenceOf = (u: Understanding, field: FactField): number => u.confidence?.[field] ?? 1;

/** The profile fields the reading holds with too little confidence to state. */
export function doubtfulFields(u: Understanding): Set<ProfileField> {
  const doubtful = new Set<ProfileField>();
  for (const [field, covers] of Object.entries(COVERS) as [FactField, readonly ProfileField[]][]) {
    if (confidenceOf(u, field) < CONFIDENT) for (const covered of covers) doubtful.add(covered);
  }
  return doubtful;
}

/** Splits a message's reading into what may be stated and what must be asked first. */
export function splitReading(
  reading: Reading,
  doubtful: ReadonlySet<ProfileField>,
): { sure: Reading; doubt: Reading } {
  const sure: Record<string, unknown> = {};
  const doubt: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(reading)) {
    if (value === undefined) continue;
    (doubtful.has(field as ProfileField) ? doubt : sure)[field] = value;
  }
  return { sure: sure as Reading, doubt: doubt as Reading };
}

export const slotOf = (field: ProfileField): Slot =>
  field === 'budgetMin' || field === 'budgetMax' ? 'budget' : field;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The doubtful facts that would change the profile, as a check; null when nothing is in doubt. A fact
 * only the language model read (`modelRead`) is marked so, and keeps the mark once the lead confirms it.
 */
export function checkOf(
  doubt: Reading,
  profile: Profile,
  source: { messageId: string; at: string },
  modelRead: readonly ProfileField[] = [],
): FactCheck | null {
  const changes: FactCheck['changes'] = [];
  const budget = doubt.budgetMin !== undefined || doubt.budgetMax !== undefined;
  if (budget && !(same(doubt.budgetMin, profile.budgetMin) && same(doubt.budgetMax, profile.budgetMax))) {
    if (doubt.budgetMin != null) changes.push({ field: 'budgetMin', value: doubt.budgetMin });
    if (doubt.budgetMax != null) changes.push({ field: 'budgetMax', value: doubt.budgetMax });
  }
  for (const [field, value] of Object.entries(doubt) as [ProfileField, unknown][]) {
    if (field === 'budgetMin' || field === 'budgetMax' || value === null) continue;
    if (field === 'areas') {
      const known = new Set((profile.areas ?? []).map((a) => a.toLowerCase()));
      const added = (value as string[]).filter((a) => !known.has(a.toLowerCase()));
      if (added.length > 0) changes.push({ field, value: added });
      continue;
    }
    if (!same(value, profile[field])) changes.push({ field, value });
  }
  const first = changes[0];
  if (!first) return null;
  const marked = changes.map((c) => (modelRead.includes(c.field) ? { ...c, by: 'model' as const } : c));
  return { slot: slotOf(first.field), changes: marked, ...source };
}

/** The check's facts as a reading, to be applied as the lead stated them. */
export function checkReading(check: FactCheck): Reading {
  const reading: Record<string, unknown> = {};
  for (const change of check.changes) reading[change.field] = change.value;
  return reading as Reading;
}

/** What the lead's yes to the check changes, from the text that said it; what the model read stays marked. */
export function confirmedChanges(check: FactCheck, profile: Profile): ProfileChange[] {
  const byModel = new Set<string>(check.changes.filter((c) => c.by === 'model').map((c) => c.field));
  return profileChanges(profile, checkReading(check), { messageId: check.messageId, at: check.at }).map(
    (change) => (byModel.has(change.field) ? { ...change, by: 'model' as const } : change),
  );
}

/** A later, confident reading of a field takes it out of the check. */
export function withoutFields(check: FactCheck | null, fields: Iterable<string>): FactCheck | null {
  if (!check) return null;
  const covered = new Set([...fields].map((f) => (f === 'budgetMin' || f === 'budgetMax' ? 'budget' : f)));
  const changes = check.changes.filter((c) => !covered.has(slotOf(c.field)));
  const first = changes[0];
  return first ? { ...check, slot: slotOf(first.field), changes } : null;
}

const END = String.raw`(?=$|[\s,.!?;:)])`;
const CONFIRM = new RegExp(
  String.raw`^(?:yes|yeah|yea|yep|yup|ya|correct|right|that's right|thats right|that's it|exactly|sure|you got it|si|sí|claro|correcto|exacto|así es|asi es|eso es|eso|ándale|andale|dale)${END}|^(?:👍|✅)`,
  'u',
);
const DENY = new RegExp(
  String.raw`^(?:no|nope|nah|not quite|not exactly|wrong|incorrect|incorrecto|nel|todavía no|todavia no|aún no|aun no)${END}`,
  'u',
);

/** The lead's answer to "Just to check: ...?": yes, no, or neither (they wrote about something else). */
export function answerToCheck(text: string): 'yes' | 'no' | null {
  const t = plain(text);
  if (DENY.test(t)) return 'no';
  if (CONFIRM.test(t) || saysYes(t)) return 'yes';
  if (saysNo(t)) return 'no';
  return null;
}

/** "no, 350k": the correction without the no, to be read as the answer to the question checked. */
export const withoutDenial = (text: string): string =>
  text.replace(/^\s*(?:no|nope|nah|not quite|not exactly|wrong)\b[\s,.!-]*/i, '');
