import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import type { LeadNoteItem } from './notes.repository.js';
import { createNoteBody, type Note, noteListSchema, noteSchema } from './notes.schema.js';
import { addLeadNote, listLeadNotes } from './notes.service.js';

const tags = ['leads'];

export function rowToNote(row: LeadNoteItem): Note {
  return {
    id: row.id,
    body: row.body,
    authorId: row.authorId,
    authorName: row.authorName,
    createdAt: row.createdAt,
  };
}

/** The team's notes on a lead. Any member of the workspace, or its API key. */
export const notesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/leads/:id/notes',
    {
      schema: {
        tags,
        summary: "The team's notes on a lead, newest first",
        params: idParams,
        response: { 200: noteListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const rows = await listLeadNotes(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
      });
      return { items: rows.map(rowToNote) };
    },
  );

  app.post(
    '/leads/:id/notes',
    {
      schema: {
        tags,
        summary: 'Write a note on a lead; the lead never sees it',
        params: idParams,
        body: createNoteBody,
        response: { 201: noteSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const note = await addLeadNote(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
        body: request.body.body,
        by: request.auth.actor,
      });
      return reply.status(201).send(rowToNote(note));
    },
  );
};
