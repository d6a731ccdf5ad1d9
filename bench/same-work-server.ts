import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { randomToken } from '../src/platform/crypto.js';
import { newId } from '../src/platform/ids.js';
import { type BenchServer, startBenchServer } from './child-server.js';

/**
 * The same-work floor the service is measured against: Fastify and better-sqlite3 with statements prepared once,
 * on the project's own tables and indexes (a database the project migrated), doing per lead what the service's
 * intake and first text must do and nothing else:
 * - intake, one transaction: the API key by hash, the contact by phone, the suppression list, then the
 *   contact, lead, conversation, inquiry, consent event, outbox message, gate decision, send job and
 *   follow-up job; 201 with the ids;
 * - sending (SAME_WORK_SEND=true): claim due send jobs, re-check suppression and consent, record the gate's
 *   decision and `sending` in one commit, POST to the provider over a keep-alive connection, then `sent`, the
 *   lead's first-response time and the job done in one commit.
 * Env: SAME_WORK_DB (a migrated SQLite file), SAME_WORK_SEND, TWILIO_API_BASE_URL, TWILIO_ACCOUNT_SID,
 * TWILIO_AUTH_TOKEN. Prints `listening <url>`.
 */

const CONCURRENCY = 16;
const LEASE_MS = 60_000;
const FOLLOW_UP_MS = 24 * 3600_000;

interface LeadPost {
  name?: string;
  phone?: string;
  source?: string;
  message?: string;
  leadType?: string;
  property?: Record<string, unknown>;
  consent?: Record<string, unknown>;
}

function statements(db: SQLite.Database) {
  return {
    apiKey: db.prepare(
      `select k.workspace_id, w.status, w.hash_salt, w.name from api_keys k join workspaces w on w.id = k.workspace_id
       where k.key_hash = ? and k.revoked_at is null`,
    ),
    // The service makes a workspace's salt on first use (workspaceHashSalt); a new workspace has none yet.
    ensureSalt: db.prepare('update workspaces set hash_salt = ? where id = ? and hash_salt is null'),
    salt: db.prepare('select hash_salt from workspaces where id = ?'),
    contactByPhone: db.prepare('select id from contacts where workspace_id = ? and phone = ?'),
    suppression: db.prepare(
      'select id from suppressions where workspace_id = ? and kind = ? and value_hash = ? limit 1',
    ),
    fromNumber: db.prepare(
      'select number from phone_numbers where workspace_id = ? order by is_default desc limit 1',
    ),
    insertContact: db.prepare(
      `insert into contacts (id, workspace_id, name, first_name, phone, phone_raw, phone_valid, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    ),
    insertLead: db.prepare(
      `insert into leads (id, workspace_id, contact_id, source, lead_type, stage, profile, tags, received_at,
       last_inquiry_at, first_response_queued_at, last_activity_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, 'contacted', ?, '[]', ?, ?, ?, ?, ?, ?)`,
    ),
    insertConversation: db.prepare(
      `insert into conversations (id, workspace_id, lead_id, contact_id, channel, last_message_at, created_at, updated_at)
       values (?, ?, ?, ?, 'sms', ?, ?, ?)`,
    ),
    insertInquiry: db.prepare(
      `insert into inquiries (id, workspace_id, lead_id, contact_id, source, channel, message, property, lead_type,
       started_first_response, received_at) values (?, ?, ?, ?, ?, 'api', ?, ?, ?, 1, ?)`,
    ),
    insertConsent: db.prepare(
      `insert into consent_events (id, workspace_id, contact_id, channel, purpose, action, source, evidence, created_at)
       values (?, ?, ?, 'sms', 'conversational', 'granted', 'web_form', ?, ?)`,
    ),
    insertMessage: db.prepare(
      `insert into messages (id, workspace_id, lead_id, contact_id, conversation_id, direction, author, kind, purpose,
       body, to_number, from_number, status, provider, idempotency_key, segments, encoding, gate_reason, created_at,
       updated_at) values (?, ?, ?, ?, ?, 'outbound', 'assistant', 'first_response', 'conversational', ?, ?, ?,
       'queued', 'twilio', ?, 2, 'GSM-7', 'allowed', ?, ?)`,
    ),
    insertDecision: db.prepare(
      `insert into gate_decisions (id, workspace_id, message_id, contact_id, stage, outcome, reason, details, decided_at)
       values (?, ?, ?, ?, ?, 'allowed', 'allowed', ?, ?)`,
    ),
    insertJob: db.prepare(
      `insert into jobs (id, name, payload, workspace_id, unique_key, status, run_at, max_attempts, created_at, updated_at)
       values (?, ?, ?, ?, ?, 'ready', ?, ?, ?, ?)`,
    ),
    claim: db.prepare(
      `update jobs set status = 'running', locked_by = 'same-work', locked_until = ?, attempts = attempts + 1,
       updated_at = ? where id in (select id from jobs where status = 'ready' and run_at <= ?
       order by run_at, id limit ?) returning id, payload`,
    ),
    messageToSend: db.prepare(
      `select m.id, m.workspace_id, m.lead_id, m.contact_id, m.body, m.to_number, m.from_number, m.status, w.hash_salt
       from messages m join workspaces w on w.id = m.workspace_id where m.workspace_id = ? and m.id = ?`,
    ),
    consent: db.prepare(
      `select action from consent_events where workspace_id = ? and contact_id = ? and channel = 'sms'
       and purpose = 'conversational' order by created_at desc limit 1`,
    ),
    markSending: db.prepare(
      `update messages set status = 'sending', attempts = attempts + 1, first_attempt_at = ?, attempt_started_at = ?,
       updated_at = ? where workspace_id = ? and id = ? and status = 'queued'`,
    ),
    markSent: db.prepare(
      `update messages set status = 'sent', provider_id = ?, sent_at = ?, updated_at = ?
       where workspace_id = ? and id = ? and status = 'sending'`,
    ),
    stampLead: db.prepare(
      `update leads set first_response_sent_at = ?, updated_at = ?
       where workspace_id = ? and id = ? and first_response_sent_at is null`,
    ),
    jobDone: db.prepare(
      `update jobs set status = 'done', locked_by = null, locked_until = null, finished_at = ?, updated_at = ?
       where id = ? and status = 'running'`,
    ),
  };
}

function suppressionHash(salt: string, phone: string): string {
  return createHmac('sha256', salt)
    .update(`phone:${phone.replace(/[^\d+]/g, '')}`)
    .digest('hex');
}

async function serve(): Promise<void> {
  const sqlite = new SQLite(process.env.SAME_WORK_DB as string);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const q = statements(sqlite);

  const hashSalt = (workspaceId: string): string => {
    q.ensureSalt.run(randomToken(24), workspaceId);
    return (q.salt.get(workspaceId) as { hash_salt: string }).hash_salt;
  };

  const intake = sqlite.transaction((workspaceId: string, salt: string | null, body: LeadPost) => {
    const phone = String(body.phone ?? '');
    if (q.contactByPhone.get(workspaceId, phone)) return undefined;
    if (q.suppression.get(workspaceId, 'phone', suppressionHash(salt ?? hashSalt(workspaceId), phone)))
      return undefined;
    const now = Date.now();
    const at = new Date(now).toISOString();
    const name = body.name ?? null;
    const ids = {
      contactId: newId(now),
      leadId: newId(now),
      conversationId: newId(now),
      inquiryId: newId(now),
      messageId: newId(now),
    };
    const from = (q.fromNumber.get(workspaceId) as { number: string } | undefined)?.number ?? null;
    q.insertContact.run(ids.contactId, workspaceId, name, name?.split(' ')[0] ?? null, phone, phone, at, at);
    q.insertLead.run(
      ids.leadId,
      workspaceId,
      ids.contactId,
      body.source ?? 'api',
      body.leadType ?? null,
      JSON.stringify({ leadType: body.leadType }),
      at,
      at,
      at,
      at,
      at,
      at,
    );
    q.insertConversation.run(ids.conversationId, workspaceId, ids.leadId, ids.contactId, at, at, at);
    q.insertInquiry.run(
      ids.inquiryId,
      workspaceId,
      ids.leadId,
      ids.contactId,
      body.source ?? 'api',
      body.message ?? null,
      body.property ? JSON.stringify(body.property) : null,
      body.leadType ?? null,
      at,
    );
    q.insertConsent.run(newId(now), workspaceId, ids.contactId, JSON.stringify(body.consent ?? {}), at);
    const text = `Hi ${name ?? 'there'}, this is the automated assistant. Thanks for asking about ${String(body.property?.address ?? 'the home')}: is this weekend good for a showing?`;
    q.insertMessage.run(
      ids.messageId,
      workspaceId,
      ids.leadId,
      ids.contactId,
      ids.conversationId,
      text,
      phone,
      from,
      `first-response:${ids.inquiryId}`,
      at,
      at,
    );
    q.insertDecision.run(newId(now), workspaceId, ids.messageId, ids.contactId, 'queue', '{}', at);
    const payload = JSON.stringify({ workspaceId, messageId: ids.messageId });
    q.insertJob.run(
      newId(now),
      'messaging.send',
      payload,
      workspaceId,
      `send:${ids.messageId}:0`,
      at,
      8,
      at,
      at,
    );
    const followUpAt = new Date(now + FOLLOW_UP_MS).toISOString();
    const followUp = JSON.stringify({ workspaceId, leadId: ids.leadId, step: 1 });
    q.insertJob.run(
      newId(now),
      'conversations.follow-up',
      followUp,
      workspaceId,
      `follow-up:${ids.leadId}:1`,
      followUpAt,
      3,
      at,
      at,
    );
    return ids;
  });

  const app = Fastify({ logger: false });
  app.post('/api/v1/leads', async (request, reply) => {
    const secret = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const key = q.apiKey.get(createHash('sha256').update(secret).digest('hex')) as
      | { workspace_id: string; status: string; hash_salt: string | null }
      | undefined;
    if (key?.status !== 'active') return reply.status(401).send({ error: { code: 'unauthorized' } });
    const ids = intake(key.workspace_id, key.hash_salt, request.body as LeadPost);
    if (!ids) return reply.status(409).send({ error: { code: 'duplicate' } });
    sender?.wake();
    return reply.status(201).send({ ...ids, firstResponse: 'queued' });
  });

  const sender = process.env.SAME_WORK_SEND === 'true' ? startSender(sqlite, q) : undefined;
  const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
  process.stdout.write(`listening ${address}\n`);
  const shutdown = () => {
    sender?.stop();
    void app.close().then(() => {
      sqlite.close();
      process.exit(0);
    });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

type Statements = ReturnType<typeof statements>;

interface ToSend {
  id: string;
  workspace_id: string;
  lead_id: string;
  contact_id: string;
  body: string;
  to_number: string;
  from_number: string;
  status: string;
  hash_salt: string;
}

function startSender(db: SQLite.Database, q: Statements) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const base = new URL(process.env.TWILIO_API_BASE_URL as string);
  const sid = process.env.TWILIO_ACCOUNT_SID as string;
  const auth = `Basic ${Buffer.from(`${sid}:${process.env.TWILIO_AUTH_TOKEN}`).toString('base64')}`;
  let running = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const claimSend = db.transaction((message: ToSend, at: string) => {
    q.insertDecision.run(newId(), message.workspace_id, message.id, message.contact_id, 'send', '{}', at);
    return q.markSending.run(at, at, at, message.workspace_id, message.id).changes === 1;
  });
  const recordSent = db.transaction((message: ToSend, jobId: string, providerId: string, at: string) => {
    q.markSent.run(providerId, at, at, message.workspace_id, message.id);
    q.stampLead.run(at, at, message.workspace_id, message.lead_id);
    q.jobDone.run(at, at, jobId);
  });

  function post(message: ToSend): Promise<string> {
    const form = new URLSearchParams({
      To: message.to_number,
      From: message.from_number,
      Body: message.body,
    });
    const payload = Buffer.from(form.toString());
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method: 'POST',
          path: `${base.pathname.replace(/\/$/, '')}/2010-04-01/Accounts/${sid}/Messages.json`,
          headers: {
            authorization: auth,
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': payload.length,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { sid?: string };
            if (res.statusCode === 201 && json.sid) resolve(json.sid);
            else reject(new Error(`provider answered ${res.statusCode}`));
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async function send(job: { id: string; payload: string }): Promise<void> {
    const { workspaceId, messageId } = JSON.parse(job.payload) as { workspaceId: string; messageId: string };
    const message = q.messageToSend.get(workspaceId, messageId) as ToSend | undefined;
    const at = new Date().toISOString();
    if (message?.status !== 'queued') return;
    if (q.suppression.get(workspaceId, 'phone', suppressionHash(message.hash_salt, message.to_number)))
      return;
    const consent = q.consent.get(workspaceId, message.contact_id) as { action: string } | undefined;
    if (consent?.action !== 'granted') return;
    if (!claimSend(message, at)) return;
    const providerId = await post(message);
    recordSent(message, job.id, providerId, new Date().toISOString());
  }

  function tick(): void {
    timer = undefined;
    if (stopped) return;
    const free = CONCURRENCY - running;
    if (free <= 0) return;
    const now = Date.now();
    const at = new Date(now).toISOString();
    const jobs = q.claim.all(new Date(now + LEASE_MS).toISOString(), at, at, free) as {
      id: string;
      payload: string;
    }[];
    for (const job of jobs) {
      running += 1;
      void send(job)
        .catch((error: unknown) => process.stderr.write(`same-work send failed: ${String(error)}\n`))
        .finally(() => {
          running -= 1;
          wake();
        });
    }
    if (jobs.length === 0) timer = setTimeout(tick, 50);
  }

  function wake(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, 0);
  }

  wake();
  return {
    wake,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      agent.destroy();
    },
  };
}

export function startSameWorkServer(env: {
  database: string;
  send: boolean;
  twilioBaseUrl: string;
  accountSid: string;
  authToken: string;
  /** More environment for the child (the statement counter). */
  env?: Record<string, string>;
}): Promise<BenchServer> {
  return startBenchServer(import.meta.filename, {
    ...env.env,
    SAME_WORK_DB: env.database,
    SAME_WORK_SEND: String(env.send),
    TWILIO_API_BASE_URL: env.twilioBaseUrl,
    TWILIO_ACCOUNT_SID: env.accountSid,
    TWILIO_AUTH_TOKEN: env.authToken,
  });
}

if (process.argv[1] === import.meta.filename) await serve();
