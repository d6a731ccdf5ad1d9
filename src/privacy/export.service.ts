import { strToU8, zipSync } from 'fflate';
import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { findContact } from '../leads/leads.repository.js';
import { notFound } from '../platform/errors.js';
import { calendarAgent, toCalendarAppointment } from '../scheduling/calendar-appointments.js';
import type { IcsEntry } from '../scheduling/calendars/ics.js';
import { buildIcs } from '../scheduling/calendars/ics.js';
import { readRecording } from '../voice/recording-vault.js';
import { toCsv } from './csv.js';
import { exportSourcePayloads } from './source-payloads.privacy.js';
import { exportWebhookDeliveries } from './webhook-deliveries.privacy.js';

type Row = Record<string, unknown>;

export interface PersonExport {
  /** File name in the zip → its bytes. */
  files: Record<string, Uint8Array>;
  counts: Record<string, number>;
}

const README = `This archive holds everything kept about you in this workspace, as JSON (complete) and CSV
(the same rows, for spreadsheets):

contact.json               your contact details and whether processing is restricted
leads.json                 the lead record: source, stage, the profile the conversation built, its score
inquiries.json/.csv        each inquiry you sent (forms, texts, imports)
messages.json/.csv         every text to and from you, with its delivery status
appointments.json/.csv     your appointments; appointments.ics opens in any calendar
notes.json/.csv            what the team wrote down about you
consent.json/.csv          your consent history: each grant or withdrawal with its evidence
possible-opt-outs.json     texts of yours that may have withdrawn consent, the words, and what was decided
conversation-turns.json    how the assistant handled each of your texts
calls.json/.csv            your phone calls with us: when, how long, how they ended
call-transcripts.json/.csv what was said on each call, by you and by the assistant
privacy-requests.json      your requests about your data, with their dates and outcome
source-payloads.json       what lead sources (a portal's email, an ad platform, a website) sent about
                           you, as it came, and what was read from it
webhook-deliveries.json    what this business's own systems were sent about you by webhook: when,
                           to which host, the content and how each attempt was answered

recordings/<call>.mp3      the audio of each call recorded with your agreement (or after the notice
                           in states that allow it), when the business keeps recordings itself
`;

function jsonRows(rows: Row[]): Row[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        [
          'profile',
          'tags',
          'property',
          'evidence',
          'details',
          'replyMessageIds',
          'assignmentDetails',
        ].includes(key)
          ? fromJson(value)
          : value,
      ]),
    ),
  );
}

/** Everything held about one person in the workspace, as the files of an export. */
export async function collectPersonExport(
  ctx: AppContext,
  props: { workspaceId: string; contactId: string },
): Promise<PersonExport> {
  const { workspaceId, contactId } = props;
  const db = ctx.db;
  const contact = await findContact(db, workspaceId, contactId);
  if (!contact) throw notFound('Contact');
  const byContact = (table: 'leads' | 'inquiries' | 'messages' | 'consentEvents') =>
    db
      .selectFrom(table as 'leads')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('contactId', '=', contactId)
      .execute() as Promise<Row[]>;
  const leads = await byContact('leads');
  const leadIds = leads.map((l) => l.id as string);
  const inquiries = await byContact('inquiries');
  const messages = (await byContact('messages')).map((m) => omit(m, ['idempotencyKey', 'providerId']));
  const appointmentRows = await db
    .selectFrom('appointments')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .execute();
  const consent = await byContact('consentEvents');
  const possibleOptOuts = (await db
    .selectFrom('possibleOptOuts')
    .select([
      'id',
      'messageId',
      'channel',
      'score',
      'trigger',
      'source',
      'flaggedAt',
      'resolvedAt',
      'resolution',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .orderBy('flaggedAt', 'asc')
    .execute()) as Row[];
  const notes = leadIds.length ? await notesOf(db, workspaceId, leadIds) : [];
  const turns = leadIds.length
    ? ((await db
        .selectFrom('conversationTurns')
        .select([
          'id',
          'leadId',
          'inboundMessageId',
          'status',
          'skipReason',
          'answerSource',
          'handoffReason',
          'createdAt',
        ])
        .where('workspaceId', '=', workspaceId)
        .where('leadId', 'in', leadIds)
        .execute()) as Row[])
    : [];
  const calls = (await db
    .selectFrom('calls')
    .select([
      'id',
      'leadId',
      'direction',
      'fromNumber',
      'toNumber',
      'status',
      'greeting',
      'startedAt',
      'endedAt',
      'durationSeconds',
      'outcome',
      'handoffReason',
      'recordingStatus',
      'recordingDurationSeconds',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .orderBy('startedAt', 'asc')
    .execute()) as Row[];
  const callTranscripts = calls.length
    ? ((await db
        .selectFrom('callTurns')
        .select(['callId', 'seq', 'speaker', 'text', 'heardText', 'interrupted', 'startedAt'])
        .where('workspaceId', '=', workspaceId)
        .where(
          'callId',
          'in',
          calls.map((c) => c.id as string),
        )
        .orderBy('callId', 'asc')
        .orderBy('seq', 'asc')
        .execute()) as Row[])
    : [];
  const requests = (await db
    .selectFrom('privacyRequests')
    .select([
      'id',
      'kind',
      'jurisdiction',
      'status',
      'channel',
      'acknowledgeBy',
      'dueAt',
      'verifiedAt',
      'completedAt',
      'rejectedReason',
      'createdAt',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .execute()) as Row[];

  const sourcePayloads = await exportSourcePayloads(db, {
    workspaceId,
    leadIds,
    identifiers: [contact.phone, contact.phoneRaw, contact.email].filter(
      (v): v is string => typeof v === 'string',
    ),
  });
  const webhookDeliveries = await exportWebhookDeliveries(db, { workspaceId, contactId, leadIds });

  const entries: IcsEntry[] = [];
  for (const row of appointmentRows) {
    const agent = await calendarAgent(db, workspaceId, row.agentId);
    if (agent) entries.push({ appointment: await toCalendarAppointment(db, row), agent });
  }
  const appointments = appointmentRows.map((a) => omit(a as Row, ['assignmentDetails']));
  const files: Record<string, Uint8Array> = {
    'README.txt': strToU8(README),
    'contact.json': json(omit(contact as unknown as Row, ['phoneValid'])),
    'leads.json': json(jsonRows(leads)),
    'conversation-turns.json': json(jsonRows(turns)),
    'privacy-requests.json': json(requests),
    'possible-opt-outs.json': json(possibleOptOuts),
    'source-payloads.json': json(sourcePayloads),
    'webhook-deliveries.json': json(webhookDeliveries),
    'appointments.ics': strToU8(buildIcs({ entries, now: ctx.clock.now(), name: 'Your appointments' })),
  };
  for (const [name, rows] of [
    ['inquiries', jsonRows(inquiries)],
    ['messages', messages],
    ['appointments', appointments],
    ['notes', notes],
    ['consent', jsonRows(consent)],
    ['calls', calls],
    ['call-transcripts', callTranscripts],
  ] as const) {
    files[`${name}.json`] = json(rows);
    files[`${name}.csv`] = strToU8(toCsv(rows));
  }
  for (const recording of await storedRecordings(db, workspaceId, contactId)) {
    files[`recordings/${recording.id}.mp3`] = await readRecording(
      { dataDir: ctx.config.dataDir, secrets: ctx.config },
      recording.recordingPath,
    );
  }
  return {
    files,
    counts: {
      leads: leads.length,
      inquiries: inquiries.length,
      messages: messages.length,
      appointments: appointments.length,
      notes: notes.length,
      consent: consent.length,
      possibleOptOuts: possibleOptOuts.length,
      calls: calls.length,
      callTurns: callTranscripts.length,
      privacyRequests: requests.length,
      sourcePayloads: sourcePayloads.length,
      webhookDeliveries: webhookDeliveries.length,
    },
  };
}

export function zipFiles(files: Record<string, Uint8Array>): Uint8Array {
  // A fixed time keeps archives of the same data identical; the content carries its own dates.
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

/** Recordings sealed under DATA_DIR (one kept at Twilio is fetched for playback, not copied here). */
async function storedRecordings(
  db: DbOrTrx,
  workspaceId: string,
  contactId: string,
): Promise<{ id: string; recordingPath: string }[]> {
  const rows = await db
    .selectFrom('calls')
    .select(['id', 'recordingPath'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .where('recordingStatus', '=', 'stored')
    .where('recordingPath', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.recordingPath ? [{ id: r.id, recordingPath: r.recordingPath }] : []));
}

async function notesOf(db: DbOrTrx, workspaceId: string, leadIds: string[]): Promise<Row[]> {
  return (await db
    .selectFrom('leadNotes')
    .select(['id', 'leadId', 'body', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('leadId', 'in', leadIds)
    .orderBy('createdAt', 'asc')
    .execute()) as Row[];
}

function omit(row: Row, keys: string[]): Row {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
}

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
