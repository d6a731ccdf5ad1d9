import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { type Loaded, useApi } from '../../api/use-api.ts';
import { apiFieldErrors, type FieldErrors } from './form-errors.ts';

export type Checked<T> = { value: T; errors: null } | { value: null; errors: FieldErrors };

export interface SettingsFormOptions<Settings, Form, Body> {
  /** Read with GET, written with `method`; the answer to either is the settings as saved. */
  path: string;
  method?: 'PATCH' | 'PUT';
  toForm(settings: Settings): Form;
  /** Checks the form as the API would and builds the body; `settings` are the ones last loaded. */
  check(form: Form, settings: Settings): Checked<Body>;
}

export interface SettingsForm<Settings, Form> {
  loaded: Loaded<Settings>;
  /** Null until the settings are loaded. */
  form: Form | null;
  setForm(form: Form): void;
  errors: FieldErrors;
  saved: boolean;
  setSaved(saved: boolean): void;
  busy: boolean;
  submit(event: FormEvent): Promise<void>;
}

/** Loads settings into a form, checks it on submit, saves it, and keeps the API's field errors. */
export function useSettingsForm<Settings, Form, Body>(
  options: SettingsFormOptions<Settings, Form, Body>,
): SettingsForm<Settings, Form> {
  const { path, method = 'PATCH', toForm, check } = options;
  const loaded = useApi((signal) => api<Settings>(path, { signal }), [path]);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is reset by new settings only
  useEffect(() => {
    if (loaded.data) setForm(toForm(loaded.data));
  }, [loaded.data]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!form || loaded.data === undefined) return;
    const checked = check(form, loaded.data);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    try {
      const answer = await api<Settings>(path, { method, body: checked.value });
      loaded.setData(() => answer);
      setErrors({});
      setSaved(true);
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  return { loaded, form, setForm, errors, saved, setSaved, busy, submit };
}
