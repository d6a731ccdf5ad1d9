/**
 * Twilio's Messages API carries nothing of ours that its list or fetch answers return (no idempotency key,
 * no metadata field, and the resource does not show the StatusCallback). The one thing that comes back is
 * the StatusCallback URL itself, query string included, on every status callback: our marker rides there.
 */
export interface SendMarker {
  workspaceId: string;
  messageId: string;
}

export function statusCallbackUrl(publicUrl: string, marker: SendMarker): string {
  const query = new URLSearchParams({ w: marker.workspaceId, m: marker.messageId });
  return `${publicUrl}/webhooks/twilio/status?${query.toString()}`;
}

/** The marker in a status callback's query, when both halves are there. */
export function markerFromQuery(query: {
  w?: string | undefined;
  m?: string | undefined;
}): SendMarker | undefined {
  return query.w && query.m ? { workspaceId: query.w, messageId: query.m } : undefined;
}
