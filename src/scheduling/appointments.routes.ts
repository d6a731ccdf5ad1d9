import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import {
  cancelAppointment,
  getAppointment,
  rescheduleAppointment,
  updateAppointmentDetails,
} from './appointment-changes.service.js';
import {
  appointmentListSchema,
  appointmentSchema,
  cancelAppointmentQuery,
  createAppointmentBody,
  listAppointmentsQuery,
  slotListSchema,
  slotsQuery,
  updateAppointmentBody,
} from './appointments.schema.js';
import { listAppointments, listSlots } from './appointments.service.js';
import { bookSlot } from './booking.service.js';

const tags = ['scheduling'];

export const appointmentsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/slots',
    {
      schema: {
        tags,
        summary: 'Free slots of an appointment type, each {start, end, agentId}, with the offset of tz',
        description:
          'Working hours minus our appointments (with buffers) and connected calendars’ busy time, from now ' +
          'plus the minimum notice, on the type’s step, under each agent’s daily maximum.',
        querystring: slotsQuery,
        response: { 200: slotListSchema, ...errorResponses },
      },
    },
    async (request) => listSlots(ctx, { workspaceId: request.auth.workspaceId, query: request.query }),
  );

  app.post(
    '/appointments',
    {
      schema: {
        tags,
        summary: 'Book a slot for a lead; 409 slot_unavailable when it is no longer free',
        body: createAppointmentBody,
        response: { 201: appointmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const appointment = await bookSlot(ctx, {
        workspaceId: request.auth.workspaceId,
        ...request.body,
        via: request.auth.actor.type === 'user' ? 'agent' : 'api',
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(201).send(appointment);
    },
  );

  app.get(
    '/appointments',
    {
      schema: {
        tags,
        summary: 'Appointments overlapping a range, soonest first',
        querystring: listAppointmentsQuery,
        response: { 200: appointmentListSchema, ...errorResponses },
      },
    },
    async (request) => ({
      items: await listAppointments(ctx, { workspaceId: request.auth.workspaceId, query: request.query }),
    }),
  );

  app.get(
    '/appointments/:id',
    { schema: { tags, params: idParams, response: { 200: appointmentSchema, ...errorResponses } } },
    async (request) =>
      getAppointment(ctx, { workspaceId: request.auth.workspaceId, appointmentId: request.params.id }),
  );

  app.patch(
    '/appointments/:id',
    {
      schema: {
        tags,
        summary: 'Reschedule (start and/or agentId), or record the outcome (status) or notes',
        description: 'A new time follows the booking rules: 409 slot_unavailable when it is not free.',
        params: idParams,
        body: updateAppointmentBody,
        response: { 200: appointmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { start, agentId, status, notes, notifyLead } = request.body;
      const common = {
        workspaceId: request.auth.workspaceId,
        appointmentId: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      };
      let appointment = null;
      if (start !== undefined || agentId !== undefined) {
        appointment = await rescheduleAppointment(ctx, {
          ...common,
          start,
          agentId,
          notifyLead,
          via: request.auth.actor.type === 'user' ? 'agent' : 'api',
        });
      }
      if (status !== undefined || notes !== undefined || !appointment) {
        appointment = await updateAppointmentDetails(ctx, { ...common, status, notes });
      }
      return appointment;
    },
  );

  app.delete(
    '/appointments/:id',
    {
      schema: {
        tags,
        summary: 'Cancel an appointment: calendars are updated and reminders stop',
        params: idParams,
        querystring: cancelAppointmentQuery,
        response: { 200: appointmentSchema, ...errorResponses },
      },
    },
    async (request) =>
      cancelAppointment(ctx, {
        workspaceId: request.auth.workspaceId,
        appointmentId: request.params.id,
        reason: request.query.reason,
        notifyLead: request.query.notifyLead,
        via: request.auth.actor.type === 'user' ? 'agent' : 'api',
        by: request.auth.actor,
        ip: request.ip,
      }),
  );
};
