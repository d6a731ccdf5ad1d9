import './integrations.css';
import { isManager, useUser } from '../../api/session.tsx';
import { FubSection } from './FubSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';
import { UnparsedSection } from './UnparsedSection.tsx';
import { WebhooksSection } from './WebhooksSection.tsx';

/** Where leads come in from, the CRM, and the webhooks that carry events out. */
export function IntegrationsScreen() {
  const user = useUser();
  if (!isManager(user)) {
    return (
      <section>
        <h1>Integrations</h1>
        <p>Integrations are set up by the workspace's admins and owners.</p>
      </section>
    );
  }
  return (
    <section className="integrations-screen" aria-labelledby="integrations-title">
      <header className="screen-header">
        <h1 id="integrations-title">Integrations</h1>
      </header>
      <SourcesSection />
      <UnparsedSection />
      <FubSection />
      <WebhooksSection />
    </section>
  );
}
