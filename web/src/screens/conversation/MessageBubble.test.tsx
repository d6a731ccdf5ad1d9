import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../api/leads.ts';
import { MessageBubble } from './MessageBubble.tsx';
import { messageStatus } from './message-status.ts';

function message(overrides: Partial<Message>): Message {
  return {
    id: 'm1',
    direction: 'outbound',
    author: 'assistant',
    kind: 'reply',
    status: 'sent',
    body: 'Are you looking to buy or sell?',
    segments: 1,
    createdAt: '2026-01-15T16:00:00.000Z',
    sentAt: '2026-01-15T16:00:01.000Z',
    deliveredAt: null,
    errorCode: null,
    gate: { outcome: 'allowed', reason: 'allowed', deferUntil: null },
    ...overrides,
  };
}

const noTime = (iso: string) => `at ${iso}`;

describe('a message’s status', () => {
  it('gives the gate’s reason for a blocked text', () => {
    const view = messageStatus(
      message({ status: 'blocked', gate: { outcome: 'blocked', reason: 'opted_out', deferUntil: null } }),
      noTime,
    );
    expect(view).toEqual({ label: 'Blocked', reason: 'Not sent: the lead opted out', tone: 'error' });
  });

  it('says when a held text goes out', () => {
    const view = messageStatus(
      message({
        status: 'deferred',
        gate: { outcome: 'deferred', reason: 'quiet_hours', deferUntil: '2026-01-16T14:00:00.000Z' },
      }),
      noTime,
    );
    expect(view.reason).toBe("Held until at 2026-01-16T14:00:00.000Z — quiet hours in the lead's time zone");
    expect(view.tone).toBe('warning');
  });

  it('names the rule holding a text and when it goes', () => {
    const view = messageStatus(
      message({
        status: 'deferred',
        gate: {
          outcome: 'deferred',
          reason: 'state_cap',
          deferUntil: '2026-01-20T14:00:00.000Z',
          rule: {
            code: 'state_cap',
            label: 'Florida daily limit',
            state: 'FL',
            citation: 'Fla. Stat. § 501.616(6)(b)',
            sendAnyway: false,
          },
        },
      }),
      noTime,
    );
    expect(view.reason).toBe('Held until at 2026-01-20T14:00:00.000Z — Florida daily limit');
  });

  it('says why a held text that went stale was not sent', () => {
    const view = messageStatus(
      message({
        status: 'blocked',
        gate: { outcome: 'blocked', reason: 'stale_superseded', deferUntil: null },
      }),
      noTime,
    );
    expect(view.reason).toBe('Not sent: the lead wrote again before it could go, and got a newer answer');
  });

  it('shows an unknown gate reason in words rather than hiding it', () => {
    const view = messageStatus(
      message({ status: 'blocked', gate: { outcome: 'blocked', reason: 'some_new_rule', deferUntil: null } }),
      noTime,
    );
    expect(view.reason).toBe('Not sent: some new rule');
  });

  it('names the carrier error of a failed text, and adds nothing to a delivered one', () => {
    expect(messageStatus(message({ status: 'failed', errorCode: '30007' }), noTime).reason).toBe(
      'Carrier error 30007',
    );
    expect(messageStatus(message({ status: 'delivered' }), noTime)).toEqual({
      label: 'Delivered',
      reason: null,
      tone: 'ok',
    });
  });
});

describe('<MessageBubble>', () => {
  afterEach(cleanup);
  const renderBubble = (value: Message) =>
    render(
      <ol>
        <MessageBubble message={value} />
      </ol>,
    );

  it('marks who wrote it and which side it sits on', () => {
    renderBubble(
      message({ direction: 'inbound', author: 'lead', status: 'received', gate: null, body: 'Hi' }),
    );
    const item = screen.getByRole('listitem');
    expect(item.dataset.author).toBe('lead');
    expect(item.className).toContain('theirs');
    expect(screen.getByText('Lead')).toBeTruthy();
    expect(screen.queryByText(/Received/)).toBeNull();
  });

  it('shows a held text with its release time in the viewer’s zone and the rule', () => {
    renderBubble(
      message({
        author: 'assistant',
        status: 'deferred',
        gate: {
          outcome: 'deferred',
          reason: 'quiet_hours',
          deferUntil: '2026-01-20T14:00:00.000Z',
          rule: {
            code: 'state_hours',
            label: 'Florida calling hours',
            state: 'FL',
            citation: 'Fla. Stat. § 501.616(6)(a)',
            sendAnyway: false,
          },
        },
      }),
    );
    expect(screen.getByText(/Held$/)).toBeTruthy();
    expect(screen.getByText(/^Held until .*20.* — Florida calling hours$/)).toBeTruthy();
  });

  it('shows the status and the reason under a blocked agent text', () => {
    renderBubble(
      message({
        author: 'agent',
        status: 'blocked',
        gate: { outcome: 'blocked', reason: 'do_not_contact', deferUntil: null },
      }),
    );
    expect(screen.getByRole('listitem').className).toContain('ours');
    expect(screen.getByText('Agent')).toBeTruthy();
    expect(screen.getByText(/Blocked/)).toBeTruthy();
    expect(screen.getByText('Not sent: on the do-not-contact list')).toBeTruthy();
  });
});
