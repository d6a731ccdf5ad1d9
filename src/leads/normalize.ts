import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export interface NormalizedPhone {
  /** E.164, or null when the text is not a valid number (the raw text is kept and flagged). */
  e164: string | null;
  raw: string;
  valid: boolean;
  /** 'mobile', 'fixed_line', 'fixed_line_or_mobile', 'voip'...; undefined when unknown. */
  type: string | undefined;
}

export function normalizePhone(input: string, defaultRegion: string): NormalizedPhone {
  const raw = input.trim();
  const parsed = parsePhoneNumberFromString(raw, defaultRegion.toUpperCase() as CountryCode);
  if (!parsed?.isValid()) return { e164: null, raw, valid: false, type: undefined };
  return { e164: parsed.number, raw, valid: true, type: parsed.getType()?.toLowerCase() };
}

const EMAIL =
  /^[^\s@"(),:;<>[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/** Lower-cased and checked; null when it is not an address anyone could receive mail at. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

export interface NormalizedName {
  name: string | null;
  firstName: string | null;
}

/** Collapses whitespace; a name in capitals or lower case gets ordinary capitals for greetings. */
export function normalizeName(input: string | null | undefined): NormalizedName {
  const name = (input ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!name) return { name: null, firstName: null };
  const tidy = name === name.toUpperCase() || name === name.toLowerCase() ? titleCase(name) : name;
  const first = tidy.split(' ')[0] ?? null;
  return { name: tidy, firstName: first && /\p{L}/u.test(first) ? first : null };
}

function titleCase(value: string): string {
  return value
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}

export function normalizeZip(input: string | null | undefined): string | null {
  const match = /^\s*(\d{5})(?:-?\d{4})?\s*$/.exec(input ?? '');
  return match?.[1] ?? null;
}

export function normalizeState(input: string | null | undefined): string | null {
  const value = (input ?? '').trim().toUpperCase();
  return /^[A-Z]{2}$/.test(value) ? value : null;
}
