import { Link } from 'wouter';
import { alertDelivery } from '../api/alerts.ts';
import { useApi } from '../api/use-api.ts';

/**
 * A banner for owners and admins when hot-lead and handoff alerts can reach nobody, naming what to fix.
 * Without it, alerts went to the server log and a team learned of a hot lead a day late.
 */
export function AlertsWarning() {
  const reach = useApi((signal) => alertDelivery(signal), []);
  if (!reach.data || reach.data.deliverable) return null;
  return (
    <div className="alerts-warning" role="alert">
      <strong>Hot-lead and handoff alerts reach nobody.</strong>
      <ul>
        {reach.data.problems.map((problem) => (
          <li key={problem.code}>{problem.message}</li>
        ))}
      </ul>
      <p>
        <Link href="/account">Set up your alerts</Link> · <Link href="/settings">Team and phone numbers</Link>
      </p>
    </div>
  );
}
