import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeA2p, startFakeA2p } from '../../../test/fakes/twilio-a2p.js';
import { asApiKey, asSession } from '../../../test/helpers/app.js';
import { testDialect } from '../../../test/helpers/db.js';
import { buildMember, buildOperator, buildTeam, signIn, type Team } from '../../../test/helpers/factories.js';
import { phoneSequence, receiveTextableLead } from '../../../test/helpers/messaging.js';
import {
  buildTwilioTestApp,
  OUR_NUMBER,
  PUBLIC_URL,
  postWebhook,
  TWILIO_ACCOUNT_SID,
  TWILIO_AUTH_TOKEN,
  type TwilioTestApp,
} from '../../../test/helpers/twilio-app.js';
import { isUs10dlc } from '../../consent/gate.a2p.js';
import { jobDefinitions } from '../../jobs/catalog.js';
import { drainJobs } from '../../jobs/jobs.drain.js';
import { A2P_CHECK_INTERVAL_MS } from './a2p.jobs.js';
import { rewriteA2pUrl } from './a2p.twilio.js';

const BRAND = {
  legalName: 'Sunrise Realty LLC',
  entityType: 'llc',
  ein: '12-3456789',
  address: { street: '100 Congress Ave', city: 'Austin', region: 'tx', postalCode: '78701' },
  website: 'https://sunrise.example',
  contact: {
    firstName: 'Dana',
    lastName: 'Reyes',
    email: 'dana@sunrise.example',
    phone: '+15125550142',
    title: 'Broker',
    jobPosition: 'Director',
  },
};

/**
 * The whole registration against a protocol-level fake of Twilio's Trust Hub and Messaging APIs through the
 * real SDK, with texts going through the Twilio provider from a US long code, so the gate's hold is real.
 */
describe(`A2P 10DLC registration, on ${testDialect()}`, () => {
  let t: TwilioTestApp;
  let a2p: FakeA2p;
  let other: Team;
  const nextPhone = phoneSequence(4200);
  const owner = () => asSession(t.team.owner.session);
  const call = (method: 'GET' | 'PUT' | 'POST' | 'PATCH', url: string, payload?: object, headers = owner()) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  const outbound = (leadId: string) =>
    t.ctx.db
      .selectFrom('messages')
      .select(['kind', 'status', 'gateReason'])
      .where('leadId', '=', leadId)
      .where('direction', '=', 'outbound')
      .orderBy('createdAt')
      .execute();
  const check = async () => {
    t.clock.advance(2 * A2P_CHECK_INTERVAL_MS);
    await drainJobs(t.ctx, jobDefinitions);
    return (await call('GET', '/a2p')).json();
  };

  beforeAll(async () => {
    a2p = await startFakeA2p({
      accountSid: TWILIO_ACCOUNT_SID,
      authToken: TWILIO_AUTH_TOKEN,
      numbers: [OUR_NUMBER],
    });
    t = await buildTwilioTestApp({ TWILIO_API_BASE_URL: a2p.baseUrl });
    other = await buildTeam(t);
  });
  afterAll(async () => {
    await t.close();
    await a2p.close();
  });

  it('points trusthub and messaging hosts under their product name, api.twilio.com as it is', () => {
    const base = 'http://127.0.0.1:9/x';
    expect(rewriteA2pUrl('https://trusthub.twilio.com/v1/EndUsers', base)).toBe(
      'http://127.0.0.1:9/x/trusthub/v1/EndUsers',
    );
    expect(rewriteA2pUrl('https://messaging.twilio.com/v1/a2p/BrandRegistrations/BN1', base)).toBe(
      'http://127.0.0.1:9/x/messaging/v1/a2p/BrandRegistrations/BN1',
    );
    expect(rewriteA2pUrl('https://api.twilio.com/2010-04-01/Accounts/AC1/Addresses.json', base)).toBe(
      'http://127.0.0.1:9/x/2010-04-01/Accounts/AC1/Addresses.json',
    );
  });

  it('validates the brand, seals the EIN and generates the campaign from the workspace', async () => {
    const bad = await call('PUT', '/a2p/brand', { ...BRAND, ein: '1234' });
    expect(bad.statusCode).toBe(400);
    const saved = await call('PUT', '/a2p/brand', BRAND);
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json();
    expect(view).toMatchObject({ status: 'draft', enforce: false, errors: [] });
    expect(view.brand).toMatchObject({
      einLast4: '6789',
      vertical: 'REAL_ESTATE',
      address: { region: 'TX' },
    });
    expect(JSON.stringify(view)).not.toContain('3456789');
    const row = await t.ctx.db
      .selectFrom('a2pRegistrations')
      .select(['einSealed', 'brand'])
      .where('workspaceId', '=', t.team.workspace.id)
      .executeTakeFirstOrThrow();
    expect(`${row.einSealed}${JSON.stringify(row.brand)}`).not.toMatch(/3456789/);

    const { campaign } = view;
    const slug = t.team.workspace.slug;
    expect(campaign.proofUrl).toBe(`${PUBLIC_URL}/opt-in/${slug}`);
    expect(campaign.messageFlow).toContain(`${PUBLIC_URL}/f/${slug}`);
    expect(campaign.messageFlow).toContain(campaign.proofUrl);
    expect(campaign.messageSamples.length).toBeGreaterThanOrEqual(2);
    expect(campaign.messageSamples[0]).toMatch(/\[first name\].*STOP/);
    expect(campaign.optOutKeywords).toContain('STOP');
  });

  it('shows the opt-in proof to anyone: the form, its disclosure as shown, the SMS terms', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/opt-in/${t.team.workspace.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const form = await t.app.inject({ method: 'GET', url: `/f/${t.team.workspace.slug}` });
    const disclosure = /<span id="sms-disclosure">([^<]+)<\/span>/.exec(form.body)?.[1];
    expect(disclosure).toBeTruthy();
    expect(page.body).toContain(`<span id="sms-disclosure">${disclosure}</span>`);
    expect(page.body).toContain('name="sms_consent"');
    expect(page.body).toContain('id="sms-terms"');
    expect(page.body).toMatch(/Reply STOP/);
    const missing = await t.app.inject({ method: 'GET', url: '/opt-in/no-such-workspace' });
    expect(missing.statusCode).toBe(404);
  });

  it("keeps each workspace's registration its own; agents may not read it", async () => {
    const theirs = await call('GET', '/a2p', undefined, asSession(other.owner.session));
    expect(theirs.json()).toMatchObject({ status: 'not_started', brand: null });
    const submit = await call('POST', '/a2p/submit', undefined, asSession(other.owner.session));
    expect(submit.statusCode).toBe(409);
    expect(submit.json().error.code).toBe('a2p_no_brand');
    expect(a2p.requests).toHaveLength(0);
    const agent = await buildMember(t, t.team.workspace.id, 'agent');
    expect((await call('GET', '/a2p', undefined, asSession(agent.session))).statusCode).toBe(403);
    const viaKey = await call('PUT', '/a2p/brand', BRAND, asApiKey(t.team.key.secret));
    expect(viaKey.statusCode).toBe(403);
  });

  it('with enforcement on, holds automated texts from the US long code; STOP is still answered', async () => {
    const on = await call('PATCH', '/a2p/settings', { enforce: true });
    expect(on.json()).toMatchObject({ enforce: true });
    const lead = await receiveTextableLead(t.ctx, t.team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    expect(await outbound(lead.leadId)).toEqual([
      { kind: 'first_response', status: 'deferred', gateReason: 'a2p_unregistered' },
    ]);

    const stopper = nextPhone();
    const stopped = await receiveTextableLead(t.ctx, t.team.workspace.id, stopper);
    await drainJobs(t.ctx, jobDefinitions);
    const stop = t.fake.inboundSms({
      from: stopper,
      to: OUR_NUMBER,
      body: 'STOP',
      url: `${PUBLIC_URL}/webhooks/twilio/sms`,
    });
    expect((await postWebhook(t, stop)).statusCode).toBe(200);
    await drainJobs(t.ctx, jobDefinitions);
    // The gate lets the confirmation go (the fake, like Twilio, then refuses it: the number just opted out).
    const reply = (await outbound(stopped.leadId)).find((m) => m.kind === 'keyword_reply');
    expect(reply?.gateReason).toBe('keyword_reply');
    expect(a2p.requests).toHaveLength(0);
    const sentToStopper = t.fake.requests.filter((r) => r.method === 'POST' && r.form.To === stopper);
    expect(sentToStopper.map((r) => r.form.Body)).toEqual([expect.stringMatching(/unsubscribed/)]);

    // Another workspace's setting is its own: it texts as before.
    const theirs = await receiveTextableLead(t.ctx, other.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    expect((await outbound(theirs.leadId))[0]?.gateReason).not.toBe('a2p_unregistered');
  });

  it('submits the brand, then the campaign once the brand is approved; a rejection shows its code and advice', async () => {
    const submitted = await call('POST', '/a2p/submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'pending', stage: 'brand' });
    const [business, representative, profile] = [
      a2p.made('EndUsers')[0],
      a2p.made('EndUsers')[1],
      a2p.made('EndUsers')[2],
    ];
    expect(business?.attributes).toMatchObject({
      business_name: BRAND.legalName,
      business_registration_number: BRAND.ein,
      business_industry: 'REAL_ESTATE',
    });
    expect(representative?.attributes).toMatchObject({ email: BRAND.contact.email });
    expect(profile?.type).toBe('us_a2p_messaging_profile_information');
    const [brand] = a2p.made('BrandRegistrations');
    expect(brand).toMatchObject({ status: 'PENDING', brand_type: 'LOW_VOLUME_STANDARD' });
    expect((await call('POST', '/a2p/submit')).statusCode).toBe(409);
    // An admin's "check now" and the scheduled check are one job, not two chains of them.
    t.clock.advance(60_000);
    expect((await call('POST', '/a2p/check')).json()).toMatchObject({ status: 'pending', stage: 'brand' });
    const queued = await t.ctx.db
      .selectFrom('jobs')
      .select('id')
      .where('name', '=', 'a2p.check')
      .where('workspaceId', '=', t.team.workspace.id)
      .where('status', '=', 'ready')
      .execute();
    expect(queued).toHaveLength(1);

    expect(await check()).toMatchObject({ status: 'pending', stage: 'brand' });
    a2p.reviewBrand(brand?.sid as string, { status: 'APPROVED' });
    const campaignStage = await check();
    expect(campaignStage).toMatchObject({ status: 'pending', stage: 'campaign' });
    const [campaign] = a2p.made('Usa2p');
    expect(campaign).toMatchObject({
      us_app_to_person_usecase: 'LOW_VOLUME',
      campaign_status: 'IN_PROGRESS',
    });
    expect(String(campaign?.message_flow)).toContain(`${PUBLIC_URL}/opt-in/${t.team.workspace.slug}`);
    expect(a2p.made('Services')[0]?.phone_numbers).toEqual([OUR_NUMBER]);

    a2p.reviewCampaign(campaign?.sid as string, {
      status: 'FAILED',
      errors: [{ error_code: 30842, description: 'Opt-in not provided', fields: ['MESSAGE_FLOW'] }],
    });
    const rejected = await check();
    expect(rejected).toMatchObject({ status: 'rejected', stage: 'campaign' });
    expect(rejected.errors).toEqual([
      expect.objectContaining({
        code: 30842,
        description: 'Opt-in not provided',
        fields: ['MESSAGE_FLOW'],
        advice: expect.stringContaining('opt-in proof page'),
        docsUrl: 'https://www.twilio.com/docs/api/errors/30842',
      }),
    ]);
    const console = await t.app.inject({
      method: 'GET',
      url: '/api/v1/operator/console',
      headers: asSession(await operatorSession()),
    });
    const rows = console.json().items as { id: string; a2pStatus: string }[];
    expect(rows.find((row) => row.id === t.team.workspace.id)?.a2pStatus).toBe('rejected');
    expect(rows.find((row) => row.id === other.workspace.id)?.a2pStatus).toBe('not_started');
  });

  it('resubmits a new campaign on the approved brand; approval releases the held texts', async () => {
    const held = await t.ctx.db
      .selectFrom('messages')
      .select('id')
      .where('workspaceId', '=', t.team.workspace.id)
      .where('gateReason', '=', 'a2p_unregistered')
      .where('status', '=', 'deferred')
      .execute();
    expect(held.length).toBeGreaterThan(0);
    const again = await call('POST', '/a2p/submit');
    expect(again.json()).toMatchObject({ status: 'pending', stage: 'campaign' });
    expect(a2p.made('BrandRegistrations')).toHaveLength(1);
    const [first, second] = a2p.made('Usa2p');
    expect(first?.deleted).toBe(true);
    a2p.reviewCampaign(second?.sid as string, { status: 'VERIFIED' });
    expect(await check()).toMatchObject({ status: 'approved', errors: [] });
    await drainJobs(t.ctx, jobDefinitions);
    const after = await t.ctx.db
      .selectFrom('messages')
      .select(['status'])
      .where(
        'id',
        'in',
        held.map((m) => m.id),
      )
      .execute();
    expect(after.map((m) => m.status)).toEqual(held.map(() => 'sent'));
    const next = await receiveTextableLead(t.ctx, t.team.workspace.id, nextPhone());
    await drainJobs(t.ctx, jobDefinitions);
    expect((await outbound(next.leadId))[0]?.status).toBe('sent');
  });

  it("a rejected brand shows Twilio's reason; submitting again registers a new brand", async () => {
    const theirs = asSession(other.owner.session);
    expect(
      (await call('PUT', '/a2p/brand', { ...BRAND, legalName: 'Other Homes Inc' }, theirs)).statusCode,
    ).toBe(200);
    expect((await call('POST', '/a2p/submit', undefined, theirs)).json()).toMatchObject({
      status: 'pending',
    });
    const brand = a2p.made('BrandRegistrations').at(-1);
    a2p.reviewBrand(brand?.sid as string, {
      status: 'FAILED',
      errors: [{ code: 30702, description: 'Registration not found' }],
    });
    t.clock.advance(2 * A2P_CHECK_INTERVAL_MS);
    await drainJobs(t.ctx, jobDefinitions);
    const rejected = (await call('GET', '/a2p', undefined, theirs)).json();
    expect(rejected).toMatchObject({ status: 'rejected', stage: 'brand', twilio: { brandStatus: 'FAILED' } });
    expect(rejected.errors).toEqual([
      expect.objectContaining({
        code: 30702,
        advice: expect.stringContaining('legal name, EIN and address'),
      }),
    ]);
    // The first workspace's registration is untouched.
    expect((await call('GET', '/a2p')).json()).toMatchObject({ status: 'approved' });

    const count = a2p.made('BrandRegistrations').length;
    expect((await call('POST', '/a2p/submit', undefined, theirs)).json()).toMatchObject({
      status: 'pending',
      stage: 'brand',
    });
    expect(a2p.made('BrandRegistrations')).toHaveLength(count + 1);
  });

  it('counts only US long codes: not toll-free, not Canada', () => {
    expect(isUs10dlc('+15125550100')).toBe(true);
    expect(isUs10dlc('+18005550100')).toBe(false);
    expect(isUs10dlc('+14165550100')).toBe(false);
    expect(isUs10dlc('not a number')).toBe(false);
  });

  async function operatorSession() {
    const op = await buildOperator(t.ctx);
    return signIn(t.app, op.user.email, op.password);
  }
});
