import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import type { ParsedLead, ParseOutcome } from '../field-mapping.js';
import type { PayloadParser } from '../ingest.service.js';
import {
  clean,
  compactProperty,
  findEmail,
  parseAddress,
  parseLeadType,
  parsePrice,
} from './email-fields.js';
import { readLabelledFields } from './labelled.js';
import { readLeadMetadata } from './lead-metadata.js';
import { portalOf } from './portals.js';

export interface LeadEmail {
  from: { address?: string; name?: string } | undefined;
  replyTo: string | undefined;
  subject: string;
  text: string;
  html: string | undefined;
  messageId: string | undefined;
}

function firstAddress(value: AddressObject | AddressObject[] | undefined) {
  const entry = (Array.isArray(value) ? value[0] : value)?.value[0];
  return entry ? { address: entry.address?.toLowerCase(), name: entry.name || undefined } : undefined;
}

/** A raw MIME message read with mailparser: who sent it, its subject, its text and HTML. */
export async function readEmail(raw: string): Promise<LeadEmail> {
  const mail: ParsedMail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true });
  const from = firstAddress(mail.from);
  const replyTo = firstAddress(mail.replyTo)?.address;
  return {
    from: from
      ? { ...(from.address ? { address: from.address } : {}), ...(from.name ? { name: from.name } : {}) }
      : undefined,
    replyTo,
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : undefined,
    messageId: mail.messageId?.slice(0, 300),
  };
}

/**
 * A lead email into a lead, by the first reader that finds the person: the lead metadata standard, then
 * the portal's layout with its labelled fields, then labelled fields of any sender ("Name:", "Phone:").
 * An email that names no phone number or address of the lead is not a lead we can read.
 */
export function parseLeadEmail(mail: LeadEmail): ParseOutcome {
  const portal = portalOf(mail.from, mail.subject);
  const standard = readLeadMetadata(mail.html);
  if (standard && (standard.lead.phone || standard.lead.email)) {
    const source = standard.lead.source || portal?.source || '';
    return {
      ok: true,
      parsed: { ...standard, lead: { ...standard.lead, source }, externalId: mail.messageId },
    };
  }
  const fields = { ...portal?.read?.(mail.text, mail.subject), ...readLabelledFields(mail.text, mail.html) };
  // A portal sets Reply-To to the lead; our own or the portal's address is not the lead's.
  if (!fields.email && mail.replyTo && domainOf(mail.replyTo) !== domainOf(mail.from?.address))
    fields.email = mail.replyTo;
  if (fields.email) fields.email = findEmail(fields.email) ?? fields.email;
  if (!fields.phone && !fields.email)
    return { ok: false, reason: 'no phone number or email address of a lead was found in the email' };
  const name = fields.name ?? ([fields.firstName, fields.lastName].filter(Boolean).join(' ') || undefined);
  const address = parseAddress(fields.address);
  const property = compactProperty({
    ...address,
    city: clean(fields.city, 120) ?? address?.city,
    state: clean(fields.state, 40) ?? address?.state,
    zip: clean(fields.zip, 20) ?? address?.zip,
    mlsNumber: clean(fields.mlsNumber, 60),
    price: parsePrice(fields.price),
    url: urlOf(fields.url),
  });
  const message = [fields.message, fields.timeFrame ? `Time frame: ${fields.timeFrame}` : undefined]
    .filter(Boolean)
    .join('\n');
  const parsed: ParsedLead = {
    lead: {
      source: portal?.source ?? '',
      name: clean(name, 200),
      phone: clean(fields.phone, 40),
      email: clean(fields.email, 254),
      message: message || undefined,
      property,
      leadType: parseLeadType(fields.leadType) ?? parseLeadType(mail.subject),
    },
    externalId: mail.messageId,
    details: detailsOf({ timeFrame: fields.timeFrame, assignedAgent: clean(fields.agent, 200) }),
  };
  return { ok: true, parsed };
}

/** What the email said that has no field of a lead, leaving out what it did not say. */
function detailsOf(values: Record<string, string | undefined>): Record<string, string> | undefined {
  const entries = Object.entries(values).filter((e): e is [string, string] => Boolean(e[1]));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const domainOf = (address: string | undefined) => address?.split('@')[1]?.toLowerCase();

function urlOf(value: string | undefined): string | undefined {
  const url = value?.match(/https?:\/\/\S+/)?.[0];
  if (!url || url.length > 2000) return undefined;
  return URL.canParse(url) ? url : undefined;
}

export const parseEmailPayload: PayloadParser = async (_ctx, _source, payload) => {
  if (!payload.raw) return { ok: false, reason: 'the email was emptied before it was read' };
  const mail = await readEmail(payload.raw);
  const from =
    mail.from?.name && mail.from.address ? `${mail.from.name} <${mail.from.address}>` : mail.from?.address;
  return { ...parseLeadEmail(mail), summary: { from, subject: mail.subject } };
};
