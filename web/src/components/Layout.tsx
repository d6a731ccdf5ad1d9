import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { isManager, useSession } from '../api/session.tsx';
import type { SessionUser } from '../api/types.ts';
import './alerts.css';
import { AlertsWarning } from './AlertsWarning.tsx';
import { NotificationBell } from './NotificationBell.tsx';

interface NavItem {
  href: string;
  label: string;
}

/** What each role sees: agents work leads; admins and owners also run the workspace. */
export function navigationFor(user: Pick<SessionUser, 'role' | 'isOperator'>): NavItem[] {
  const items: NavItem[] = [];
  if (user.role) {
    items.push(
      { href: '/inbox', label: 'Inbox' },
      { href: '/appointments', label: 'Appointments' },
      { href: '/knowledge', label: 'Knowledge' },
      { href: '/sandbox', label: 'Sandbox phone' },
    );
    if (isManager(user)) {
      items.push(
        { href: '/analytics', label: 'Analytics' },
        { href: '/settings', label: 'Settings' },
        { href: '/integrations', label: 'Integrations' },
        { href: '/compliance', label: 'Compliance' },
      );
    }
  }
  if (user.isOperator) items.push({ href: '/workspaces', label: 'Workspaces' });
  return items;
}

function isCurrent(location: string, href: string): boolean {
  return (
    location === href ||
    location.startsWith(`${href}/`) ||
    (href === '/inbox' && location.startsWith('/leads/'))
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { user, workspace, signOut } = useSession();
  const [location, navigate] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  // After moving to another screen, the menu (at phone width) closes and focus goes to the new content,
  // where a screen reader starts reading.
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location]);

  if (!user) return <>{children}</>;
  const items = navigationFor(user);

  async function handleSignOut() {
    await signOut().catch(() => undefined);
    navigate('/sign-in');
  }

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/inbox" className="brand">
          Closing Cloud
        </Link>
        {workspace && <span className="workspace-name">{workspace.name}</span>}
        {user.role && <NotificationBell />}
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <nav id="main-nav" aria-label="Main" className={menuOpen ? 'main-nav open' : 'main-nav'}>
          <ul>
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={isCurrent(location, item.href) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          <ul className="account-nav">
            <li>
              <Link href="/account" aria-current={location === '/account' ? 'page' : undefined}>
                {user.name}
              </Link>
            </li>
            <li>
              <button type="button" className="button button-link" onClick={handleSignOut}>
                Sign out
              </button>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {isManager(user) && <AlertsWarning />}
        {children}
      </main>
    </div>
  );
}
