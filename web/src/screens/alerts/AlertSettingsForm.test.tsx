import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { AlertSettingsForm } from './AlertSettingsForm.tsx';
import { alertFormFrom, checkAlertForm } from './alert-form.ts';

afterEach(() => cleanup());

describe('the mobile phone and alert channels form', () => {
  it('refuses a phone with too few digits before asking the server', async () => {
    const onSave = vi.fn(async () => undefined);
    render(
      <AlertSettingsForm
        initial={alertFormFrom({ mobilePhone: null, alertChannels: null })}
        onSave={onSave}
      />,
    );
    const phone = screen.getByLabelText('Mobile phone');
    fireEvent.change(phone, { target: { value: '555-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save alerts' }));
    expect(await screen.findByText(/Enter a phone number with its area code/)).toBeTruthy();
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the phone and the chosen channels, and shows the server refusing a number', async () => {
    const onSave = vi.fn(async () => undefined);
    render(
      <AlertSettingsForm
        initial={alertFormFrom({ mobilePhone: null, alertChannels: null })}
        onSave={onSave}
      />,
    );
    const channel = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
    expect(channel('Text to my mobile phone').disabled).toBe(true);
    fireEvent.click(channel("Use the workspace's setting"));
    fireEvent.click(channel('Push notifications on my devices'));
    fireEvent.click(channel('Text to my mobile phone'));
    fireEvent.click(screen.getByRole('button', { name: 'Save alerts' }));
    expect(await screen.findByText('Text alerts need your mobile phone')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Mobile phone'), { target: { value: '(512) 555-0150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save alerts' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith({ mobilePhone: '(512) 555-0150', alertChannels: ['push', 'sms'] });
    expect(await screen.findByText('Saved.')).toBeTruthy();

    onSave.mockRejectedValueOnce(
      new ApiError(422, 'invalid_phone', 'The mobile phone is not a valid phone number'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save alerts' }));
    expect(await screen.findByText('This is not a phone number that can receive texts')).toBeTruthy();
  });

  it('sends null to follow the workspace and an empty phone as none', () => {
    expect(checkAlertForm({ mobilePhone: '  ', useDefault: true, channels: ['sms'] })).toEqual({
      value: { mobilePhone: null, alertChannels: null },
    });
    expect(checkAlertForm({ mobilePhone: '+44 7911 123456', useDefault: false, channels: [] })).toEqual({
      value: { mobilePhone: '+44 7911 123456', alertChannels: [] },
    });
    expect(checkAlertForm({ mobilePhone: 'call me', useDefault: true, channels: [] }).errors).toHaveProperty(
      'mobilePhone',
    );
  });
});
