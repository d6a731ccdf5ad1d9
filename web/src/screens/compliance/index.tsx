import '../appointments/appointments.css';
import './compliance.css';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { api, isNotFound } from '../../api/client.ts';
import { isManager, useUser } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { ConsentLogTab, OptOutsTab } from './ConsentLogTab.tsx';
import { DoNotContactTab } from './DoNotContactTab.tsx';
import { PrivacyTab } from './PrivacyTab.tsx';

/** Whether this server has the privacy requests queue: a 404 hides its tab. */
export function usePrivacyAvailable(enabled: boolean): boolean {
  const probe = useApi(
    (signal) =>
      enabled
        ? api('/privacy/requests', { query: { limit: 1 }, signal }).then(() => true)
        : Promise.resolve(false),
    [enabled],
  );
  if (probe.error) return !isNotFound(probe.error);
  return probe.data === true;
}

/** The consent log, opt-outs, the do-not-contact list and privacy requests. */
export function ComplianceScreen() {
  const user = useUser();
  const [location] = useLocation();
  const manager = isManager(user);
  const privacy = usePrivacyAvailable(manager);
  if (!manager) {
    return (
      <section>
        <h1>Compliance</h1>
        <p>The compliance records are for the workspace's admins and owners.</p>
      </section>
    );
  }
  const tabs = [
    { path: '/consent-log', label: 'Consent log' },
    { path: '/opt-outs', label: 'Opt-outs' },
    { path: '/do-not-contact', label: 'Do not contact' },
    ...(privacy ? [{ path: '/privacy', label: 'Privacy requests' }] : []),
  ];
  return (
    <section className="compliance-screen" aria-labelledby="compliance-title">
      <header className="screen-header">
        <h1 id="compliance-title">Compliance</h1>
      </header>
      <nav aria-label="Compliance sections">
        <ul className="tabs">
          {tabs.map((tab) => (
            <li key={tab.path}>
              <Link href={tab.path} className="tab" aria-current={location === tab.path ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="compliance-body">
        <Switch>
          <Route path="/consent-log" component={ConsentLogTab} />
          <Route path="/opt-outs" component={OptOutsTab} />
          <Route path="/do-not-contact" component={DoNotContactTab} />
          {/* Routed even before the probe answers, so a link straight to it works. */}
          <Route path="/privacy" component={PrivacyTab} />
          <Route>
            <Redirect to="/consent-log" replace />
          </Route>
        </Switch>
      </div>
    </section>
  );
}
