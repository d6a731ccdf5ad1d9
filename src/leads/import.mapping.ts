import { DateTime } from 'luxon';
import { inInstantRange } from '../http/schemas.js';
import { badRequest } from '../platform/errors.js';
import type { ImportField, ImportMapping } from './import.schema.js';
import type { IncomingLead } from './intake.service.js';
import type { LeadType } from './leads.table.js';

type Field = Exclude<ImportField, 'ignore'>;

/** Header spellings seen in CRM and portal exports, compared without case, spaces or punctuation. */
const ALIASES: Record<Field, string[]> = {
  name: ['name', 'fullname', 'contactname', 'leadname', 'clientname'],
  firstName: ['firstname', 'first', 'givenname', 'fname'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'lname'],
  phone: [
    'phone',
    'phonenumber',
    'mobile',
    'mobilephone',
    'mobilenumber',
    'cell',
    'cellphone',
    'telephone',
    'tel',
  ],
  email: ['email', 'emailaddress', 'mail'],
  source: ['source', 'leadsource'],
  message: ['message', 'notes', 'note', 'comments', 'comment'],
  address: ['address', 'street', 'streetaddress', 'propertyaddress'],
  city: ['city', 'town'],
  state: ['state', 'province', 'region'],
  zip: ['zip', 'zipcode', 'postalcode', 'postcode'],
  mlsNumber: ['mls', 'mlsnumber', 'mlsid', 'mlsno'],
  price: ['price', 'listprice', 'budget', 'pricerange'],
  leadType: ['type', 'leadtype'],
  tags: ['tags', 'tag', 'labels'],
  smsConsent: ['smsconsent', 'textconsent', 'smsoptin', 'consent'],
  consentText: ['consenttext', 'disclosure', 'consentdisclosure'],
  consentAt: ['consentat', 'consentdate', 'consenttime', 'consentedat'],
  consentIp: ['consentip', 'ip'],
  consentPage: ['consentpage', 'consenturl', 'pageurl'],
};

const BY_ALIAS = new Map(
  Object.entries(ALIASES).flatMap(([field, aliases]) => aliases.map((a) => [a, field as Field])),
);

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which field each column feeds, by position; null columns are skipped. */
export type ColumnPlan = (Field | null)[];

export function planColumns(headers: string[], mapping: ImportMapping = {}): ColumnPlan {
  const trimmed = headers.map((h) => h.trim());
  const missing = Object.keys(mapping).filter((column) => !trimmed.includes(column.trim()));
  if (missing.length > 0) {
    throw badRequest(
      `The mapping names columns the file does not have: ${missing.join(', ')}`,
      { columns: trimmed },
      'unknown_column',
    );
  }
  const explicit = new Map(Object.entries(mapping).map(([column, field]) => [column.trim(), field]));
  const taken = new Set<Field>();
  const plan = trimmed.map((header): Field | null => {
    const field = explicit.get(header) ?? BY_ALIAS.get(squash(header)) ?? 'ignore';
    // The first column for a field wins: "Phone" and "Phone 2" do not overwrite each other.
    if (field === 'ignore' || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
  if (!taken.has('phone') && !taken.has('email')) {
    throw badRequest(
      'No column holds a phone number or an email address; name one with the mapping, e.g. {"Cell #": "phone"}',
      { columns: trimmed },
      'no_contact_column',
    );
  }
  return plan;
}

export type ImportedLead = Omit<IncomingLead, 'workspaceId' | 'channel' | 'attemptFirstResponse'>;

export interface RowConversion {
  lead: ImportedLead;
  /** True when the row carries consent evidence: only then may the lead be texted. */
  hasConsent: boolean;
  warnings: string[];
}

const YES = /^(true|yes|y|1|x|checked|on|opted in|granted)$/i;
const TYPES: Record<string, LeadType> = {
  buyer: 'buyer',
  buy: 'buyer',
  buying: 'buyer',
  seller: 'seller',
  sell: 'seller',
  selling: 'seller',
  listing: 'seller',
  renter: 'renter',
  rent: 'renter',
  renting: 'renter',
  tenant: 'renter',
};

const clip = (value: string | undefined, max: number) => (value ? value.slice(0, max) : undefined);

export function rowToLead(
  record: string[],
  plan: ColumnPlan,
  options: { defaultSource: string; timezone: string; now: Date },
): RowConversion {
  const cells: Partial<Record<Field, string>> = {};
  plan.forEach((field, index) => {
    const value = record[index]?.trim();
    if (field && value) cells[field] = value;
  });
  const warnings: string[] = [];
  const name = cells.name ?? ([cells.firstName, cells.lastName].filter(Boolean).join(' ') || undefined);
  const property = {
    address: clip(cells.address, 300),
    city: clip(cells.city, 120),
    state: clip(cells.state, 40),
    zip: clip(cells.zip, 20),
    mlsNumber: clip(cells.mlsNumber, 60),
    price: parsePrice(cells.price, warnings),
  };
  const hasProperty = Object.values(property).some((v) => v !== undefined);
  const leadType = cells.leadType ? TYPES[cells.leadType.toLowerCase()] : undefined;
  if (cells.leadType && !leadType) warnings.push('lead_type_ignored');
  const consent = consentOf(cells, options, warnings);
  return {
    lead: {
      source: clip(cells.source, 80) ?? options.defaultSource,
      name: clip(name, 200),
      phone: clip(cells.phone, 40),
      email: clip(cells.email, 254),
      message: clip(cells.message, 5000),
      property: hasProperty ? property : undefined,
      leadType,
      tags: cells.tags
        ?.split(/[,;|]/)
        .map((t) => t.trim().slice(0, 60))
        .filter(Boolean)
        .slice(0, 50),
      consent,
    },
    hasConsent: consent !== undefined,
    warnings,
  };
}

function parsePrice(value: string | undefined, warnings: string[]): number | undefined {
  if (!value) return undefined;
  const price = Number(value.replace(/[$,\s]/g, ''));
  if (Number.isFinite(price) && price >= 0 && price <= 1e10) return price;
  warnings.push('price_ignored');
  return undefined;
}

/**
 * Evidence or nothing: a "yes" without the disclosure text and the time it was given cannot show
 * what the person agreed to, so that lead is imported but not texted.
 */
function consentOf(
  cells: Partial<Record<Field, string>>,
  options: { timezone: string; now: Date },
  warnings: string[],
): ImportedLead['consent'] {
  if (!cells.smsConsent || !YES.test(cells.smsConsent)) return undefined;
  const capturedAt = cells.consentAt ? parseTime(cells.consentAt, options.timezone) : undefined;
  if (!cells.consentText || !capturedAt) {
    warnings.push('consent_evidence_incomplete');
    return undefined;
  }
  if (capturedAt.getTime() > options.now.getTime()) {
    warnings.push('consent_time_in_future');
    return undefined;
  }
  if (!inInstantRange(capturedAt.getTime())) {
    warnings.push('consent_time_out_of_range');
    return undefined;
  }
  return {
    sms: true,
    disclosure: cells.consentText.slice(0, 4000),
    capturedAt: capturedAt.toISOString(),
    ip: clip(cells.consentIp, 64),
    pageUrl: clip(cells.consentPage, 2000),
    source: 'import',
  };
}

const US_FORMATS = ['M/d/yyyy H:mm', 'M/d/yyyy h:mm a', 'M/d/yyyy H:mm:ss', 'M/d/yyyy'];

/** ISO, SQL or US dates; without an offset, the time is read in the workspace's zone. */
function parseTime(value: string, zone: string): Date | undefined {
  const candidates = [
    DateTime.fromISO(value, { zone }),
    DateTime.fromSQL(value, { zone }),
    DateTime.fromRFC2822(value, { zone }),
    ...US_FORMATS.map((format) => DateTime.fromFormat(value, format, { zone })),
  ];
  return candidates.find((d) => d.isValid)?.toJSDate();
}
