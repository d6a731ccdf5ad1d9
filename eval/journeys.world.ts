import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFaqBody, createListingBody } from '../src/conversations/knowledge/knowledge.schema.js';
import { createFaq, createListing } from '../src/conversations/knowledge/knowledge.service.js';
import type { KnowledgeFacts } from '../src/conversations/knowledge/knowledge.types.js';
import { loadLeadForm, submitLeadForm } from '../src/leads/lead-form.service.js';
import { createLeadBody } from '../src/leads/leads.schema.js';
import { createLead } from '../src/leads/leads.service.js';
import { createAppointmentType } from '../src/scheduling/appointment-types.service.js';
import type { AvailabilityInput } from '../src/scheduling/availability.schema.js';
import { setAvailability } from '../src/scheduling/availability.service.js';
import { createUser } from '../src/workspaces/users.service.js';
import { createWorkspace } from '../src/workspaces/workspaces.service.js';
import { type BookingWorld, openBookingWorld } from './bookings.runner.js';
import type { HoursPreset, Journey } from './journeys.types.js';

/**
 * The world a journey is played in: the bookings world's temporary database, and per journey a fresh
 * "Hill Country Homes" workspace with its agent, hours, appointment types and knowledge base, made
 * through the product's services, and the lead arriving by its own path.
 */

export const KNOWLEDGE_FILE = path.join(import.meta.dirname, 'knowledge.json');
/**
 * The journey format tells its writers that 12 Oak St has no HOA fee, where the scripted conversations
 * keep it unknown; journeys are played in the world their writers were given.
 */
const JOURNEY_HOA: Record<string, number> = { oak: 0 };

export const loadKnowledge = (): KnowledgeFacts => {
  const knowledge = JSON.parse(readFileSync(KNOWLEDGE_FILE, 'utf8')) as KnowledgeFacts;
  return {
    ...knowledge,
    listings: knowledge.listings.map((l) =>
      l.id in JOURNEY_HOA ? { ...l, hoa: JOURNEY_HOA[l.id] ?? null } : l,
    ),
  };
};

const WORKSPACE_ZONE = 'America/Chicago';
const NINE_TO_FIVE = [{ start: '09:00', end: '17:00' }];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

export function weeklyHours(preset: HoursPreset = 'weekdays'): AvailabilityInput['weekly'] {
  const weekly: AvailabilityInput['weekly'] = Object.fromEntries(WEEKDAYS.map((d) => [d, NINE_TO_FIVE]));
  if (preset === 'weekdays_and_saturday') weekly.saturday = [{ start: '10:00', end: '14:00' }];
  if (preset === 'every_day') {
    weekly.saturday = NINE_TO_FIVE;
    weekly.sunday = NINE_TO_FIVE;
  }
  return weekly;
}

/** One real area code per state: the gate reads the state (caps, calling hours) from it. */
const AREA_CODES: ReadonlyMap<string, string> = new Map(
  [
    'AL:205 AK:907 AZ:602 AR:501 CA:415 CO:303 CT:203 DC:202 DE:302 FL:305 GA:404 HI:808',
    'ID:208 IL:312 IN:317 IA:515 KS:316 KY:502 LA:504 ME:207 MD:410 MA:617 MI:313 MN:612',
    'MS:601 MO:314 MT:406 NE:402 NV:702 NH:603 NJ:201 NM:505 NY:212 NC:704 ND:701 OH:614',
    'OK:405 OR:503 PA:215 RI:401 SC:803 SD:605 TN:615 TX:512 UT:801 VT:802 VA:804 WA:206',
    'WV:304 WI:414 WY:307',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

let sequence = 0;

export function phoneFor(state = 'TX'): string {
  const area = AREA_CODES.get(state.toUpperCase());
  if (!area) throw new Error(`no area code for state ${state}`);
  sequence += 1;
  return `+1${area}555${String(1000 + (sequence % 9000)).padStart(4, '0')}`;
}

export async function openJourneyWorld(): Promise<BookingWorld> {
  return openBookingWorld();
}

export interface Workspace {
  workspaceId: string;
  slug: string;
  /** Maria Lopez, the workspace's one agent. */
  agentId: string;
}

export async function setUpWorkspace(world: BookingWorld, journey: Journey, knowledge: KnowledgeFacts) {
  const { ctx } = world;
  const workspace = await createWorkspace(ctx, { name: 'Hill Country Homes', timezone: WORKSPACE_ZONE });
  const agent = await createUser(ctx, {
    workspaceId: workspace.id,
    email: `maria-${workspace.id.slice(-8).toLowerCase()}@hillcountryhomes.example`,
    name: 'Maria Lopez',
    role: 'agent',
    password: 'journey-eval-password-long-enough',
    timezone: WORKSPACE_ZONE,
  });
  await setAvailability(ctx, {
    workspaceId: workspace.id,
    agentId: agent.id,
    availability: { weekly: weeklyHours(journey.workspace?.hours), minimumNoticeMinutes: 120 },
  });
  const types = [
    { name: 'Showing', kind: 'showing', locationKind: 'property', locationText: null },
    {
      name: 'Listing consultation',
      kind: 'listing_appointment',
      locationKind: 'office',
      locationText: '100 Congress Ave, Austin, TX',
    },
  ] as const;
  for (const type of types)
    await createAppointmentType(ctx, {
      workspaceId: workspace.id,
      body: {
        ...type,
        durationMinutes: 60,
        slotStepMinutes: 30,
        agents: [{ agentId: agent.id, weight: 1 }],
      },
    });
  for (const { id: _id, ...listing } of knowledge.listings)
    await createListing(ctx, {
      workspaceId: workspace.id,
      body: createListingBody.parse({ ...listing, timeZone: listing.timeZone ?? knowledge.zone }),
    });
  for (const { id: _id, ...faq } of knowledge.faqs)
    await createFaq(ctx, { workspaceId: workspace.id, body: createFaqBody.parse(faq) });
  return { workspaceId: workspace.id, slug: workspace.slug, agentId: agent.id } satisfies Workspace;
}

const CONSENT_TEXT =
  'By checking this box, I agree to receive text messages from Hill Country Homes about my inquiry. Reply STOP to opt out.';

/** The lead arrives by its source; a lead who texts first arrives with that first text. */
export async function arrive(world: BookingWorld, journey: Journey, ws: Workspace, phone: string) {
  const { ctx } = world;
  const { lead } = journey;
  const name = lead.firstName ?? undefined;
  if (lead.source === 'form') {
    const form = await loadLeadForm(ctx, ws.slug);
    const outcome = await submitLeadForm(ctx, {
      form,
      body: {
        name,
        phone,
        message: lead.message ?? undefined,
        sms_consent: 'on',
        disclosure_version: form.disclosure.version,
      },
      source: 'website-form',
      ip: '203.0.113.9',
      userAgent: 'journey-eval',
      referer: 'https://hillcountryhomes.example/contact',
    });
    if (outcome.kind !== 'received') throw new Error('the form dropped the lead');
    return outcome.lead.leadId;
  }
  if (lead.source === 'api') {
    const received = await createLead(ctx, {
      workspaceId: ws.workspaceId,
      body: createLeadBody.parse({
        name,
        phone,
        source: 'crm',
        message: lead.message ?? undefined,
        leadType: lead.leadType,
        property: lead.property?.address ? { address: lead.property.address } : undefined,
        timezone: journey.tz,
        consent: { sms: true, disclosure: CONSENT_TEXT, capturedAt: ctx.clock.now().toISOString() },
      }),
    });
    return received.leadId;
  }
  return null;
}

/** The form and a first text cannot say where the lead is: the journey's zone goes on the contact. */
export async function placeLead(world: BookingWorld, journey: Journey, ws: Workspace, leadId: string) {
  const lead = await world.ctx.db
    .selectFrom('leads')
    .select('contactId')
    .where('workspaceId', '=', ws.workspaceId)
    .where('id', '=', leadId)
    .executeTakeFirstOrThrow();
  await world.ctx.db
    .updateTable('contacts')
    .set({ timezone: journey.tz })
    .where('workspaceId', '=', ws.workspaceId)
    .where('id', '=', lead.contactId)
    .execute();
}
