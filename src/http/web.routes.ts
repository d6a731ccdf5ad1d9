import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from './context.js';

/** Where `npm run build` puts the dashboard: web/dist at the project root, from src/http or dist/http. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Paths the dashboard never answers for: the API and the public pages keep their own 404s. */
const SERVER_PREFIXES = [
  '/api',
  '/f/',
  '/b/',
  '/webhooks',
  '/calendars',
  '/privacy',
  '/healthz',
  '/readyz',
  '/metrics',
];

/** Vite names built assets by their content hash, so a browser may keep them forever. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Closing Cloud</title></head>
<body><main><h1>Closing Cloud</h1>
<p>The dashboard has not been built. Run <code>npm run build</code>, then start the server again.</p>
<p>The API is available under <a href="/api/docs">/api/docs</a>.</p></main></body></html>
`;

function isServerPath(path: string): boolean {
  return SERVER_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix));
}

function wantsHtml(request: FastifyRequest): boolean {
  return /\btext\/html\b/i.test(request.headers.accept ?? '');
}

/** A file under the web root, never outside it: the path has no dot segments after URL parsing. */
async function fileIn(root: string, path: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part === '..' || part.startsWith('.'))) {
    return null;
  }
  const relative = decoded.replace(/^\/+/, '');
  if (!relative) return null;
  try {
    return (await stat(`${root}/${relative}`)).isFile() ? relative : null;
  } catch {
    return null;
  }
}

/**
 * The dashboard's built files at `/`, and its index.html for any other page address a browser asks
 * for, so a reload of /leads/123 lands in the app. Registered last: every other route wins.
 */
export const webRoutes: FastifyPluginAsync<{ ctx: AppContext; root?: string }> = async (app, options) => {
  const root = options.root ?? DEFAULT_WEB_ROOT;
  await app.register(fastifyStatic, { root, serve: false });

  async function sendIndex(reply: FastifyReply) {
    if (!(await fileIn(root, '/index.html'))) {
      return reply
        .status(200)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(NOT_BUILT);
    }
    // The page names the current asset hashes: always revalidate it.
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', root, { cacheControl: false });
  }

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (isServerPath(path)) return reply.callNotFound();
    const file = path === '/' ? null : await fileIn(root, path);
    if (file && file !== 'index.html') {
      if (HASHED_ASSET.test(path)) return reply.sendFile(file, root, { maxAge: '365d', immutable: true });
      return reply.sendFile(file, root, { maxAge: 0 });
    }
    if (path === '/' || (wantsHtml(request) && !path.startsWith('/assets/'))) return sendIndex(reply);
    return reply.callNotFound();
  });
};
