import { z } from 'zod';

/** The part of a Graph API lead (`GET /{leadgen_id}`) we read: its answers by question. */
export const graphLeadSchema = z.object({
  id: z.string(),
  created_time: z.string().optional(),
  form_id: z.string().optional(),
  ad_id: z.string().optional(),
  is_organic: z.boolean().optional(),
  field_data: z
    .array(z.object({ name: z.string(), values: z.array(z.union([z.string(), z.number()])).optional() }))
    .default([]),
});

export type GraphLead = z.infer<typeof graphLeadSchema>;

export class GraphApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GraphApiError';
  }
}

const TIMEOUT_MS = 10_000;

/** One lead from the Graph API with the page's token; any failure throws, for the job to retry. */
export async function fetchGraphLead(props: {
  baseUrl: string;
  leadgenId: string;
  pageAccessToken: string;
}): Promise<{ lead: GraphLead; body: string }> {
  const url = new URL(`${props.baseUrl}/${encodeURIComponent(props.leadgenId)}`);
  url.searchParams.set('fields', 'id,created_time,form_id,ad_id,is_organic,field_data');
  url.searchParams.set('access_token', props.pageAccessToken);
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = await response.text();
  if (!response.ok) {
    // Graph errors name the problem without the token; keep a short excerpt for the deliveries list.
    const reason = safeGraphError(body);
    throw new GraphApiError(
      `Graph API answered ${response.status}${reason ? `: ${reason}` : ''}`,
      response.status,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new GraphApiError('Graph API answered something that is not JSON', response.status);
  }
  const parsed = graphLeadSchema.safeParse(json);
  if (!parsed.success)
    throw new GraphApiError('Graph API answered a lead without field_data', response.status);
  return { lead: parsed.data, body };
}

function safeGraphError(body: string): string | undefined {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    return typeof message === 'string' ? message.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}
