import { useState } from 'react';
import { Button } from '../../components/Button.tsx';

/** A secret shown this once, with a button to copy it; nothing keeps it after the page is left. */
export function SecretOnce({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="secret-once">
      <span className="secret-label">{label}</span>
      <code data-testid="secret-value">{value}</code>
      <Button type="button" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy'}
      </Button>
    </div>
  );
}
