import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams, isoTimestamp } from '../http/schemas.js';
import {
  appointmentTypeListSchema,
  appointmentTypeSchema,
  createAppointmentTypeBody,
  updateAppointmentTypeBody,
} from './appointment-types.schema.js';
import {
  createAppointmentType,
  deleteAppointmentType,
  getAppointmentType,
  listAppointmentTypes,
  updateAppointmentType,
} from './appointment-types.service.js';
import { appointmentsRoutes } from './appointments.routes.js';
import { agentParams, availabilityBody, availabilitySchema } from './availability.schema.js';
import { getAvailability, setAvailability } from './availability.service.js';
import { createBookingLink } from './booking-links.service.js';
import {
  loadSchedulingSettings,
  schedulingSettingsPatch,
  schedulingSettingsSchema,
  updateSchedulingSettings,
} from './scheduling.settings.js';

const tags = ['scheduling'];
const managers = { roles: ['owner', 'admin'] as const };

/** Everything under /api/v1 that scheduling owns. */
export const schedulingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(appointmentsRoutes, { ctx });

  app.get(
    '/appointment-types',
    {
      schema: {
        tags,
        summary: 'Appointment types and the agents who take them',
        response: { 200: appointmentTypeListSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await listAppointmentTypes(ctx, request.auth.workspaceId) }),
  );

  app.post(
    '/appointment-types',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Add an appointment type',
        body: createAppointmentTypeBody,
        response: { 201: appointmentTypeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const type = await createAppointmentType(ctx, {
        workspaceId: request.auth.workspaceId,
        body: request.body,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(201).send(type);
    },
  );

  app.get(
    '/appointment-types/:id',
    {
      schema: { tags, params: idParams, response: { 200: appointmentTypeSchema, ...errorResponses } },
    },
    async (request) =>
      getAppointmentType(ctx.db, { workspaceId: request.auth.workspaceId, typeId: request.params.id }),
  );

  app.patch(
    '/appointment-types/:id',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Change an appointment type; booked appointments keep their times',
        params: idParams,
        body: updateAppointmentTypeBody,
        response: { 200: appointmentTypeSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateAppointmentType(ctx, {
        workspaceId: request.auth.workspaceId,
        typeId: request.params.id,
        patch: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.delete(
    '/appointment-types/:id',
    {
      config: managers,
      schema: {
        tags,
        summary: 'Retire an appointment type: no new bookings; booked appointments stay',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteAppointmentType(ctx, {
        workspaceId: request.auth.workspaceId,
        typeId: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/agents/:id/availability',
    {
      schema: {
        tags,
        summary: "An agent's weekly hours, date overrides, time off, buffers, notice and daily maximum",
        params: agentParams,
        response: { 200: availabilitySchema, ...errorResponses },
      },
    },
    async (request) =>
      getAvailability(ctx, { workspaceId: request.auth.workspaceId, agentId: request.params.id }),
  );

  app.put(
    '/agents/:id/availability',
    {
      schema: {
        tags,
        summary: "Replace an agent's availability (an agent may set only their own)",
        description: 'Times are on a 5-minute grid; booked appointments are not moved.',
        params: agentParams,
        body: availabilityBody,
        response: { 200: availabilitySchema, ...errorResponses },
      },
    },
    async (request) =>
      setAvailability(ctx, {
        workspaceId: request.auth.workspaceId,
        agentId: request.params.id,
        availability: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );

  app.post(
    '/booking-links',
    {
      schema: {
        tags,
        summary: 'A link for a lead to pick a time in the browser (/b/:token)',
        body: z.strictObject({
          leadId: z.string().min(1).max(100),
          appointmentTypeId: z.string().min(1).max(100),
          ttlHours: z.number().int().min(1).max(1440).optional(),
        }),
        response: {
          201: z.object({ id: z.string(), url: z.string(), expiresAt: isoTimestamp }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const link = await createBookingLink(ctx, { workspaceId: request.auth.workspaceId, ...request.body });
      return reply.status(201).send({ id: link.id, url: link.url, expiresAt: link.expiresAt });
    },
  );

  app.get(
    '/scheduling/settings',
    {
      schema: {
        tags,
        summary: 'Reminders, confirmation, no-show follow-up and booking links, with defaults filled in',
        response: { 200: schedulingSettingsSchema, ...errorResponses },
      },
    },
    async (request) => loadSchedulingSettings(ctx.db, request.auth.workspaceId),
  );

  app.patch(
    '/scheduling/settings',
    {
      config: { ...managers, apiKey: false },
      schema: {
        tags,
        body: schedulingSettingsPatch,
        response: { 200: schedulingSettingsSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateSchedulingSettings(ctx, {
        workspaceId: request.auth.workspaceId,
        patch: request.body,
        by: request.auth.actor,
        ip: request.ip,
      }),
  );
};
