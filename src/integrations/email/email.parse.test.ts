import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLeadEmail, readEmail } from './email.parse.js';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name), 'utf8');

async function parse(name: string) {
  const outcome = parseLeadEmail(await readEmail(fixture(name)));
  if (!outcome.ok) throw new Error(`${name} did not parse: ${outcome.reason}`);
  return outcome.parsed;
}

describe('lead emails', () => {
  it('reads the lead metadata standard from the meta tags, whatever the email shows', async () => {
    const parsed = await parse('lead-metadata.eml');
    expect(parsed.externalId).toBe('<meta-standard-0001@leadrouter.example>');
    expect(parsed.lead).toMatchObject({
      source: 'homesnap',
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.com',
      phone: '(512) 555-0147',
      leadType: 'buyer',
      tags: ['open-house', 'hyde-park'],
      property: { address: '4410 Avenue H', city: 'Austin', state: 'TX', zip: '78751', price: 650000 },
    });
    expect(parsed.lead.message).toBe(
      'Is the backyard fenced? We have a dog & a toddler.\nTime frame: 1-3 months',
    );
    expect(parsed.details).toMatchObject({
      assignedAgent: 'Sam Rivera',
      timeFrame: '1-3 months',
      version: '1.0',
    });
  });

  it("reads Zillow's contact notice: name and address from the headline, the note in quotes", async () => {
    const parsed = await parse('zillow.eml');
    expect(parsed.lead).toMatchObject({
      source: 'zillow',
      name: 'Marcus Bell',
      phone: '(737) 555-0199',
      email: 'marcus.bell@example.net',
      message: "I'd like to schedule a tour of 2201 Lakeshore Blvd this Saturday if possible.",
      property: {
        address: '2201 Lakeshore Blvd',
        city: 'Austin',
        state: 'TX',
        zip: '78741',
        price: 425000,
        mlsNumber: '5512904',
      },
    });
  });

  it("reads realtor.com's labelled lead", async () => {
    const parsed = await parse('realtor-com.eml');
    expect(parsed.lead).toMatchObject({
      source: 'realtor.com',
      name: 'Priya Natarajan',
      email: 'priya.n@example.org',
      phone: '512-555-0182',
      message: 'Is this home still available? We are pre-approved.',
      property: {
        address: '908 Oakcrest Dr',
        city: 'Round Rock',
        zip: '78664',
        mlsNumber: '7734120',
        price: 389900,
      },
    });
  });

  it("reads Homes.com's HTML table", async () => {
    const parsed = await parse('homes-com.eml');
    expect(parsed.lead).toMatchObject({
      source: 'homes.com',
      name: 'Maria Garcia',
      email: 'maria.garcia@example.com',
      phone: '(737) 555-0110',
      message: "I'd like more information about this property. Does it have a pool?",
      property: { address: '789 Pine Rd', city: 'Austin', zip: '78745', price: 525000, mlsNumber: '998877' },
    });
  });

  it("reads Redfin's tour request table", async () => {
    const parsed = await parse('redfin.eml');
    expect(parsed.lead).toMatchObject({
      source: 'redfin',
      name: 'Alex Kim',
      email: 'alex.kim@example.com',
      phone: '(512) 555-0131',
      property: { address: '1504 W 6th St #3', city: 'Austin', zip: '78703' },
    });
  });

  it("reads Trulia's question notice", async () => {
    const parsed = await parse('trulia.eml');
    expect(parsed.lead).toMatchObject({
      source: 'trulia',
      name: 'Jordan Lee',
      email: 'jordan.lee@example.com',
      phone: '512.555.0175',
      message: 'What are the HOA fees, and is parking included?',
      property: { address: '33 Rainey St #1702', city: 'Austin', zip: '78701', price: 610000 },
    });
  });

  it('reads labelled fields from any sender, a label alone on its line taking the next', async () => {
    const parsed = await parse('labelled-website.eml');
    expect(parsed.lead).toMatchObject({
      source: '',
      name: 'Chris Ortega',
      phone: '+1 (512) 555-0166',
      email: 'chris.ortega@example.com',
      leadType: 'seller',
    });
    expect(parsed.lead.message).toBe(
      "We're thinking of selling our house in Cedar Park and want to know what it's worth.\nTime frame: this spring",
    );
  });

  it('does not read a lead into an email that names nobody to reach', async () => {
    const outcome = parseLeadEmail(await readEmail(fixture('not-a-lead.eml')));
    expect(outcome).toEqual({ ok: false, reason: expect.stringContaining('no phone number or email') });
  });

  it("never takes the portal's own address for the lead's", async () => {
    const raw = fixture('zillow.eml')
      .replace(/^Reply-To:.*\n/m, '')
      .replace('marcus.bell@example.net\n', '');
    const outcome = parseLeadEmail(await readEmail(raw));
    expect(outcome.ok && outcome.parsed.lead.email).toBeUndefined();
    expect(outcome.ok && outcome.parsed.lead.phone).toBe('(737) 555-0199');
  });
});
