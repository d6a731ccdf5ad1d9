import { badRequest } from '../platform/errors.js';
import { inInstantRange } from './schemas.js';

/** Where a newest-first page ends: the last row's time and id. */
export interface PageCursor {
  at: string;
  id: string;
}

// Opaque to clients, so the order it encodes can change without breaking them.
export const encodePageCursor = (cursor: PageCursor): string =>
  Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');

/**
 * The cursor a page answer gave out, or a 400. Its time must be one a row can have (a canonical UTC
 * instant in range): a forged one would otherwise reach PostgreSQL's timestamptz cast and fail there.
 */
export function decodePageCursor(cursor: string): PageCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string') {
      const ms = Date.parse(at);
      if (inInstantRange(ms) && new Date(ms).toISOString() === at) return { at, id };
    }
  } catch {
    // Falls through to the error below.
  }
  throw badRequest('The cursor is not one this API gave out', undefined, 'invalid_cursor');
}
