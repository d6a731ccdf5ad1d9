import { useOptionalSession } from '../api/session.tsx';

/** The zone to show times in: the user's own, else the browser's. */
export function useViewerZone(): string {
  const zone = useOptionalSession()?.user?.timezone;
  return zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function formatTime(iso: string, zone: string, style: 'short' | 'long' | 'time' = 'short'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    style === 'time'
      ? { hour: 'numeric', minute: '2-digit', timeZone: zone }
      : style === 'long'
        ? { dateStyle: 'full', timeStyle: 'short', timeZone: zone }
        : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: zone };
  return new Intl.DateTimeFormat(undefined, options).format(date);
}

/** A duration in seconds as "42 s", "3 min", "2 h 5 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}

/** A machine-readable <time> shown in the viewer's zone. */
export function Time({ value, style = 'short' }: { value: string; style?: 'short' | 'long' | 'time' }) {
  const zone = useViewerZone();
  return (
    <time dateTime={value} title={formatTime(value, zone, 'long')}>
      {formatTime(value, zone, style)}
    </time>
  );
}
