import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import {
  listNotifications,
  markNotificationRead,
  type NotificationItem,
  notificationHref,
} from '../api/alerts.ts';
import { useApi } from '../api/use-api.ts';
import { Time } from './Time.tsx';

/** How often the bell asks for new notes; the live events stream does not carry them. */
const POLL_MS = 60_000;

/** The bell in the header: unread notes for the signed-in person, newest first; a click opens the lead. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const [, navigate] = useLocation();
  const notes = useApi((signal) => listNotifications(signal), []);

  useEffect(() => {
    const timer = setInterval(() => void notes.reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [notes.reload]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const unread = notes.data?.unreadCount ?? 0;

  async function openNote(note: NotificationItem) {
    setOpen(false);
    if (!note.readAt) {
      notes.setData((page) =>
        page
          ? {
              ...page,
              unreadCount: Math.max(0, page.unreadCount - 1),
              items: page.items.map((n) =>
                n.id === note.id ? { ...n, readAt: new Date().toISOString() } : n,
              ),
            }
          : page,
      );
      await markNotificationRead(note.id).catch(() => undefined);
    }
    navigate(notificationHref(note));
  }

  return (
    <div className="notification-bell">
      <button
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls="notification-panel"
        onClick={() => {
          setOpen((value) => !value);
          if (!open) void notes.reload();
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" className="bell-icon">
          <path
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
            fill="currentColor"
          />
        </svg>
        <span className="visually-hidden">Notifications</span>
        {unread > 0 && (
          <span className="bell-count">
            {unread}
            <span className="visually-hidden"> unread</span>
          </span>
        )}
      </button>
      {open && (
        <section id="notification-panel" className="notification-panel" aria-label="Notifications">
          {notes.error && <p role="alert">Notifications could not be loaded.</p>}
          {notes.data && notes.data.items.length === 0 && <p className="muted">Nothing yet.</p>}
          <ul>
            {notes.data?.items.map((note) => (
              <li key={note.id} className={note.readAt ? 'note read' : 'note unread'}>
                <button type="button" className="note-link" onClick={() => void openNote(note)}>
                  <strong>{note.subject}</strong>
                  <span className="note-body">{note.body.split('\n')[0]}</span>
                  <Time value={note.createdAt} />
                  {!note.readAt && <span className="visually-hidden"> (unread)</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
