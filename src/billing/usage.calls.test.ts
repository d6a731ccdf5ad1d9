import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../test/fakes/twilio/webhooks.js';
import { testDialect } from '../../test/helpers/db.js';
import { nextPhone } from '../../test/helpers/factories.js';
import {
  PUBLIC_URL,
  postWebhook,
  TWILIO_ACCOUNT_SID,
  TWILIO_AUTH_TOKEN,
} from '../../test/helpers/twilio-app.js';
import { buildVoiceTestApp, startCall, type VoiceTestApp } from '../../test/helpers/voice.js';

/** A call's minutes are metered once, when it ends, however often Twilio says it ended. */
describe(`usage from calls, on ${testDialect()}`, () => {
  let t: VoiceTestApp;

  beforeAll(async () => {
    t = await buildVoiceTestApp();
  });
  afterAll(() => t.close());

  it('records the started minutes of a call once, whatever repeats its end', async () => {
    const { relay, callId, callSid } = await startCall(t, { from: nextPhone() });
    await relay.say("Hi, I'm looking to buy a house");
    const ended = () =>
      postWebhook(
        t,
        signWebhook(TWILIO_AUTH_TOKEN, `${PUBLIC_URL}/webhooks/twilio/voice/ended`, {
          CallSid: callSid,
          AccountSid: TWILIO_ACCOUNT_SID,
          CallStatus: 'completed',
          SessionDuration: '61',
        }),
      );
    expect((await ended()).statusCode).toBe(200);
    expect((await ended()).statusCode).toBe(200);
    relay.close();
    await relay.waitClosed();

    const minutes = await t.ctx.db
      .selectFrom('usageEvents')
      .selectAll()
      .where('workspaceId', '=', t.team.workspace.id)
      .where('unit', '=', 'voice_minute')
      .execute();
    expect(minutes).toHaveLength(1);
    expect(minutes[0]).toMatchObject({ callId, idempotencyKey: `call:${callId}` });
    expect(Number(minutes[0]?.quantity)).toBe(2);
  });
});
