import { useId } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SelectField } from '../../components/Field.tsx';
import { formatTime } from '../../components/Time.tsx';
import type { Agent, Slot } from './types.ts';
import { shiftAnchor, visibleDays } from './week-grid.ts';

export interface SlotPickerProps {
  typeId: string;
  agents: Agent[];
  /** An agent offered even when not among `agents`, such as the one an appointment already has. */
  currentAgentId?: string;
  agentId: string;
  date: string;
  zone: string;
  selected: Slot | null;
  agentName(id: string): string;
  onAgent(agentId: string): void;
  onDate(date: string): void;
  /** Also called with null when the agent or the date changes, since the picked time no longer applies. */
  onSelect(slot: Slot | null): void;
}

export const slotKey = (slot: Slot) => `${slot.start}|${slot.agentId}`;

/** The agent (or anyone free), then the free times of one day for a type, as a group of radio buttons. */
export function SlotPicker({
  typeId,
  agents,
  currentAgentId,
  agentId,
  date,
  zone,
  selected,
  agentName,
  onAgent,
  onDate,
  onSelect,
}: SlotPickerProps) {
  const dateId = useId();
  const pickDate = (next: string) => {
    onDate(next);
    onSelect(null);
  };
  const [day] = visibleDays('day', date, zone);
  const slots = useApi(
    (signal) =>
      typeId && day
        ? api<{ slots: Slot[] }>('/slots', {
            query: { type: typeId, from: day.start, to: day.end, tz: zone, agentId: agentId || undefined },
            signal,
          })
        : Promise.resolve({ slots: [] }),
    [typeId, agentId, date, zone],
  );
  const list = slots.data?.slots ?? [];
  return (
    <>
      <SelectField
        label="Agent"
        value={agentId}
        onChange={(e) => {
          onAgent(e.target.value);
          onSelect(null);
        }}
        options={[
          { value: '', label: 'Anyone free' },
          ...agents.map((agent) => ({ value: agent.id, label: agent.name })),
          ...(currentAgentId === undefined || agents.some((a) => a.id === currentAgentId)
            ? []
            : [{ value: currentAgentId, label: agentName(currentAgentId) }]),
        ]}
      />
      <fieldset className="slot-picker">
        <legend>Time</legend>
        <div className="slot-day">
          <button
            type="button"
            className="button"
            onClick={() => pickDate(shiftAnchor('day', date, -1, zone))}
          >
            <span aria-hidden="true">‹</span>
            <span className="visually-hidden">Previous day</span>
          </button>
          <label htmlFor={dateId} className="visually-hidden">
            Date
          </label>
          <input
            id={dateId}
            type="date"
            value={date}
            onChange={(e) => e.target.value && pickDate(e.target.value)}
          />
          <button
            type="button"
            className="button"
            onClick={() => pickDate(shiftAnchor('day', date, 1, zone))}
          >
            <span aria-hidden="true">›</span>
            <span className="visually-hidden">Next day</span>
          </button>
        </div>
        <ErrorBanner error={slots.error} onRetry={() => void slots.reload()} />
        {!typeId ? (
          <p className="field-hint">Pick an appointment type first.</p>
        ) : slots.loading ? (
          <p role="status">Looking for free times…</p>
        ) : list.length === 0 ? (
          <p role="status">No free time that day.</p>
        ) : (
          <div className="slot-list">
            {list.map((slot) => {
              const key = slotKey(slot);
              return (
                <label key={key} className="slot">
                  <input
                    type="radio"
                    name={`slot-${typeId}`}
                    value={key}
                    checked={selected ? slotKey(selected) === key : false}
                    onChange={() => onSelect(slot)}
                  />
                  <span>
                    {formatTime(slot.start, zone, 'time')}
                    {!agentId && <span className="slot-agent"> · {agentName(slot.agentId)}</span>}
                  </span>
                </label>
              );
            })}
          </div>
        )}
      </fieldset>
    </>
  );
}
