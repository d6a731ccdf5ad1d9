import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import { newId } from '../platform/ids.js';
import { listUsers } from '../workspaces/users.repository.js';
import {
  insertAppointmentType,
  listAppointmentTypeRows,
  replaceTypeAgents,
} from './appointment-types.repository.js';
import { upsertAvailabilityRow } from './availability.repository.js';
import type { NewAppointmentTypeRow } from './scheduling.table.js';

const WEEKDAY_HOURS = [{ start: '09:00', end: '17:00' }];

type DemoType = Pick<
  NewAppointmentTypeRow,
  'kind' | 'name' | 'description' | 'durationMinutes' | 'slotStepMinutes' | 'locationKind' | 'locationText'
>;

const DEMO_TYPES: readonly DemoType[] = [
  {
    kind: 'buyer_consultation',
    name: 'Buyer consultation',
    description: 'What you are looking for, financing and the next steps',
    durationMinutes: 45,
    slotStepMinutes: 30,
    locationKind: 'office',
    locationText: '100 Main St, Suite 200',
  },
  {
    kind: 'listing_appointment',
    name: 'Listing appointment',
    description: 'A walk-through of your home and a pricing plan',
    durationMinutes: 60,
    slotStepMinutes: 30,
    locationKind: 'property',
    locationText: null,
  },
  {
    kind: 'showing',
    name: 'Showing',
    description: 'A private tour of the home',
    durationMinutes: 30,
    slotStepMinutes: 30,
    locationKind: 'property',
    locationText: null,
  },
  {
    kind: 'call',
    name: 'Call',
    description: 'A quick phone call',
    durationMinutes: 15,
    slotStepMinutes: 15,
    locationKind: 'phone',
    locationText: null,
  },
];

/**
 * The demo workspace's scheduling: four appointment types taken by every user, and weekday hours
 * (9:00 to 17:00 in the workspace's zone, 15 minutes between appointments), so booking works at once.
 * Does nothing when the workspace already has appointment types.
 */
export async function seedDemoScheduling(
  db: DbOrTrx,
  props: { workspaceId: string; at: Date },
): Promise<void> {
  if ((await listAppointmentTypeRows(db, props.workspaceId)).length > 0) return;
  const users = (await listUsers(db, props.workspaceId)).filter((u) => u.disabledAt === null);
  const at = props.at.toISOString();
  for (const user of users) {
    await upsertAvailabilityRow(db, {
      agentId: user.id,
      workspaceId: props.workspaceId,
      timezone: null,
      weekly: toJson({
        monday: WEEKDAY_HOURS,
        tuesday: WEEKDAY_HOURS,
        wednesday: WEEKDAY_HOURS,
        thursday: WEEKDAY_HOURS,
        friday: WEEKDAY_HOURS,
        saturday: [],
        sunday: [],
      }),
      overrides: toJson([]),
      timeOff: toJson([]),
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      minimumNoticeMinutes: 120,
      maxPerDay: 8,
      updatedAt: at,
    });
  }
  for (const type of DEMO_TYPES) {
    const id = newId();
    await insertAppointmentType(db, {
      id,
      workspaceId: props.workspaceId,
      kind: type.kind,
      name: type.name,
      description: type.description ?? null,
      durationMinutes: type.durationMinutes,
      slotStepMinutes: type.slotStepMinutes,
      locationKind: type.locationKind,
      locationText: type.locationText ?? null,
      assignment: 'lead_owner_first',
      active: 1,
      deletedAt: null,
      createdAt: at,
      updatedAt: at,
    });
    await replaceTypeAgents(db, {
      workspaceId: props.workspaceId,
      typeId: id,
      agents: users.map((u) => ({ agentId: u.id, weight: u.role === 'agent' ? 2 : 1 })),
    });
  }
}
