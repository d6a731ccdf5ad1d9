import { clean, findEmail, findPhone } from './email-fields.js';
import type { EmailFields } from './labelled.js';

/**
 * The portals whose lead notifications we know, told apart by the sender's domain or name. Most list the
 * lead as labelled fields (read by labelled.ts); `read` adds what a layout says without labels.
 */
export interface Portal {
  source: string;
  domains: string[];
  names: RegExp;
  read?: (text: string, subject: string) => EmailFields;
}

export const PORTALS: readonly Portal[] = [
  { source: 'zillow', domains: ['zillow.com'], names: /\bzillow\b/i, read: readZillow },
  { source: 'realtor.com', domains: ['realtor.com', 'move.com'], names: /\brealtor\.com\b/i },
  { source: 'homes.com', domains: ['homes.com'], names: /\bhomes\.com\b/i },
  { source: 'trulia', domains: ['trulia.com'], names: /\btrulia\b/i, read: readZillow },
  { source: 'redfin', domains: ['redfin.com'], names: /\bredfin\b/i },
];

export function portalOf(
  from: { address?: string; name?: string } | undefined,
  subject: string,
): Portal | undefined {
  const domain = from?.address?.split('@')[1]?.toLowerCase() ?? '';
  return (
    PORTALS.find((p) => p.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) ??
    PORTALS.find((p) => p.names.test(from?.name ?? '') || p.names.test(subject))
  );
}

/**
 * Zillow's (and Trulia's) contact notice: "<Name> is requesting information about <address>", then the
 * person's name, number and address on their own lines and their note in quotes.
 */
function readZillow(text: string, subject: string): EmailFields {
  const fields: EmailFields = {};
  const about =
    /^(.+?) (?:is requesting information|wants to (?:see|tour)|has a question) about (.+?)\.?$/im.exec(
      `${subject}\n${text}`,
    );
  if (about?.[1] && about[2]) {
    fields.name = clean(about[1].replace(/^new contact:?\s*/i, ''), 200);
    fields.address = clean(about[2], 300);
  }
  const quoted = /["“]([^"”]{2,4500})["”]/.exec(text)?.[1];
  if (quoted) fields.message = clean(quoted, 4500);
  const phone = findPhone(text);
  if (phone) fields.phone = phone;
  const email = findEmail(text.replace(/\S+@(?:[a-z0-9-]+\.)*(?:zillow|trulia)\.com/gi, ''));
  if (email) fields.email = email;
  const price = /\$\s?\d[\d,]*(?:\.\d+)?\s*[kKmM]?/.exec(text)?.[0];
  if (price) fields.price = price;
  const mls = /MLS\s*#?\s*:?\s*([A-Z0-9-]{3,30})/i.exec(text)?.[1];
  if (mls) fields.mlsNumber = mls;
  return fields;
}
