import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { errorResponses, errorSchema } from '../../http/schemas.js';
import { AppError } from '../../platform/errors.js';
import { importListings } from './knowledge.import.js';
import { rowToFaq, rowToListing } from './knowledge.presenters.js';
import {
  createFaqBody,
  createListingBody,
  faqParams,
  faqPreviewBody,
  faqPreviewResult,
  faqSchema,
  knowledgeListQuery,
  listingImportQuery,
  listingImportResult,
  listingListQuery,
  listingParams,
  listingSchema,
  updateFaqBody,
  updateListingBody,
} from './knowledge.schema.js';
import {
  createFaq,
  createListing,
  deleteFaq,
  deleteListing,
  getFaq,
  getListing,
  listFaqs,
  listListings,
  previewFaqMatch,
  updateFaq,
  updateListing,
} from './knowledge.service.js';

const tags = ['knowledge'];
/** A listings file is read whole; larger inventories go in several files. */
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The knowledge base the assistant answers from: listings and FAQ entries. Any member of the
 * workspace, or its API key, may keep it up to date.
 */
export const knowledgeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'string', bodyLimit: IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/knowledge/listings',
    {
      schema: {
        tags,
        summary: 'Listings, oldest first',
        querystring: listingListQuery,
        response: { 200: z.object({ items: z.array(listingSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listListings(ctx, { workspaceId: request.auth.workspaceId, ...request.query })).map(
        rowToListing,
      ),
    }),
  );

  app.post(
    '/knowledge/listings',
    {
      schema: {
        tags,
        summary: 'Add a listing',
        body: createListingBody,
        response: { 201: listingSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await createListing(ctx, { workspaceId: request.auth.workspaceId, body: request.body });
      return reply.status(201).send(rowToListing(row));
    },
  );

  app.post(
    '/knowledge/listings/import',
    {
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        tags,
        summary: 'Import listings from a CSV file (text/csv, up to 5 MB)',
        description:
          'Columns by header: address (required), city, state, zip, mls, price, status, beds, baths, sqft, hoa ' +
          '(a month), open_houses ("2026-01-17 13:00-16:00; ..." in the row\'s time_zone, else the workspace zone), ' +
          'url, pets, showing_notes, time_zone. A row matching a listing by MLS number or address updates it; a row ' +
          'that does not validate is rejected with the reason. With dryRun=true nothing is written.',
        querystring: listingImportQuery,
        response: { 200: listingImportResult, ...errorResponses, 413: errorSchema, 415: errorSchema },
      },
    },
    async (request) => {
      if (typeof request.body !== 'string') {
        throw new AppError(415, 'unsupported_media_type', 'Send the file as text/csv');
      }
      return importListings(ctx, {
        workspaceId: request.auth.workspaceId,
        csv: request.body,
        dryRun: request.query.dryRun,
      });
    },
  );

  app.get(
    '/knowledge/listings/:listingId',
    {
      schema: { tags, params: listingParams, response: { 200: listingSchema, ...errorResponses } },
    },
    async (request) =>
      rowToListing(
        await getListing(ctx, { workspaceId: request.auth.workspaceId, listingId: request.params.listingId }),
      ),
  );

  app.patch(
    '/knowledge/listings/:listingId',
    {
      schema: {
        tags,
        params: listingParams,
        body: updateListingBody,
        response: { 200: listingSchema, ...errorResponses },
      },
    },
    async (request) =>
      rowToListing(
        await updateListing(ctx, {
          workspaceId: request.auth.workspaceId,
          listingId: request.params.listingId,
          body: request.body,
        }),
      ),
  );

  app.delete(
    '/knowledge/listings/:listingId',
    { schema: { tags, params: listingParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteListing(ctx, {
        workspaceId: request.auth.workspaceId,
        listingId: request.params.listingId,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/knowledge/faqs',
    {
      schema: {
        tags,
        summary: 'FAQ entries, oldest first',
        querystring: knowledgeListQuery,
        response: { 200: z.object({ items: z.array(faqSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listFaqs(ctx, { workspaceId: request.auth.workspaceId, ...request.query })).map(rowToFaq),
    }),
  );

  app.post(
    '/knowledge/faqs',
    {
      schema: {
        tags,
        summary: 'Add an FAQ entry: the assistant sends its answer as written',
        body: createFaqBody,
        response: { 201: faqSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await createFaq(ctx, { workspaceId: request.auth.workspaceId, body: request.body });
      return reply.status(201).send(rowToFaq(row));
    },
  );

  app.post(
    '/knowledge/faqs/preview',
    {
      schema: {
        tags,
        summary: 'Which FAQ entry a lead question would get, and its score',
        description:
          'The matcher conversations use, over the saved entries; a draft (optionally naming the entry it edits) ' +
          'is matched in place of that entry without being saved.',
        body: faqPreviewBody,
        response: { 200: faqPreviewResult, ...errorResponses },
      },
    },
    async (request) => previewFaqMatch(ctx, { workspaceId: request.auth.workspaceId, body: request.body }),
  );

  app.get(
    '/knowledge/faqs/:faqId',
    { schema: { tags, params: faqParams, response: { 200: faqSchema, ...errorResponses } } },
    async (request) =>
      rowToFaq(await getFaq(ctx, { workspaceId: request.auth.workspaceId, faqId: request.params.faqId })),
  );

  app.patch(
    '/knowledge/faqs/:faqId',
    {
      schema: {
        tags,
        params: faqParams,
        body: updateFaqBody,
        response: { 200: faqSchema, ...errorResponses },
      },
    },
    async (request) =>
      rowToFaq(
        await updateFaq(ctx, {
          workspaceId: request.auth.workspaceId,
          faqId: request.params.faqId,
          body: request.body,
        }),
      ),
  );

  app.delete(
    '/knowledge/faqs/:faqId',
    { schema: { tags, params: faqParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteFaq(ctx, { workspaceId: request.auth.workspaceId, faqId: request.params.faqId });
      return reply.status(204).send(null);
    },
  );
};
