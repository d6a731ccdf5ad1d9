/**
 * The dashboard's service worker, built by Vite to /sw.js (see vite.config.ts): it makes the dashboard an
 * installable app and shows the server's Web Push alerts, even with every tab closed. It caches nothing,
 * so a deploy is never hidden behind an old copy. The DOM typings have no service worker scope, so the
 * few parts used here are typed below.
 */

interface AlertPayload {
  title: string;
  body: string;
  url: string;
  tag: string;
}

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface PushEvent extends ExtendableEvent {
  data: { json(): unknown } | null;
}
interface NotificationEvent extends ExtendableEvent {
  notification: Notification;
}
interface WindowClient {
  url: string;
  focus(): Promise<WindowClient>;
  navigate(url: string): Promise<WindowClient | null>;
}
interface WorkerScope {
  location: Location;
  registration: ServiceWorkerRegistration;
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]>;
    openWindow(url: string): Promise<WindowClient | null>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'push', listener: (event: PushEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEvent) => void): void;
}

const worker = self as unknown as WorkerScope;

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

function payloadOf(event: PushEvent): AlertPayload {
  const fallback: AlertPayload = {
    title: 'Closing Cloud',
    body: 'A lead needs you.',
    url: '/inbox',
    tag: 'alert',
  };
  try {
    const data = event.data?.json() as Partial<AlertPayload> | undefined;
    return { ...fallback, ...data };
  } catch {
    return fallback;
  }
}

/** Only a path on this dashboard: a payload can never send the agent elsewhere. */
function safePath(url: unknown): string {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : '/inbox';
}

worker.addEventListener('push', (event) => {
  const alert = payloadOf(event);
  event.waitUntil(
    worker.registration.showNotification(alert.title, {
      body: alert.body,
      tag: alert.tag,
      icon: '/icons/icon-192.png',
      badge: '/favicon.png',
      data: { url: safePath(alert.url) },
    }),
  );
});

worker.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = safePath((event.notification.data as { url?: unknown } | null)?.url);
  const target = new URL(path, worker.location.origin).href;
  event.waitUntil(
    (async () => {
      const open = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const client = open.find((candidate) => new URL(candidate.url).origin === worker.location.origin);
      if (client) {
        await client.focus();
        await client.navigate(target);
        return;
      }
      await worker.clients.openWindow(target);
    })(),
  );
});
