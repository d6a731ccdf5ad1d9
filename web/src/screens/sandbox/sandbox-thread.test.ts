import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../api/leads.ts';
import { madeUpNumber, phoneThread, samePhone } from './sandbox-thread.ts';

function outbox(id: string, to: string, createdAt: string): OutboxItem {
  return {
    id,
    leadId: 'l1',
    to,
    from: '+15551234567',
    body: `reply ${id}`,
    kind: 'reply',
    status: 'sent',
    gateReason: 'allowed',
    createdAt,
    sentAt: createdAt,
  };
}

describe('the sandbox phone screen', () => {
  it("shows this phone's texts and the replies to it, oldest first, the lead's text first on a tie", () => {
    const sent = [
      { id: 's1', body: 'hi', createdAt: '2026-01-01T10:00:00.000Z', leadId: 'l1', handled: 'reply' },
    ];
    const items = [
      outbox('o2', '+15125550142', '2026-01-01T10:00:05.000Z'),
      outbox('o1', '+15125550142', '2026-01-01T10:00:00.000Z'),
      outbox('x', '+15125550199', '2026-01-01T10:00:01.000Z'),
    ];
    expect(phoneThread(sent, items, '+1 (512) 555-0142').map((entry) => entry.id)).toEqual([
      'sent-s1',
      'out-o1',
      'out-o2',
    ]);
  });

  it('matches numbers whatever their punctuation, never an empty one', () => {
    expect(samePhone('+15125550142', '(512) 555-0142')).toBe(true);
    expect(samePhone('+15125550142', '+15125550143')).toBe(false);
    expect(samePhone(null, '+15125550142')).toBe(false);
    expect(samePhone('+15125550142', '')).toBe(false);
  });

  it('makes up numbers in the fictional 555-01xx range', () => {
    expect(madeUpNumber(() => 0)).toBe('+15125550100');
    expect(madeUpNumber(() => 0.999)).toBe('+15125550199');
  });
});
