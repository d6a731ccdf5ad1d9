import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { sendWindowSchema } from './lead-messages.schema.js';
import { listThread, sendAgentText, sendWindow } from './lead-messages.service.js';
import { rowToMessage } from './leads.presenters.js';
import { createMessageBody, messageListSchema, messageSchema } from './leads.schema.js';

const tags = ['leads'];

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Retrying with the same key returns the first message instead of sending a second'),
});

/** A lead's text thread and an agent's own texts to the lead. */
export const leadMessagesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/leads/:id/messages',
    {
      schema: {
        tags,
        summary: "The lead's text thread, oldest first, with the gate's decision on each outbound text",
        description:
          'A held text carries `gate.deferUntil` and `gate.rule`: when it goes and which rule holds it.',
        params: idParams,
        response: { 200: messageListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { messages, rules } = await listThread(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
      });
      return { items: messages.map((row) => rowToMessage(row, rules.get(row.id) ?? null)) };
    },
  );

  app.get(
    '/leads/:id/messages/send-window',
    {
      schema: {
        tags,
        summary: 'Whether a text an agent writes now would go at once, and if not, when and why',
        description:
          'An answer to a lead who wrote within the last hour is not held by calling hours. Otherwise a held ' +
          'text says its rule, and `sendAnyway` whether a person may send past it.',
        params: idParams,
        response: { 200: sendWindowSchema, ...errorResponses },
      },
    },
    async (request) => sendWindow(ctx, { workspaceId: request.auth.workspaceId, leadId: request.params.id }),
  );

  app.post(
    '/leads/:id/messages',
    {
      schema: {
        tags,
        summary: 'Text the lead as an agent; pauses the assistant on the conversation',
        description:
          'Without `sendAnyway`: 201 with the stored message, the compliance gate deciding: `status` is ' +
          '`queued`, `deferred` (calling hours or a state limit; it goes when `gate.deferUntil` comes, and ' +
          '`gate.rule` says which rule) or `blocked` (no consent, opted out...). With `sendAnyway: {reason}`: ' +
          'sent now past the rules that allow a person to (the reason is audited), or 422 ' +
          '`send_anyway_not_allowed` and nothing stored when a rule does not.',
        params: idParams,
        headers: idempotencyHeaders,
        body: createMessageBody,
        response: { 201: messageSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const message = await sendAgentText(ctx, {
        workspaceId: request.auth.workspaceId,
        leadId: request.params.id,
        body: request.body.body,
        idempotencyKey: request.headers['idempotency-key'],
        sendAnyway: request.body.sendAnyway,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply.status(201).send(rowToMessage(message.row, message.rule));
    },
  );
};
