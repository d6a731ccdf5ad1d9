import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionOf } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { errorResponses, idParams } from '../http/schemas.js';
import { rowToUser, rowToWorkspace } from '../workspaces/workspaces.presenters.js';
import { createWorkspaceBody } from '../workspaces/workspaces.schema.js';
import {
  createdFromTemplateSchema,
  createTemplateBody,
  templateApplySchema,
  templateListSchema,
  templatePreviewSchema,
  templateSchema,
  templateTargetsBody,
} from './templates.schema.js';
import {
  applyTemplateTo,
  createWorkspaceFromTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  previewTemplateFor,
  saveTemplate,
} from './templates.service.js';

/** Workspace templates: save one workspace's configuration, start workspaces from it, roll updates out. */
export const templatesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const config = { operator: true } as const;
  const tags = ['operator'];
  const operator = (request: Parameters<typeof sessionOf>[0]) => ({
    operatorId: sessionOf(request).userId,
    ip: request.ip,
  });

  app.get(
    '/operator/templates',
    {
      config,
      schema: {
        tags,
        summary: 'Every version of every template',
        response: { 200: templateListSchema, ...errorResponses },
      },
    },
    async () => ({ items: await listTemplates(ctx) }),
  );

  app.post(
    '/operator/templates',
    {
      config,
      schema: {
        tags,
        summary:
          "Save a workspace's persona, script, message templates, appointment types, knowledge and settings; never its leads, messages, users or secrets",
        body: createTemplateBody,
        response: { 201: templateSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await saveTemplate(ctx, { ...operator(request), body: request.body })),
  );

  app.get(
    '/operator/templates/:id',
    {
      config,
      schema: { tags, params: idParams, response: { 200: templateSchema, ...errorResponses } },
    },
    (request) => getTemplate(ctx, request.params.id),
  );

  app.delete(
    '/operator/templates/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Delete this version; workspaces keep what it set',
        params: idParams,
        response: { 204: z.null().describe('No content'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteTemplate(ctx, { ...operator(request), templateId: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/operator/templates/:id/workspaces',
    {
      config,
      schema: {
        tags,
        summary: "Create a workspace (and optionally its owner) with the template's configuration",
        params: idParams,
        body: createWorkspaceBody,
        response: { 201: createdFromTemplateSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createWorkspaceFromTemplate(ctx, {
        ...operator(request),
        templateId: request.params.id,
        body: request.body,
      });
      return reply.status(201).send({
        workspace: rowToWorkspace(created.workspace),
        owner: created.owner && rowToUser(created.owner),
        template: created.template,
      });
    },
  );

  app.post(
    '/operator/templates/:id/preview',
    {
      config,
      schema: {
        tags,
        summary: 'Per workspace, what applying the template would add, change and remove; writes nothing',
        params: idParams,
        body: templateTargetsBody,
        response: { 200: templatePreviewSchema, ...errorResponses },
      },
    },
    (request) => previewTemplateFor(ctx, { templateId: request.params.id, ...request.body }),
  );

  app.post(
    '/operator/templates/:id/apply',
    {
      config,
      schema: {
        tags,
        summary: 'Apply the template to each workspace in its own transaction, audited in both logs',
        params: idParams,
        body: templateTargetsBody,
        response: { 200: templateApplySchema, ...errorResponses },
      },
    },
    (request) =>
      applyTemplateTo(ctx, { ...operator(request), templateId: request.params.id, ...request.body }),
  );
};
