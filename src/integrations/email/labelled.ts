import { clean, decodeEntities } from './email-fields.js';

/** What a labelled line or table row of a lead email can hold. */
export type EmailField =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'message'
  | 'address'
  | 'city'
  | 'state'
  | 'zip'
  | 'price'
  | 'mlsNumber'
  | 'leadType'
  | 'timeFrame'
  | 'url'
  | 'agent';

export type EmailFields = Partial<Record<EmailField, string>>;

/** Labels seen in lead notifications, compared without case, spaces or punctuation. */
const LABELS: Record<EmailField, string[]> = {
  name: ['name', 'fullname', 'contactname', 'leadname', 'buyername', 'clientname', 'customername'],
  firstName: ['firstname', 'first'],
  lastName: ['lastname', 'last', 'surname'],
  email: ['email', 'emailaddress', 'contactemail', 'buyeremail'],
  phone: [
    'phone',
    'phonenumber',
    'cell',
    'cellphone',
    'mobile',
    'mobilephone',
    'telephone',
    'tel',
    'contactphone',
  ],
  message: [
    'message',
    'messages',
    'comments',
    'comment',
    'question',
    'questions',
    'notes',
    'note',
    'inquiry',
    'leadmessage',
    'additionalcomments',
    'theirmessage',
  ],
  address: [
    'address',
    'property',
    'propertyaddress',
    'listingaddress',
    'homeaddress',
    'streetaddress',
    'listing',
  ],
  city: ['city'],
  state: ['state'],
  zip: ['zip', 'zipcode', 'postalcode'],
  price: ['price', 'listprice', 'listingprice', 'askingprice', 'maxprice', 'budget', 'pricerange'],
  mlsNumber: ['mls', 'mlsid', 'mlsnumber', 'mlsno', 'listingid', 'listingnumber'],
  leadType: ['leadtype', 'type', 'interest', 'inquirytype', 'interestedin'],
  timeFrame: ['timeframe', 'timeline', 'movingtimeframe', 'whentomove', 'buyingtimeframe'],
  url: ['propertyurl', 'listingurl', 'link', 'url'],
  // The team member the lead is meant for; a listing agent is the seller's, not ours.
  agent: ['agent', 'agentname', 'agentemail', 'assignedagent', 'assignedto', 'youragent', 'leadagent'],
};

const BY_LABEL = new Map(
  Object.entries(LABELS).flatMap(([field, labels]) => labels.map((l) => [l, field as EmailField])),
);

const squash = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '');

const LINE = /^\s*([A-Za-z][A-Za-z0-9 #'’()./&-]{0,40}?)\s*[:：]\s*(.*)$/;

/**
 * Two-cell rows (`<tr><td>Label</td><td>value</td></tr>`) of the HTML and "Label: value" lines of the
 * text, read into fields. A label alone on its line takes the next line as its value. The first value
 * of a field wins.
 */
export function readLabelledFields(text: string, html: string | undefined): EmailFields {
  const fields: EmailFields = {};
  const take = (label: string, value: string | undefined) => {
    const field = BY_LABEL.get(squash(label));
    const cleaned = clean(value, field === 'message' ? 4500 : 300);
    if (field && cleaned && fields[field] === undefined) fields[field] = cleaned;
  };
  // Table rows first: a text made from an HTML table runs its cells together on one line.
  if (html) for (const [label, value] of tableRows(html)) take(label.replace(/[:：]\s*$/, ''), value);
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const match = LINE.exec(line);
    if (!match?.[1]) return;
    const value = match[2]?.trim() || nextLine(lines, index);
    take(match[1], value);
  });
  return fields;
}

function nextLine(lines: string[], index: number): string | undefined {
  const next = lines.slice(index + 1).find((l) => l.trim() !== '');
  return next && !LINE.test(next) ? next : undefined;
}

function tableRows(html: string): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const row of html.match(/<tr\b[\s\S]*?<\/tr>/gi) ?? []) {
    const cells = [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((m) => textOf(m[1] ?? ''));
    if (cells.length === 2 && cells[0] && cells[1]) rows.push([cells[0], cells[1]]);
  }
  return rows;
}

/** The text of an HTML fragment: tags dropped, line breaks kept as spaces, entities decoded. */
export function textOf(fragment: string): string {
  return decodeEntities(fragment.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
