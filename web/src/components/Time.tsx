import { useOptionalSession } from '../api/session.tsx';
import { formatTime, formatTimeRange, type TimeStyle } from './time-format.ts';

export {
  formatClock,
  formatDay,
  formatDayRange,
  formatDuration,
  formatSpeed,
  formatTime,
  formatTimeRange,
  type TimeStyle,
  uses12HourClock,
} from './time-format.ts';

/** The zone to show times in: the user's own, else the browser's. */
export function useViewerZone(): string {
  const zone = useOptionalSession()?.user?.timezone;
  return zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A machine-readable <time> shown in the viewer's zone and locale. */
export function Time({ value, style = 'short' }: { value: string; style?: TimeStyle }) {
  const zone = useViewerZone();
  return (
    <time dateTime={value} title={formatTime(value, zone, 'long')}>
      {formatTime(value, zone, style)}
    </time>
  );
}

/** The clock times of a span, "9:00 – 9:45 AM", in the viewer's zone and locale. */
export function TimeRange({ start, end }: { start: string; end: string }) {
  const zone = useViewerZone();
  return (
    <time dateTime={start} title={`${formatTime(start, zone, 'long')} – ${formatTime(end, zone, 'time')}`}>
      {formatTimeRange(start, end, zone)}
    </time>
  );
}
