import { type FormEvent, useId } from 'react';
import { Button } from '../../components/Button.tsx';

/** The line at the foot of a sandbox phone: what the lead writes or says, and the button that sends it. */
export function PhoneCompose(props: {
  label: string;
  action: string;
  value: string;
  maxLength: number;
  onChange(value: string): void;
  onSubmit(event: FormEvent): void;
  /** The input itself is off (no call yet); the button is off then too. */
  inputDisabled?: boolean;
  sendDisabled?: boolean;
  busy?: boolean;
}) {
  const id = useId();
  return (
    <form className="phone-compose" onSubmit={props.onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {props.label}
      </label>
      <input
        id={id}
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.label}
        autoComplete="off"
        disabled={props.inputDisabled}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <Button
        type="submit"
        variant="primary"
        busy={props.busy ?? false}
        disabled={props.inputDisabled || props.sendDisabled || !props.value.trim()}
      >
        {props.action}
      </Button>
    </form>
  );
}
