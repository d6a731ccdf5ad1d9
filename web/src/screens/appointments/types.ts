// The scheduling API's own schemas are the types: imported as types only, so nothing of the server is bundled.
import type { z } from 'zod';
import type { appointmentTypeSchema } from '../../../../src/scheduling/appointment-types.schema.ts';
import type { appointmentSchema, slotSchema } from '../../../../src/scheduling/appointments.schema.ts';
import type {
  Availability as AvailabilityBody,
  availabilitySchema,
  Hours,
  Weekday,
} from '../../../../src/scheduling/availability.schema.ts';

export type { AvailabilityBody, Hours, Weekday };

/** An appointment, as this screen reads it. */
export type Appointment = Pick<
  z.infer<typeof appointmentSchema>,
  | 'id'
  | 'leadId'
  | 'appointmentTypeId'
  | 'agentId'
  | 'start'
  | 'end'
  | 'agentTimezone'
  | 'leadTimezone'
  | 'status'
  | 'location'
  | 'notes'
  | 'bookedVia'
>;
export type AppointmentStatus = Appointment['status'];

export type AppointmentType = Omit<z.infer<typeof appointmentTypeSchema>, 'createdAt' | 'updatedAt'>;
export type AppointmentKind = AppointmentType['kind'];
export type LocationKind = AppointmentType['locationKind'];

export type Slot = z.infer<typeof slotSchema>;

export type Availability = Omit<z.infer<typeof availabilitySchema>, 'updatedAt'>;

export const WEEKDAYS: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export interface Agent {
  id: string;
  name: string;
  role: string | null;
  disabled: boolean;
  timezone: string | null;
}

export interface LeadOption {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
}
