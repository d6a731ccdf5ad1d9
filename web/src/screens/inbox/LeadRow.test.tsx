import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeadSummary } from '../../api/leads.ts';
import { LeadRow } from './LeadRow.tsx';

afterEach(cleanup);

function lead(overrides: Partial<LeadSummary>): LeadSummary {
  return {
    id: '01a24db4-008f-7070-8fe3-07a7804cec44',
    contactId: '01a24db4-008f-706f-af61-1766e15e270f',
    name: null,
    phone: '+15125550101',
    email: null,
    source: 'zillow',
    leadType: null,
    stage: 'contacted',
    score: 0,
    assignedUserId: null,
    assignedUserName: 'Avery Agent',
    needsHuman: false,
    assistantPaused: false,
    receivedAt: '2026-03-10T15:00:00.000Z',
    lastActivityAt: '2026-03-10T15:00:00.000Z',
    firstResponseSentAt: null,
    speedToLeadSeconds: null,
    lastMessage: {
      direction: 'outbound',
      status: 'sent',
      preview: 'Hi Dana, are you looking to buy, sell, or both?',
      createdAt: '2026-03-10T15:00:01.000Z',
    },
    ...overrides,
  };
}

const row = () => screen.getByRole('listitem');

describe('<LeadRow>', () => {
  it('names the lead when the name is known, and shows the phone only when it is not', () => {
    render(
      <ul>
        <LeadRow lead={lead({ name: 'Dana Named', speedToLeadSeconds: 0.43 })} />
      </ul>,
    );
    expect(screen.getByText('Dana Named')).toBeTruthy();
    expect(row().textContent).not.toContain('+15125550101');
    expect(screen.getByTestId('speed-to-lead').textContent).toBe('0.4 s');
    cleanup();

    render(
      <ul>
        <LeadRow lead={lead({ name: null, speedToLeadSeconds: 754 })} />
      </ul>,
    );
    expect(screen.getByText('+15125550101')).toBeTruthy();
    expect(screen.getByTestId('speed-to-lead').textContent).toBe('13 min');
  });

  it('writes a dash for speed to lead while no text has gone, and says so of a text that was held', () => {
    render(
      <ul>
        <LeadRow
          lead={lead({
            name: 'Hana Held',
            lastMessage: {
              direction: 'outbound',
              status: 'blocked',
              preview: 'Hi Hana, thanks for reaching out!',
              createdAt: '2026-03-10T15:00:01.000Z',
            },
          })}
        />
      </ul>,
    );
    expect(screen.getByTestId('speed-to-lead').textContent).toBe('—');
    expect(screen.getByText('Not sent:')).toBeTruthy();
  });

  it('shows no id of the lead or its contact', () => {
    render(
      <ul>
        <LeadRow lead={lead({ name: 'Dana Named' })} />
      </ul>,
    );
    expect(row().textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
  });
});
