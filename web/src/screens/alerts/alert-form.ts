import type { AlertChannel } from '../../api/alerts.ts';

export interface AlertForm {
  mobilePhone: string;
  /** Follow the workspace's setting instead of choosing channels. */
  useDefault: boolean;
  channels: AlertChannel[];
}

export interface AlertPatch {
  mobilePhone: string | null;
  alertChannels: AlertChannel[] | null;
}

export const CHANNEL_LABELS: Record<AlertChannel, string> = {
  push: 'Push notifications on my devices',
  sms: 'Text to my mobile phone',
  email: 'Email',
};

export function alertFormFrom(user: {
  mobilePhone?: string | null;
  alertChannels?: AlertChannel[] | null;
}): AlertForm {
  return {
    mobilePhone: user.mobilePhone ?? '',
    useDefault: user.alertChannels === null || user.alertChannels === undefined,
    channels: user.alertChannels ?? [],
  };
}

/**
 * The checks the server makes, said before saving: a phone needs 7 to 15 digits (the server reads it in
 * the workspace's region and says when it is no real number), and text alerts need a phone.
 */
export function checkAlertForm(
  form: AlertForm,
): { value: AlertPatch; errors?: undefined } | { value?: undefined; errors: Record<string, string> } {
  const phone = form.mobilePhone.trim();
  const digits = phone.replace(/\D/g, '');
  const errors: Record<string, string> = {};
  if (phone && (!/^\+?[\d\s().-]+$/.test(phone) || digits.length < 7 || digits.length > 15))
    errors.mobilePhone = 'Enter a phone number with its area code, such as (512) 555-0150 or +44 7911 123456';
  if (!form.useDefault && form.channels.includes('sms') && !phone)
    errors.mobilePhone = 'Text alerts need your mobile phone';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    value: { mobilePhone: phone || null, alertChannels: form.useDefault ? null : form.channels },
  };
}
