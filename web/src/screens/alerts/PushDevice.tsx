import { useState } from 'react';
import { enablePushOnThisDevice, pushSupported } from '../../api/push.ts';
import { Button } from '../../components/Button.tsx';

const OUTCOMES = {
  enabled: 'Alerts will arrive on this device, even when the dashboard is closed.',
  denied: 'The browser blocked notifications: allow them for this site in its settings, then try again.',
  unsupported:
    'This browser cannot receive push alerts. On an iPhone, add the dashboard to the Home Screen first.',
} as const;

/** Subscribes this browser to the signed-in person's push alerts. */
export function PushDevice() {
  const [outcome, setOutcome] = useState<string>('');
  const [busy, setBusy] = useState(false);
  async function enable() {
    setBusy(true);
    try {
      setOutcome(OUTCOMES[await enablePushOnThisDevice()]);
    } catch (error) {
      setOutcome(
        `Push alerts could not be turned on: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="push-device">
      <Button onClick={() => void enable()} busy={busy} disabled={!pushSupported() && outcome !== ''}>
        Turn on alerts on this device
      </Button>
      <p role="status">{outcome}</p>
    </div>
  );
}
