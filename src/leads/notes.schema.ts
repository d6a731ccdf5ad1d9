import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';

export const noteSchema = z.object({
  id: z.string(),
  body: z.string(),
  authorId: z.string().nullable().describe('The user who wrote it; null when written with an API key'),
  authorName: z.string().nullable(),
  createdAt: isoTimestamp,
});

export const noteListSchema = z.object({ items: z.array(noteSchema).describe('Newest first') });

export const createNoteBody = z.strictObject({
  body: z.string().trim().min(1).max(5000).describe('What the team should know; never sent to the lead'),
});

export type Note = z.infer<typeof noteSchema>;
