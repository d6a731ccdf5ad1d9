import { fromJson } from '../db/schema.js';
import {
  type FactSource,
  PROFILE_FIELDS,
  type Profile,
  type ProfileChange,
  type ProfileField,
  type StoredProfile,
} from './engine.types.js';

/** What one message adds to the profile: Understanding's fields plus what the conversation alone asks. */
export type Reading = Partial<Profile>;

/** The stored JSON as a profile; anything unreadable is left out rather than trusted. */
export function readProfile(value: unknown): StoredProfile {
  const raw = fromJson<Record<string, unknown> | null>(value);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return raw as StoredProfile;
}

/** Only the facts, without sources or score: what decisions look at. */
export function factsOf(profile: StoredProfile): Profile {
  const facts: Profile = {};
  for (const field of PROFILE_FIELDS) {
    if (profile[field] !== undefined) (facts as Record<string, unknown>)[field] = profile[field];
  }
  return facts;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changes a reading makes: a value given replaces the one known (people change their minds), areas
 * add up unless the lead moved the search elsewhere (`replaceAreas`), and a budget is taken whole from
 * one message so a range is never stitched from two.
 */
export function profileChanges(
  profile: Profile,
  reading: Reading,
  source: { messageId: string; at: string },
  options: { replaceAreas?: boolean } = {},
): ProfileChange[] {
  const changes: ProfileChange[] = [];
  const set = (field: ProfileField, value: unknown) => {
    if (!sameValue(profile[field] ?? null, value ?? null)) changes.push({ field, value, ...source });
  };
  for (const field of PROFILE_FIELDS) {
    if (field === 'budgetMin' || field === 'budgetMax' || field === 'areas') continue;
    const value = reading[field];
    if (value !== undefined && value !== null) set(field, value);
  }
  if (reading.budgetMin != null || reading.budgetMax != null) {
    set('budgetMin', reading.budgetMin ?? null);
    set('budgetMax', reading.budgetMax ?? null);
  }
  if (reading.areas && reading.areas.length > 0) {
    const known = options.replaceAreas ? [] : (profile.areas ?? []);
    const keys = new Set(known.map((area) => area.toLowerCase()));
    const added = reading.areas.filter((area) => !keys.has(area.toLowerCase()));
    if (added.length > 0) set('areas', [...known, ...added]);
  }
  return changes;
}

/** The profile after the changes, each changed field with its source. A null value forgets the field. */
export function applyProfileChanges(
  profile: StoredProfile,
  changes: readonly ProfileChange[],
): StoredProfile {
  const next: StoredProfile = { ...profile, sources: { ...(profile.sources ?? {}) } };
  const facts = next as Record<string, unknown>;
  for (const change of changes) {
    if (change.field === 'check' || change.field === 'language' || change.field === 'opening') {
      // Notes of the conversation, not the lead's facts: no source to show.
      if (change.value === null) delete facts[change.field];
      else facts[change.field] = change.value;
      continue;
    }
    if (change.value === null) {
      delete facts[change.field];
      delete next.sources?.[change.field];
      continue;
    }
    facts[change.field] = change.value;
    const source: FactSource = { value: change.value, messageId: change.messageId, at: change.at };
    if (change.by) source.by = change.by;
    if (next.sources) next.sources[change.field] = source;
  }
  return next;
}
