import '../appointments/appointments.css';
import './settings.css';
import type { ComponentType } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { isManager, useUser } from '../../api/session.tsx';
import { AiSection } from './AiSection.tsx';
import { ApiKeysSection } from './ApiKeysSection.tsx';
import { AssistantSection } from './AssistantSection.tsx';
import { BillingSection } from './BillingSection.tsx';
import { CalendarsSection } from './CalendarsSection.tsx';
import { EmbedSection } from './EmbedSection.tsx';
import { MessagingSection } from './MessagingSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { PhoneNumbersSection } from './PhoneNumbersSection.tsx';
import { SchedulingSection } from './SchedulingSection.tsx';
import { TextingRegistrationSection } from './TextingRegistrationSection.tsx';
import { VoiceSection } from './VoiceSection.tsx';
import { WorkspaceSection } from './WorkspaceSection.tsx';

interface Section {
  path: string;
  label: string;
  component: ComponentType;
}

export const SECTIONS: readonly Section[] = [
  { path: '/workspace', label: 'Workspace', component: WorkspaceSection },
  { path: '/assistant', label: 'Assistant & templates', component: AssistantSection },
  { path: '/people', label: 'Agents & roles', component: PeopleSection },
  { path: '/phone-numbers', label: 'Phone numbers', component: PhoneNumbersSection },
  { path: '/messaging', label: 'Quiet hours & caps', component: MessagingSection },
  { path: '/texting-registration', label: 'Texting registration', component: TextingRegistrationSection },
  { path: '/calls', label: 'Calls', component: VoiceSection },
  { path: '/ai', label: 'AI model', component: AiSection },
  { path: '/scheduling', label: 'Appointment types', component: SchedulingSection },
  { path: '/calendars', label: 'Calendars', component: CalendarsSection },
  { path: '/api-keys', label: 'API keys', component: ApiKeysSection },
  { path: '/lead-form', label: 'Lead form', component: EmbedSection },
  { path: '/billing', label: 'Billing', component: BillingSection },
];

/** The workspace's settings, one section per address under /settings. */
export function SettingsScreen() {
  const user = useUser();
  const [location] = useLocation();
  if (!isManager(user)) {
    return (
      <section>
        <h1>Settings</h1>
        <p>Only the workspace's admins and owners can change its settings.</p>
      </section>
    );
  }
  return (
    <section className="settings-screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <div className="settings-layout">
        <nav aria-label="Settings sections" className="settings-nav">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.path}>
                <Link href={section.path} aria-current={location === section.path ? 'page' : undefined}>
                  {section.label}
                </Link>
              </li>
            ))}
            <li>
              {/* The script has its own editor beside the listings and FAQs it works with. */}
              <Link href="~/knowledge/script">Qualification script</Link>
            </li>
          </ul>
        </nav>
        <div className="settings-body">
          <Switch>
            {SECTIONS.map((section) => (
              <Route key={section.path} path={section.path} component={section.component} />
            ))}
            <Route>
              <Redirect to="/workspace" replace />
            </Route>
          </Switch>
        </div>
      </div>
    </section>
  );
}
