import type { PropertyOfInterest } from '../../leads/leads.schema.js';
import type { LeadType } from '../../leads/leads.table.js';

// Small readers shared by the lead-email parsers: entities, addresses, prices, lead types.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export const clean = (value: string | undefined, max: number): string | undefined => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : undefined;
};

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;
const PHONE = /(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/;

export const findEmail = (text: string): string | undefined => EMAIL.exec(text)?.[0];
export const findPhone = (text: string): string | undefined => PHONE.exec(text)?.[0];

/** "$450,000", "450000", "$1.2M", "500k" → a number of dollars; anything else → undefined. */
export function parsePrice(value: string | undefined): number | undefined {
  const match = value ? /\$?\s*(\d[\d,]*(?:\.\d+)?)\s*([kKmM])?/.exec(value) : null;
  if (!match?.[1]) return undefined;
  const base = Number(match[1].replaceAll(',', ''));
  const factor = match[2]?.toLowerCase() === 'k' ? 1e3 : match[2]?.toLowerCase() === 'm' ? 1e6 : 1;
  const price = Math.round(base * factor);
  return Number.isFinite(price) && price >= 0 && price <= 1e10 ? price : undefined;
}

export function parseLeadType(value: string | undefined): LeadType | undefined {
  if (!value) return undefined;
  if (/\b(sell|seller|selling|listing|home value|valuation|cma)\b/i.test(value)) return 'seller';
  if (/\b(rent|renter|rental|renting|tenant|lease)\b/i.test(value)) return 'renter';
  if (/\b(buy|buyer|buying|purchase)\b/i.test(value)) return 'buyer';
  return undefined;
}

const US_ADDRESS = /^(.+?),\s*([^,]+?),\s*([A-Za-z]{2})\.?\s+(\d{5})(?:-\d{4})?$/;

/** "123 Main St, Austin, TX 78701" into its parts; anything else stays a whole address. */
export function parseAddress(value: string | undefined): PropertyOfInterest | undefined {
  const text = clean(value, 300);
  if (!text) return undefined;
  const match = US_ADDRESS.exec(text);
  if (!match) return { address: text };
  const [, street, city, state, zip] = match as unknown as [string, string, string, string, string];
  return { address: street, city: city.slice(0, 120), state: state.toUpperCase(), zip };
}

/** Leaves out what is empty, so `{}` means nothing was found. */
export function compactProperty(property: PropertyOfInterest): PropertyOfInterest | undefined {
  const entries = Object.entries(property).filter(([, v]) => v !== undefined && v !== '');
  return entries.length > 0 ? (Object.fromEntries(entries) as PropertyOfInterest) : undefined;
}
