import { useId, useState } from 'react';
import { useSession } from '../../api/session.tsx';
import { Field } from '../../components/Field.tsx';
import { CopyButton } from './parts.tsx';
import { embedSnippet } from './validation.ts';

/** The code to paste into a website so its visitors can send an inquiry straight into the inbox. */
export function EmbedSection() {
  const { workspace } = useSession();
  const [source, setSource] = useState('website');
  const codeId = useId();
  if (!workspace) return <p>No workspace.</p>;
  const snippet = embedSnippet(window.location.origin, workspace.slug, source);
  const link = `${window.location.origin}/f/${workspace.slug}`;
  return (
    <section aria-labelledby="embed-title">
      <h2 id="embed-title">Lead form</h2>
      <p>
        The form asks for a name, phone, email and message, with an SMS consent box that is never pre-ticked.
        Its address: <a href={link}>{link}</a>
      </p>
      <Field
        label="Source to record for leads from this page"
        value={source}
        maxLength={80}
        onChange={(e) => setSource(e.target.value)}
      />
      <label htmlFor={codeId}>Embed code</label>
      <textarea
        id={codeId}
        className="textarea code"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(e) => e.target.select()}
      />
      <CopyButton text={snippet} label="Copy embed code" />
    </section>
  );
}
