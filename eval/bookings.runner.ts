import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type CreateListingInput,
  createListingBody,
} from '../src/conversations/knowledge/knowledge.schema.js';
import { createListing } from '../src/conversations/knowledge/knowledge.service.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { type AppContext, contextFrom } from '../src/http/context.js';
import { jobDefinitions } from '../src/jobs/catalog.js';
import { drainJobs } from '../src/jobs/jobs.drain.js';
import { receiveLead } from '../src/leads/intake.service.js';
import { simulateInboundText } from '../src/messaging/sandbox.service.js';
import { type ManualClock, manualClock } from '../src/platform/clock.js';
import { loadConfig } from '../src/platform/config.js';
import { createLogger } from '../src/platform/logger.js';
import { createAppointmentType } from '../src/scheduling/appointment-types.service.js';
import type { AvailabilityInput } from '../src/scheduling/availability.schema.js';
import { setAvailability } from '../src/scheduling/availability.service.js';
import { updateUser } from '../src/workspaces/users.repository.js';
import { createUser } from '../src/workspaces/users.service.js';
import { createWorkspace } from '../src/workspaces/workspaces.service.js';

/**
 * The real inbound path over a real, migrated SQLite database in a temporary folder: each scripted
 * conversation gets its own workspace (one agent with weekday hours, one appointment type) and lead,
 * texts go in through the sandbox provider, and the jobs they queue (the conversation turn, booking,
 * reminders due now) run on a clock the script moves.
 */
export interface BookingWorld {
  ctx: AppContext;
  clock: ManualClock;
  close(): Promise<void>;
}

/** Only used to seal and sign inside the temporary database, which is deleted afterwards. */
const EVAL_SECRET = 'closing-cloud-eval-secret-not-for-production-use';

export async function openBookingWorld(): Promise<BookingWorld> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-eval-'));
  const database = openDatabase({
    databaseUrl: undefined,
    dataDir,
    sqliteFile: path.join(dataDir, 'eval.db'),
  });
  const migrated = await migrateToLatest(database.db);
  if (migrated.error) throw migrated.error;
  const config = loadConfig({
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    APP_SECRET: EVAL_SECRET,
    LOG_LEVEL: 'silent',
    SMS_PROVIDER: 'sandbox',
  });
  const clock = manualClock(new Date());
  const ctx = contextFrom({ config, database, clock, logger: createLogger({ level: 'silent' }) });
  // No connected calendars: busy time is our own bookings only, and nothing leaves the machine.
  ctx.calendars = { forAgent: async () => [] };
  return {
    ctx,
    clock,
    close: async () => {
      await database.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type AppointmentKind = 'buyer_consultation' | 'listing_appointment' | 'showing' | 'call';

export interface BookingSetup {
  now: string;
  /** The lead's zone (stored on the contact). */
  tz: string;
  agent: { name: string; timezone: string; weekly: AvailabilityInput['weekly'] };
  appointmentType: { name: string; kind: AppointmentKind };
  /** Further appointment types the agent takes (a showing beside a listing consultation). */
  moreAppointmentTypes?: { name: string; kind: AppointmentKind }[] | undefined;
  /** The knowledge base: listings as the API takes them (open houses included). */
  listings?: CreateListingInput[] | undefined;
  lead: {
    name: string;
    leadType?: 'buyer' | 'seller' | 'renter' | undefined;
    /** What the inquiry said, and the home it was about. */
    message?: string | undefined;
    property?: { address?: string; mlsNumber?: string } | undefined;
    /** `text`: no inquiry; the lead's first turn is the text that makes them a lead. */
    channel?: 'form' | 'api' | 'text' | undefined;
  };
}

export interface PlayedLead {
  workspaceId: string;
  leadId: string;
  phone: string;
}

let sequence = 0;

export async function startLead(world: BookingWorld, setup: BookingSetup): Promise<PlayedLead> {
  const { ctx, clock } = world;
  sequence += 1;
  clock.set(setup.now);
  const workspace = await createWorkspace(ctx, {
    name: `Hill Country Homes ${sequence}`,
    timezone: setup.agent.timezone,
  });
  const agent = await createUser(ctx, {
    workspaceId: workspace.id,
    email: `agent-${sequence}@hch.example`,
    name: setup.agent.name,
    role: 'agent',
    password: `eval-${sequence}-password-long-enough`,
  });
  await updateUser(ctx.db, workspace.id, agent.id, { timezone: setup.agent.timezone });
  await setAvailability(ctx, {
    workspaceId: workspace.id,
    agentId: agent.id,
    availability: { weekly: setup.agent.weekly, minimumNoticeMinutes: 120 },
  });
  for (const type of [setup.appointmentType, ...(setup.moreAppointmentTypes ?? [])]) {
    await createAppointmentType(ctx, {
      workspaceId: workspace.id,
      body: {
        name: type.name,
        kind: type.kind,
        durationMinutes: 60,
        slotStepMinutes: 30,
        locationKind: 'office',
        locationText: '100 Congress Ave',
        agents: [{ agentId: agent.id, weight: 1 }],
      },
    });
  }
  for (const listing of setup.listings ?? []) {
    await createListing(ctx, { workspaceId: workspace.id, body: createListingBody.parse(listing) });
  }
  const phone = `+1512555${String(1000 + sequence).padStart(4, '0')}`;
  if (setup.lead.channel === 'text') return { workspaceId: workspace.id, leadId: '', phone };
  const received = await receiveLead(ctx, {
    workspaceId: workspace.id,
    channel: setup.lead.channel ?? 'form',
    source: setup.lead.channel === 'api' ? 'api' : 'website',
    name: setup.lead.name,
    phone,
    timezone: setup.tz,
    ...(setup.lead.leadType ? { leadType: setup.lead.leadType } : {}),
    ...(setup.lead.message ? { message: setup.lead.message } : {}),
    ...(setup.lead.property ? { property: setup.lead.property } : {}),
    attemptFirstResponse: true,
    consent: {
      sms: true,
      disclosure: 'By checking this box you agree to receive texts from Hill Country Homes.',
      capturedAt: setup.now,
      ip: '203.0.113.9',
      source: 'form',
    },
  });
  await drainJobs(ctx, jobDefinitions);
  return { workspaceId: workspace.id, leadId: received.leadId, phone };
}

/** The lead texts `body`; the jobs it queues run; answers the texts sent back (in order). */
export async function leadTexts(world: BookingWorld, lead: PlayedLead, body: string): Promise<string[]> {
  const before = await outbound(world, lead);
  await simulateInboundText(world.ctx, { workspaceId: lead.workspaceId, from: lead.phone, body });
  await drainJobs(world.ctx, jobDefinitions);
  if (lead.leadId === '') lead.leadId = await leadOfPhone(world, lead);
  return (await outbound(world, lead)).slice(before.length);
}

/** The lead a first text made, found by the number it came from. */
async function leadOfPhone(world: BookingWorld, lead: PlayedLead): Promise<string> {
  const row = await world.ctx.db
    .selectFrom('leads')
    .innerJoin('contacts', 'contacts.id', 'leads.contactId')
    .select('leads.id')
    .where('leads.workspaceId', '=', lead.workspaceId)
    .where('contacts.phone', '=', lead.phone)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every text sent to the lead so far, in order (the first response first). */
export async function outbound(world: BookingWorld, lead: PlayedLead): Promise<string[]> {
  const rows = await world.ctx.db
    .selectFrom('messages')
    .select(['body', 'status'])
    .where('workspaceId', '=', lead.workspaceId)
    .where('leadId', '=', lead.leadId)
    .where('direction', '=', 'outbound')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.filter((r) => r.status !== 'blocked').map((r) => r.body);
}

export interface AppointmentState {
  id: string;
  status: string;
  startAt: string;
}

export async function appointmentsOf(world: BookingWorld, lead: PlayedLead): Promise<AppointmentState[]> {
  return world.ctx.db
    .selectFrom('appointments')
    .select(['id', 'status', 'startAt'])
    .where('workspaceId', '=', lead.workspaceId)
    .where('leadId', '=', lead.leadId)
    .orderBy('createdAt')
    .execute();
}

export async function stageOf(world: BookingWorld, lead: PlayedLead): Promise<string> {
  const row = await world.ctx.db
    .selectFrom('leads')
    .select('stage')
    .where('workspaceId', '=', lead.workspaceId)
    .where('id', '=', lead.leadId)
    .executeTakeFirstOrThrow();
  return row.stage;
}
