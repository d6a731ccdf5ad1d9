import '../appointments/appointments.css';
import '../settings/settings.css';
import './knowledge.css';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { isManager, useUser } from '../../api/session.tsx';
import { FaqsTab } from './FaqsTab.tsx';
import { ListingsTab } from './ListingsTab.tsx';
import { ScriptEditor } from './ScriptEditor.tsx';

/**
 * What the assistant knows and asks: listings and FAQ entries (any member keeps them up to date) and
 * the qualification script (admins and owners, as the rest of the assistant's settings).
 */
export function KnowledgeScreen() {
  const user = useUser();
  const [location] = useLocation();
  const manager = isManager(user);
  const tabs = [
    { path: '/listings', label: 'Listings' },
    { path: '/faqs', label: 'FAQs' },
    ...(manager ? [{ path: '/script', label: 'Qualification script' }] : []),
  ];
  return (
    <section className="knowledge-screen" aria-labelledby="knowledge-title">
      <header className="screen-header">
        <h1 id="knowledge-title">Knowledge</h1>
      </header>
      <nav aria-label="Knowledge sections">
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
      <Switch>
        <Route path="/listings" component={ListingsTab} />
        <Route path="/faqs" component={FaqsTab} />
        <Route path="/script">
          {manager ? <ScriptEditor /> : <p>Only the workspace's admins and owners can change the script.</p>}
        </Route>
        <Route>
          <Redirect to="/listings" replace />
        </Route>
      </Switch>
    </section>
  );
}
