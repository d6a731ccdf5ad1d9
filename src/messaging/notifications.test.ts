import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSmtp, startFakeSmtp } from '../../test/fakes/smtp/fake-smtp.js';
import { asSession } from '../../test/helpers/app.js';
import { buildUser } from '../../test/helpers/factories.js';
import { phoneSequence } from '../../test/helpers/messaging.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  outboundAtFake,
  PUBLIC_URL,
  postWebhook,
  type TwilioTestApp,
} from '../../test/helpers/twilio-app.js';
import { addSuppression } from '../consent/suppression.js';
import { jobDefinitions } from '../jobs/catalog.js';
import { drainJobs } from '../jobs/jobs.drain.js';
import { receiveLead } from '../leads/intake.service.js';
import { MINUTE } from '../platform/clock.js';
import type { UserRow } from '../workspaces/workspaces.table.js';
import { sendMail } from './mailer.js';
import { notifyTeam } from './notifications.service.js';

describe('team notifications by text and email', () => {
  let t: TwilioTestApp;
  let smtp: FakeSmtp;
  let agent: UserRow;
  const agentPhone = '+15125550150';
  const nextPhone = phoneSequence(500);

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    t = await buildTwilioTestApp({ SMTP_URL: smtp.url, SMTP_FROM: 'Hill Country Homes <leads@hch.example>' });
    agent = (await buildUser(t.ctx, { workspaceId: t.team.workspace.id, role: 'agent', name: 'Maria Lopez' }))
      .user;
    await t.ctx.db.updateTable('users').set({ phone: '(512) 555-0150' }).where('id', '=', agent.id).execute();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(async () => {
    smtp.mails.length = 0;
    await setChannels('both');
  });

  async function setChannels(agentNotifications: 'sms' | 'email' | 'both' | 'none'): Promise<void> {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/messaging/settings',
      headers: asSession(t.team.owner.session),
      payload: { agentNotifications },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  async function notify(subject: string) {
    const id = await t.ctx.db.transaction().execute((trx) =>
      notifyTeam(trx, t.ctx, {
        workspaceId: t.team.workspace.id,
        leadId: null,
        userId: agent.id,
        kind: 'needs_human',
        subject,
        body: 'Dana asked about HOA fees for 12 Oak St.',
      }),
    );
    return id;
  }

  const notification = (id: string) =>
    t.ctx.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const textsToAgent = () => outboundAtFake(t.fake).filter((m) => m.to === agentPhone);

  it('texts and emails the assigned agent when a lead replies', async () => {
    const lead = await receiveLead(t.ctx, {
      workspaceId: t.team.workspace.id,
      channel: 'api',
      source: 'zillow',
      name: 'Dana Whitfield',
      phone: nextPhone(),
      attemptFirstResponse: false,
    });
    await t.ctx.db
      .updateTable('leads')
      .set({ assignedUserId: agent.id })
      .where('id', '=', lead.leadId)
      .execute();
    await drainJobs(t.ctx, jobDefinitions);
    // Intake told the agent about the new lead it could not text; only the reply matters here.
    smtp.mails.length = 0;
    // With the assistant paused (an agent took over), a reply goes straight to the agent.
    await t.ctx.db
      .updateTable('conversations')
      .set({ assistantPaused: 1, pausedReason: 'agent' })
      .where('leadId', '=', lead.leadId)
      .execute();
    const before = textsToAgent().length;
    const phone = (
      await t.ctx.db
        .selectFrom('contacts')
        .select('phone')
        .where('id', '=', lead.contactId)
        .executeTakeFirstOrThrow()
    ).phone as string;
    const hook = t.fake.inboundSms({
      from: phone,
      to: OUR_NUMBER,
      body: 'Can we stop by Saturday?',
      url: `${PUBLIC_URL}/webhooks/twilio/sms`,
    });
    await postWebhook(t, hook);
    await drainJobs(t.ctx, jobDefinitions);

    const texts = textsToAgent().slice(before);
    expect(texts).toHaveLength(1);
    expect(texts[0]?.body).toBe('Reply from Dana Whitfield: "Can we stop by Saturday?"');
    expect(texts[0]?.from).toBe(OUR_NUMBER);
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]).toMatchObject({ from: 'leads@hch.example', to: [agent.email] });
    expect(smtp.mails[0]?.raw).toContain('Subject: Reply from Dana Whitfield');
    const [note] = await t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('leadId', '=', lead.leadId)
      .where('kind', '=', 'lead_replied')
      .execute();
    expect(note).toMatchObject({ status: 'sent', channel: 'both', error: null, userId: agent.id });
  });

  it('uses only the channel the workspace chose', async () => {
    await setChannels('sms');
    const before = textsToAgent().length;
    const smsOnly = await notify('By text only');
    await drainJobs(t.ctx, jobDefinitions);
    expect(await notification(smsOnly)).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(textsToAgent()).toHaveLength(before + 1);
    expect(smtp.mails).toEqual([]);

    await setChannels('none');
    const none = await notify('Nobody told');
    await drainJobs(t.ctx, jobDefinitions);
    expect(await notification(none)).toMatchObject({ status: 'logged', channel: 'log' });
    expect(textsToAgent()).toHaveLength(before + 1);
  });

  it('retries an email the server refused for now, and fails one it refused for good', async () => {
    await setChannels('email');
    smtp.failNext(1, 451);
    const later = await notify('Busy server');
    await drainJobs(t.ctx, jobDefinitions);
    expect(await notification(later)).toMatchObject({ status: 'pending', error: 'email:451' });
    t.clock.advance(MINUTE);
    await drainJobs(t.ctx, jobDefinitions);
    expect(await notification(later)).toMatchObject({ status: 'sent', channel: 'email' });
    expect(smtp.mails.map((m) => m.to)).toEqual([[agent.email]]);

    smtp.failNext(1, 550);
    const never = await notify('Refused');
    await drainJobs(t.ctx, jobDefinitions);
    expect(await notification(never)).toMatchObject({ status: 'failed', error: 'email:550', sentAt: null });
  });

  it('meters each email sent as email_sent, once per cause, and a refused one not at all', async () => {
    const emailsMetered = async () =>
      (
        await t.ctx.db
          .selectFrom('usageEvents')
          .select('idempotencyKey')
          .where('workspaceId', '=', t.team.workspace.id)
          .where('unit', '=', 'email_sent')
          .execute()
      ).map((row) => row.idempotencyKey);
    await setChannels('email');
    const before = await emailsMetered();
    smtp.failNext(1, 550);
    await notify('Refused');
    await drainJobs(t.ctx, jobDefinitions);
    expect(await emailsMetered()).toEqual(before);
    const id = await notify('Metered');
    await drainJobs(t.ctx, jobDefinitions);
    const after = await emailsMetered();
    expect(after.filter((key) => !before.includes(key))).toEqual([`email:notification:${id}:${agent.email}`]);
    // A retry of the same cause after a crash sends again but is not counted again.
    const meter = { workspaceId: t.team.workspace.id, key: `notification:${id}:${agent.email}` };
    expect((await sendMail(t.ctx, { to: agent.email, subject: 'again', text: 'again' }, meter)).ok).toBe(
      true,
    );
    expect(await emailsMetered()).toHaveLength(after.length);
  });

  it('never texts an agent whose number is on the do-not-contact list', async () => {
    await setChannels('sms');
    await addSuppression(t.ctx.db, {
      workspaceId: t.team.workspace.id,
      kind: 'phone',
      value: agentPhone,
      reason: 'do_not_contact',
      at: t.clock.now(),
    });
    const before = textsToAgent().length;
    const id = await notify('Not by text');
    await drainJobs(t.ctx, jobDefinitions);
    expect(await notification(id)).toMatchObject({ status: 'failed', error: 'sms:do_not_contact' });
    expect(textsToAgent()).toHaveLength(before);
    await t.ctx.db.deleteFrom('suppressions').where('workspaceId', '=', t.team.workspace.id).execute();
  });
});
