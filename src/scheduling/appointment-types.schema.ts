import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';
import { GRID_MINUTES } from './availability.schema.js';

const onGrid = (minutes: number) => minutes % GRID_MINUTES === 0;
const gridMessage = `must be a multiple of ${GRID_MINUTES} minutes`;

export const appointmentKindSchema = z.enum([
  'buyer_consultation',
  'listing_appointment',
  'showing',
  'call',
  'other',
]);
export const locationKindSchema = z.enum(['phone', 'video', 'office', 'property']);
export const assignmentRuleSchema = z
  .enum(['lead_owner_first', 'round_robin'])
  .describe(
    "lead_owner_first: the lead's agent when they take the type and are free; else weighted round robin",
  );

export const typeAgentSchema = z.strictObject({
  agentId: z.string().min(1).max(100),
  weight: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(1)
    .describe('Share of round robin, relative to the others'),
});

const fields = {
  name: z.string().trim().min(1).max(120),
  kind: appointmentKindSchema,
  description: z.string().trim().max(2000).nullable(),
  durationMinutes: z.number().int().min(GRID_MINUTES).max(600).refine(onGrid, gridMessage),
  slotStepMinutes: z
    .number()
    .int()
    .min(GRID_MINUTES)
    .max(240)
    .refine(onGrid, gridMessage)
    .describe('Start times are offered on this step from the start of working hours'),
  locationKind: locationKindSchema,
  locationText: z
    .string()
    .trim()
    .max(500)
    .nullable()
    .describe('The office address or a video link; for a property, the place is the lead’s listing'),
  assignment: assignmentRuleSchema,
  active: z.boolean(),
  agents: z
    .array(typeAgentSchema)
    .max(200)
    .refine((list) => new Set(list.map((a) => a.agentId)).size === list.length, 'each agent once')
    .describe('Who takes this type'),
};

export const createAppointmentTypeBody = z.strictObject({
  name: fields.name,
  kind: fields.kind.default('other'),
  description: fields.description.default(null),
  durationMinutes: fields.durationMinutes,
  slotStepMinutes: fields.slotStepMinutes.default(30),
  locationKind: fields.locationKind,
  locationText: fields.locationText.default(null),
  assignment: fields.assignment.default('lead_owner_first'),
  active: fields.active.default(true),
  agents: fields.agents.default([]),
});

export const updateAppointmentTypeBody = z
  .strictObject({
    name: fields.name.optional(),
    kind: fields.kind.optional(),
    description: fields.description.optional(),
    durationMinutes: fields.durationMinutes.optional(),
    slotStepMinutes: fields.slotStepMinutes.optional(),
    locationKind: fields.locationKind.optional(),
    locationText: fields.locationText.optional(),
    assignment: fields.assignment.optional(),
    active: fields.active.optional(),
    agents: fields.agents.optional().describe('Replaces the list'),
  })
  .describe('Only the fields given change; existing appointments keep their times');

export type CreateAppointmentTypeBody = z.output<typeof createAppointmentTypeBody>;
export type CreateAppointmentTypeInput = z.input<typeof createAppointmentTypeBody>;
export type UpdateAppointmentTypeBody = z.output<typeof updateAppointmentTypeBody>;

export const appointmentTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: appointmentKindSchema,
  description: z.string().nullable(),
  durationMinutes: z.number(),
  slotStepMinutes: z.number(),
  locationKind: locationKindSchema,
  locationText: z.string().nullable(),
  assignment: assignmentRuleSchema,
  active: z.boolean(),
  agents: z.array(z.object({ agentId: z.string(), weight: z.number() })),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const appointmentTypeListSchema = z.object({ items: z.array(appointmentTypeSchema) });

export type AppointmentType = z.infer<typeof appointmentTypeSchema>;
