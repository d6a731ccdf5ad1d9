import { type TextareaHTMLAttributes, useId, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { type FieldErrors, unplacedErrors } from './form-errors.ts';

/** Copies a text to the clipboard and says so; falls back to selecting it when the clipboard is refused. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="copy">
      <Button onClick={() => void copy()}>{label}</Button>
      <span role="status" className="copy-status">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Copy refused: select the text and copy it'
            : ''}
      </span>
    </span>
  );
}

export type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: string;
  error?: string | undefined;
};

export function TextAreaField({ label, hint, error, id, className, ...rest }: TextAreaFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const describedBy = [hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <textarea
        id={inputId}
        className={['textarea', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
      {hint && (
        <p className="field-hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${inputId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** What a save did: a polite "Saved", or the errors no field on the form shows. */
export function SaveStatus({
  saved,
  errors,
  fields,
}: {
  saved: boolean;
  errors: FieldErrors;
  fields: readonly string[];
}) {
  const leftover = unplacedErrors(errors, fields);
  return (
    <>
      {leftover.length > 0 && (
        <div className="error-banner" role="alert">
          {leftover.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {leftover.length === 0 && Object.keys(errors).length > 0 && (
        <p className="field-error" role="alert">
          Some fields need a fix.
        </p>
      )}
      <p role="status" className="saved">
        {saved ? 'Saved.' : ''}
      </p>
    </>
  );
}
