import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { setUnauthorizedHandler } from './api/client.ts';
import { SessionProvider, useSession } from './api/session.tsx';
import { Layout } from './components/Layout.tsx';
import { AccountScreen } from './screens/auth/AccountScreen.tsx';
import { SignInScreen } from './screens/auth/SignInScreen.tsx';
import { ConversationScreen } from './screens/conversation/ConversationScreen.tsx';
import { InboxScreen } from './screens/inbox/InboxScreen.tsx';
import { OperatorConsoleScreen } from './screens/operator/OperatorConsoleScreen.tsx';
import { SandboxScreen } from './screens/sandbox/SandboxScreen.tsx';
import { VoiceSandboxScreen } from './screens/voice-sandbox/VoiceSandboxScreen.tsx';

// The managers' screens (charts, settings forms) load on first visit, keeping the inbox's first load small.
const AppointmentsScreen = lazy(() =>
  import('./screens/appointments/index.tsx').then((m) => ({ default: m.AppointmentsScreen })),
);
const AnalyticsScreen = lazy(() =>
  import('./screens/analytics/index.tsx').then((m) => ({ default: m.AnalyticsScreen })),
);
const SettingsScreen = lazy(() =>
  import('./screens/settings/index.tsx').then((m) => ({ default: m.SettingsScreen })),
);
const KnowledgeScreen = lazy(() =>
  import('./screens/knowledge/index.tsx').then((m) => ({ default: m.KnowledgeScreen })),
);
const IntegrationsScreen = lazy(() =>
  import('./screens/integrations/index.tsx').then((m) => ({ default: m.IntegrationsScreen })),
);
const ComplianceScreen = lazy(() =>
  import('./screens/compliance/index.tsx').then((m) => ({ default: m.ComplianceScreen })),
);

/** Screens behind sign-in: a signed-out visitor goes to /sign-in and comes back afterwards. */
function SignedIn({ children }: { children: ReactNode }) {
  const { user, error } = useSession();
  const [location] = useLocation();
  if (user === undefined) {
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  }
  if (!user) {
    if (error) return <p role="alert">{error.message}</p>;
    return <Redirect to={`/sign-in?next=${encodeURIComponent(location + window.location.search)}`} replace />;
  }
  return (
    <Layout>
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading…
          </p>
        }
      >
        {children}
      </Suspense>
    </Layout>
  );
}

function Routes() {
  const [, navigate] = useLocation();
  const { refresh } = useSession();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const here = window.location.pathname + window.location.search;
      if (window.location.pathname === '/sign-in') return;
      void refresh();
      navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
    });
  }, [navigate, refresh]);

  return (
    <Switch>
      <Route path="/sign-in" component={SignInScreen} />
      <Route path="/">
        <Redirect to="/inbox" replace />
      </Route>
      <Route>
        <SignedIn>
          <Switch>
            <Route path="/inbox" component={InboxScreen} />
            <Route path="/leads/:id">
              {(params) => <ConversationScreen key={params.id} leadId={params.id} />}
            </Route>
            <Route path="/sandbox/call" component={VoiceSandboxScreen} />
            <Route path="/sandbox" component={SandboxScreen} />
            <Route path="/appointments" nest>
              <AppointmentsScreen />
            </Route>
            <Route path="/analytics" nest>
              <AnalyticsScreen />
            </Route>
            <Route path="/settings" nest>
              <SettingsScreen />
            </Route>
            <Route path="/knowledge" nest>
              <KnowledgeScreen />
            </Route>
            <Route path="/integrations" component={IntegrationsScreen} />
            <Route path="/compliance" nest>
              <ComplianceScreen />
            </Route>
            <Route path="/account" component={AccountScreen} />
            <Route path="/workspaces" component={OperatorConsoleScreen} />
            <Route>
              <section>
                <h1>Page not found</h1>
                <p>There is nothing at this address.</p>
              </section>
            </Route>
          </Switch>
        </SignedIn>
      </Route>
    </Switch>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}
