import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { formatTimeRange } from '../../components/time-format.ts';
import type { Appointment } from './types.ts';
import { type DayColumn, hourLabels, MINUTES_PER_DAY, placeItems } from './week-grid.ts';

const HOUR_PX = 48;

export interface CalendarGridProps {
  days: DayColumn[];
  appointments: Appointment[];
  zone: string;
  today: string;
  /** The block's lines: who it is with (the lead's name), then what and with which agent. */
  describe(appointment: Appointment): { title: string; subtitle: string };
  onOpen(appointment: Appointment): void;
}

/**
 * The week or day grid. Appointments are buttons in time order; arrow keys move between them
 * (up/down within a day, left/right to the nearest one on the neighbouring day), Enter opens one.
 */
export function CalendarGrid({ days, appointments, zone, today, describe, onOpen }: CalendarGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const placed = useMemo(() => placeItems(appointments, days, zone), [appointments, days, zone]);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 7 * HOUR_PX;
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const key = target.dataset.key;
    if (!key || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    const index = placed.findIndex((p) => `${p.item.id}:${p.dayIndex}` === key);
    const current = placed[index];
    if (!current) return;
    let next = current;
    if (event.key === 'ArrowDown') next = placed[index + 1] ?? current;
    if (event.key === 'ArrowUp') next = placed[index - 1] ?? current;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const step = event.key === 'ArrowLeft' ? -1 : 1;
      for (let day = current.dayIndex + step; day >= 0 && day < days.length; day += step) {
        const candidates = placed.filter((p) => p.dayIndex === day);
        if (candidates.length === 0) continue;
        next = candidates.reduce((best, p) =>
          Math.abs(p.startMinute - current.startMinute) < Math.abs(best.startMinute - current.startMinute)
            ? p
            : best,
        );
        break;
      }
    }
    event.preventDefault();
    scroller.current?.querySelector<HTMLElement>(`[data-key="${next.item.id}:${next.dayIndex}"]`)?.focus();
  }

  const height = (MINUTES_PER_DAY / 60) * HOUR_PX;
  return (
    <div className="calendar" style={{ ['--days' as string]: days.length }}>
      <div className="calendar-head" aria-hidden="true">
        <span className="calendar-gutter" />
        {days.map((day) => (
          <span
            key={day.date}
            className={day.date === today ? 'calendar-day-label today' : 'calendar-day-label'}
          >
            {day.label}
          </span>
        ))}
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the appointment buttons inside */}
      <div className="calendar-scroll" ref={scroller} onKeyDown={onKeyDown}>
        <div className="calendar-body" style={{ height }}>
          <div className="calendar-gutter" aria-hidden="true">
            {hourLabels().map((label, hour) => (
              <span key={label} className="calendar-hour" style={{ top: hour * HOUR_PX }}>
                {label}
              </span>
            ))}
          </div>
          {days.map((day, dayIndex) => {
            const mine = placed.filter((p) => p.dayIndex === dayIndex);
            return (
              <section
                key={day.date}
                className={day.date === today ? 'calendar-day today' : 'calendar-day'}
                aria-label={`${day.label}: ${mine.length === 0 ? 'no appointments' : `${mine.length} appointment${mine.length === 1 ? '' : 's'}`}`}
              >
                <ul>
                  {mine.map((p) => {
                    const { title, subtitle } = describe(p.item);
                    const when = formatTimeRange(p.item.start, p.item.end, zone);
                    const width = 100 / p.columns;
                    return (
                      <li
                        key={`${p.item.id}:${p.dayIndex}`}
                        className="calendar-item"
                        style={{
                          top: (p.startMinute / 60) * HOUR_PX,
                          height: Math.max(((p.endMinute - p.startMinute) / 60) * HOUR_PX - 2, 18),
                          left: `${p.column * width}%`,
                          width: `${width}%`,
                        }}
                      >
                        <button
                          type="button"
                          data-key={`${p.item.id}:${p.dayIndex}`}
                          className={`appointment status-${p.item.status}`}
                          onClick={() => onOpen(p.item)}
                          aria-label={`${when} ${title}, ${subtitle}, ${p.item.status.replace('_', ' ')}`}
                        >
                          <span className="appointment-time">{when}</span>
                          <span className="appointment-title">{title}</span>
                          <span className="appointment-subtitle">{subtitle}</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      </div>
    </div>
  );
}
