import type { FastifyInstance } from 'fastify';
import { loadOptOutModel } from '../consent/optout-model/model.js';
import { buildApp } from './app.js';
import type { AppContext } from './context.js';

/** The listener, apart from the app: binds the port and returns the running instance. */
export async function startServer(ctx: AppContext): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp(ctx);
  // Inbound texts are read for opt-outs as they arrive: the classifier is decoded before the first one.
  const ms = loadOptOutModel();
  if (ms > 0) ctx.logger.info({ category: 'consent', ms }, 'opt-out model loaded');
  await app.listen({ port: ctx.config.port, host: ctx.config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : ctx.config.port;
  // PORT=0 asks the system for a free port; only then is the configured URL not the real one.
  const url = ctx.config.port === 0 ? `http://localhost:${port}` : ctx.config.publicUrl;
  return { app, url };
}
