import type { AppContext } from '../../src/http/context.js';
import { jobDefinitions } from '../../src/jobs/catalog.js';
import { drainJobs } from '../../src/jobs/jobs.drain.js';
import { bookSlot } from '../../src/scheduling/booking.service.js';
import { asApiKey, type TestApp } from './app.js';
import { consentEvidence, type Team } from './factories.js';
import { buildAgent, buildType } from './scheduling.js';

export interface Person {
  leadId: string;
  contactId: string;
  appointmentId: string;
  name: string;
  phoneE164: string;
  phoneRaw: string;
  email: string;
  /** Everything that must be gone after erasure. */
  needles: string[];
}

/**
 * A person with a full history: intake with name, phone and email, texts both ways through the
 * sandbox and the engine, a booked appointment and a note. The clock should sit on a weekday morning.
 */
export async function buildPersonWithHistory(
  t: { app: TestApp['app']; ctx: AppContext },
  team: Team,
  props: { name: string; phoneRaw: string; phoneE164: string; email: string; start: string },
): Promise<Person> {
  const headers = asApiKey(team.key.secret);
  const intake = await t.app.inject({
    method: 'POST',
    url: '/api/v1/leads',
    headers,
    payload: {
      name: props.name,
      phone: props.phoneRaw,
      email: props.email,
      source: 'zillow',
      message: `Hello, this is ${props.name}; is 12 Oak St still available?`,
      property: { address: '12 Oak St', city: 'Austin', state: 'TX', zip: '78704', price: 450000 },
      consent: consentEvidence(),
    },
  });
  if (intake.statusCode !== 201) throw new Error(`intake failed: ${intake.body}`);
  const { leadId, contactId } = intake.json<{ leadId: string; contactId: string }>();
  await drainJobs(t.ctx, jobDefinitions);
  for (const body of [
    `Yes! We want to buy in the spring, reach me at ${props.email}`,
    'Our budget is around 500k, 3 bedrooms',
  ]) {
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sandbox/inbound',
      headers,
      payload: { from: props.phoneE164, body },
    });
    if (text.statusCode !== 201) throw new Error(`inbound failed: ${text.body}`);
    await drainJobs(t.ctx, jobDefinitions);
  }
  const agent = await buildAgent(t.ctx, { workspaceId: team.workspace.id, timezone: 'America/Chicago' });
  const type = await buildType(t.ctx, { workspaceId: team.workspace.id, agents: [{ agentId: agent.id }] });
  const appointment = await bookSlot(t.ctx, {
    workspaceId: team.workspace.id,
    leadId,
    appointmentTypeId: type.id,
    start: props.start,
    notes: `${props.name} will bring the pre-approval letter`,
    notifyLead: false,
  });
  const note = await t.app.inject({
    method: 'POST',
    url: `/api/v1/leads/${leadId}/notes`,
    headers,
    payload: { body: `${props.name} prefers texts to ${props.phoneRaw}` },
  });
  if (note.statusCode !== 201) throw new Error(`note failed: ${note.body}`);
  await drainJobs(t.ctx, jobDefinitions);
  return {
    leadId,
    contactId,
    appointmentId: appointment.id,
    name: props.name,
    phoneE164: props.phoneE164,
    phoneRaw: props.phoneRaw,
    email: props.email,
    needles: [
      props.phoneE164,
      props.phoneRaw,
      props.phoneE164.slice(2),
      props.email,
      props.name,
      props.name.split(' ')[0] ?? props.name,
    ],
  };
}
