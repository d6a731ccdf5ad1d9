import { describe, expect, it } from 'vitest';
import { navigationFor } from './Layout.tsx';

const labels = (user: Parameters<typeof navigationFor>[0]) => navigationFor(user).map((item) => item.label);

describe('navigation by role', () => {
  it('gives agents the screens they work in', () => {
    expect(labels({ role: 'agent', isOperator: false })).toEqual([
      'Inbox',
      'Appointments',
      'Knowledge',
      'Sandbox phone',
    ]);
  });

  it('adds analytics, settings, integrations and compliance for admins and owners', () => {
    const manager = [
      'Inbox',
      'Appointments',
      'Knowledge',
      'Sandbox phone',
      'Analytics',
      'Settings',
      'Integrations',
      'Compliance',
    ];
    expect(labels({ role: 'admin', isOperator: false })).toEqual(manager);
    expect(labels({ role: 'owner', isOperator: false })).toEqual(manager);
  });

  it('shows operators, who belong to no workspace, the workspaces list only', () => {
    expect(labels({ role: null, isOperator: true })).toEqual(['Workspaces']);
  });
});
