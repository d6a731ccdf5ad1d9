import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { apiFieldErrors, errorFor, unplacedErrors } from './form-errors.ts';
import {
  checkAppointmentType,
  checkMessaging,
  checkNewUser,
  checkPersona,
  checkPhoneNumber,
  checkTemplates,
  checkWorkspace,
  embedSnippet,
  type MessagingForm,
  parseReminderOffsets,
  parseScript,
} from './validation.ts';

const messaging = (patch: Partial<MessagingForm> = {}): MessagingForm => ({
  quietHours: { enabled: true, start: '21:00', end: '08:00' },
  directReplyIgnoresQuietHours: true,
  contactDailyCap: '6',
  workspaceDailyCap: '5000',
  agentNotifications: 'both',
  ...patch,
});

describe('messaging settings', () => {
  it('sends quiet hours and caps as the API expects', () => {
    expect(checkMessaging(messaging()).value).toEqual({
      quietHours: { start: '21:00', end: '08:00' },
      directReplyIgnoresQuietHours: true,
      contactDailyCap: 6,
      workspaceDailyCap: 5000,
      agentNotifications: 'both',
    });
    expect(
      checkMessaging(messaging({ quietHours: { enabled: false, start: '', end: '' } })).value?.quietHours,
    ).toBeNull();
  });

  it('points at each bad field', () => {
    const { errors } = checkMessaging(
      messaging({
        quietHours: { enabled: true, start: '9pm', end: '21:00' },
        contactDailyCap: '51',
        workspaceDailyCap: 'many',
      }),
    );
    expect(errors).toEqual({
      'quietHours.start': 'A time as HH:MM',
      contactDailyCap: 'From 1 to 50',
      workspaceDailyCap: 'A whole number',
    });
    expect(
      checkMessaging(messaging({ quietHours: { enabled: true, start: '21:00', end: '21:00' } })).errors,
    ).toEqual({
      'quietHours.end': 'Start and end must differ',
    });
  });
});

describe('workspace, persona and templates', () => {
  it('checks the profile and upper-cases the region', () => {
    expect(
      checkWorkspace({ name: ' Acme ', timezone: 'America/Chicago', defaultRegion: 'us' }).value,
    ).toEqual({
      name: 'Acme',
      timezone: 'America/Chicago',
      defaultRegion: 'US',
    });
    expect(checkWorkspace({ name: '', timezone: 'Mars/Olympus', defaultRegion: 'USA' }).errors).toEqual({
      name: 'Give the workspace a name',
      timezone: 'An IANA time zone such as America/Chicago',
      defaultRegion: 'A two-letter country code such as US',
    });
  });

  it('sends an empty persona name as null (the agent texts in their own name)', () => {
    expect(checkPersona({ assistantName: '  ', tone: 'warm' }).value).toEqual({
      assistantName: null,
      tone: 'warm',
    });
    expect(checkPersona({ assistantName: 'x'.repeat(41), tone: '' }).errors).toEqual({
      assistantName: 'At most 40 characters',
      tone: 'Describe the tone in a few words',
    });
  });

  it('keeps templates within a text or two and the STOP answer honest', () => {
    const ok = {
      introTemplate: 'Hi {firstName}, this is the automated assistant for {businessName}.',
      firstResponseTemplate: 'Hi {firstName}!',
      helpTemplate: 'Help: {supportContact}',
      stopTemplate: 'You are unsubscribed.',
      startTemplate: 'Welcome back.',
    };
    expect(checkTemplates(ok).errors).toBeNull();
    expect(
      checkTemplates({
        ...ok,
        helpTemplate: ' ',
        stopTemplate: 'Bye',
        firstResponseTemplate: 'x'.repeat(641),
      }).errors,
    ).toEqual({
      helpTemplate: 'Cannot be empty',
      stopTemplate: 'Say that no more texts will be sent',
      firstResponseTemplate: 'At most 640 characters',
    });
  });

  it('reads the script as JSON with a questions list', () => {
    expect(
      parseScript('{"questions":[{"slot":"intent","phrasings":["Buy or sell?"]}]}').value?.questions,
    ).toHaveLength(1);
    expect(parseScript('{questions:').errors).toEqual({ script: 'Not valid JSON' });
    expect(parseScript('{"questions":[]}').errors).toEqual({ script: 'Between 1 and 20 questions' });
    expect(parseScript('[]').errors).toEqual({ script: 'Needs a "questions" list' });
  });
});

describe('people, numbers, reminders and the embed code', () => {
  it('checks a new user', () => {
    expect(
      checkNewUser({
        name: 'Ann',
        email: ' Ann@Example.COM ',
        role: 'agent',
        password: 'long enough pw',
        timezone: '',
      }).value,
    ).toEqual({ name: 'Ann', email: 'ann@example.com', role: 'agent', password: 'long enough pw' });
    expect(
      checkNewUser({ name: '', email: 'ann', role: 'agent', password: 'short', timezone: 'Nowhere' }).errors,
    ).toEqual({
      name: 'Enter a name',
      email: 'Enter an email address',
      password: 'At least 10 characters',
      timezone: 'An IANA time zone',
    });
  });

  it('normalises a phone number and checks the Messaging Service SID', () => {
    expect(checkPhoneNumber({ number: '+1 (512) 555-0100', messagingServiceSid: '' }).value).toEqual({
      number: '+15125550100',
    });
    expect(checkPhoneNumber({ number: '5125550100', messagingServiceSid: 'MG1' }).errors).toEqual({
      number: 'An E.164 number such as +15125550100',
      messagingServiceSid: 'A Messaging Service SID (MG…)',
    });
  });

  it('reads reminder offsets', () => {
    expect(parseReminderOffsets('1440, 60').value).toEqual([1440, 60]);
    expect(parseReminderOffsets('').value).toEqual([]);
    expect(parseReminderOffsets('60, 60').errors).toEqual({ reminderOffsetsMinutes: 'Each once' });
    expect(parseReminderOffsets('2').errors?.reminderOffsetsMinutes).toMatch(/From 5/);
  });

  it('builds the iframe for the workspace form', () => {
    expect(embedSnippet('https://cc.example/', 'acme-realty', 'website')).toBe(
      '<iframe src="https://cc.example/f/acme-realty?source=website" title="Contact form" width="100%" height="640" style="border:0;max-width:480px" loading="lazy"></iframe>',
    );
  });
});

describe('errors from the API envelope', () => {
  const envelope = new ApiError(400, 'validation_failed', 'The request is not valid', {
    issues: [
      { path: 'body.quietHours.start', message: 'a time as HH:MM' },
      { path: 'body.contactDailyCap', message: 'Too big' },
      { path: 'body', message: 'give either "phone" or "email"' },
    ],
  });

  it('places each issue next to its field and keeps the rest for a banner', () => {
    const errors = apiFieldErrors(envelope);
    expect(errors).toEqual({
      'quietHours.start': 'a time as HH:MM',
      contactDailyCap: 'Too big',
      '': 'give either "phone" or "email"',
    });
    expect(errorFor(errors, 'quietHours')).toBe('a time as HH:MM');
    expect(unplacedErrors(errors, ['quietHours', 'contactDailyCap'])).toEqual([
      'give either "phone" or "email"',
    ]);
  });

  it('uses the message when no field is named', () => {
    expect(apiFieldErrors(new ApiError(409, 'conflict', 'That email is taken'))).toEqual({
      '': 'That email is taken',
    });
  });
});

describe('appointment types', () => {
  const form = {
    name: 'Buyer consultation',
    kind: 'buyer_consultation',
    description: ' ',
    durationMinutes: '45',
    slotStepMinutes: '15',
    locationKind: 'office',
    locationText: '1 Main St',
    assignment: 'round_robin',
    active: true,
    agents: { u1: '2', u2: '', u3: '1' },
  };

  it('sends durations as numbers and only the agents given a weight', () => {
    expect(checkAppointmentType(form).value).toEqual({
      name: 'Buyer consultation',
      kind: 'buyer_consultation',
      description: null,
      durationMinutes: 45,
      slotStepMinutes: 15,
      locationKind: 'office',
      locationText: '1 Main St',
      assignment: 'round_robin',
      active: true,
      agents: [
        { agentId: 'u1', weight: 2 },
        { agentId: 'u3', weight: 1 },
      ],
    });
  });

  it('keeps durations on the 5-minute grid', () => {
    expect(
      checkAppointmentType({
        ...form,
        name: '',
        durationMinutes: '42',
        slotStepMinutes: '0',
        agents: { u1: '500' },
      }).errors,
    ).toEqual({
      name: 'Name the type, e.g. Buyer consultation',
      durationMinutes: 'A multiple of 5 minutes',
      slotStepMinutes: 'From 5 to 240 minutes',
      'agents.u1': 'Weight: From 1 to 100',
    });
  });
});
