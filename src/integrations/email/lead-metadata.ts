import type { ParsedLead } from '../field-mapping.js';
import {
  clean,
  compactProperty,
  decodeEntities,
  parseAddress,
  parseLeadType,
  parsePrice,
} from './email-fields.js';

/**
 * The lead metadata standard for lead emails: the sender puts the lead in `<meta name="lead_…"
 * content="…">` tags of the HTML part, beside whatever the email shows people. Present when
 * `lead_information_version` is.
 */
export function readLeadMetadata(html: string | undefined): ParsedLead | undefined {
  if (!html) return undefined;
  const meta = new Map<string, string>();
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const name = attribute(tag, 'name')?.toLowerCase();
    const content = attribute(tag, 'content');
    if (name?.startsWith('lead_') && content !== undefined && !meta.has(name)) meta.set(name, content.trim());
  }
  if (!meta.has('lead_information_version')) return undefined;
  const get = (name: string) => meta.get(name) || undefined;
  const maxPrice = parsePrice(get('lead_max_price'));
  const property = compactProperty({ ...parseAddress(get('lead_property_address')), price: maxPrice });
  const timeFrame = clean(get('lead_time_frame'), 200);
  const message = [clean(get('lead_message'), 4500), timeFrame ? `Time frame: ${timeFrame}` : undefined]
    .filter(Boolean)
    .join('\n');
  const tags = (get('lead_tag') ?? '')
    .split(/[,;|]/)
    .map((t) => t.trim().slice(0, 60))
    .filter(Boolean)
    .slice(0, 20);
  const details: Record<string, string> = {};
  for (const [key, value] of [
    ['version', get('lead_information_version')],
    ['assignedAgent', clean(get('lead_assigned_agent'), 200)],
    ['timeFrame', timeFrame],
    ['leadType', clean(get('lead_type'), 60)],
  ] as const) {
    if (value) details[key] = value;
  }
  return {
    lead: {
      source: clean(get('lead_source'), 80)?.toLowerCase() ?? '',
      name: clean(get('lead_name'), 200),
      email: clean(get('lead_email'), 254),
      phone: clean(get('lead_phone'), 40),
      message: message || undefined,
      property,
      leadType: parseLeadType(get('lead_type')),
      tags: tags.length > 0 ? tags : undefined,
    },
    details,
  };
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decodeEntities(value);
}
