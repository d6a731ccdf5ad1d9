import type {
  Faq,
  FaqPreviewResult,
  Listing,
  ListingImportResult,
} from '../../../src/conversations/knowledge/knowledge.schema.ts';
import type { ScriptPreviewResult } from '../../../src/conversations/script-preview.ts';
import { api } from './client.ts';

// The knowledge base as the server's own schemas type it.
export type { Faq, FaqPreviewResult, Listing, ListingImportResult, ScriptPreviewResult };

export type OpenHouse = Listing['openHouses'][number];

/** The fields a listing is created or changed with (dollars; null clears). */
export type ListingInput = Omit<Listing, 'id' | 'createdAt' | 'updatedAt'>;

export interface FaqInput {
  question: string;
  answer: string;
  keywords: string[];
}

export function listListings(props: { q?: string; signal?: AbortSignal } = {}) {
  return api<{ items: Listing[] }>('/knowledge/listings', {
    query: { limit: 500, q: props.q?.trim() || undefined },
    ...(props.signal ? { signal: props.signal } : {}),
  });
}

export const createListing = (body: ListingInput) =>
  api<Listing>('/knowledge/listings', { method: 'POST', body });

export const updateListing = (id: string, body: Partial<ListingInput>) =>
  api<Listing>(`/knowledge/listings/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const deleteListing = (id: string) =>
  api<null>(`/knowledge/listings/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** Sends a CSV file; with `dryRun` the server reports what it would do and writes nothing. */
export const importListings = (csv: string, dryRun: boolean) =>
  api<ListingImportResult>('/knowledge/listings/import', {
    method: 'POST',
    body: csv,
    contentType: 'text/csv',
    query: { dryRun },
  });

export function listFaqs(signal?: AbortSignal) {
  return api<{ items: Faq[] }>('/knowledge/faqs', { query: { limit: 500 }, ...(signal ? { signal } : {}) });
}

export const createFaq = (body: FaqInput) => api<Faq>('/knowledge/faqs', { method: 'POST', body });

export const updateFaq = (id: string, body: FaqInput) =>
  api<Faq>(`/knowledge/faqs/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const deleteFaq = (id: string) =>
  api<null>(`/knowledge/faqs/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const previewFaq = (question: string, draft?: FaqInput & { id?: string }) =>
  api<FaqPreviewResult>('/knowledge/faqs/preview', {
    method: 'POST',
    body: draft ? { question, draft } : { question },
  });

export const previewScript = (body: Record<string, unknown>) =>
  api<ScriptPreviewResult>('/conversations/script/preview', { method: 'POST', body });
