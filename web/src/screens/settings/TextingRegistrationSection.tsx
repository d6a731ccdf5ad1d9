import { type FormEvent, useEffect, useState } from 'react';
import type { RegistrationView } from '../../../../src/messaging/a2p/a2p.schema.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { Time } from '../../components/Time.tsx';
import { apiFieldErrors, errorFor, type FieldErrors } from './form-errors.ts';
import { SaveStatus } from './parts.tsx';

const STATUS_LABELS: Record<RegistrationView['status'], string> = {
  not_started: 'Not started',
  draft: 'Draft: not submitted',
  pending: 'In review',
  approved: 'Approved',
  rejected: 'Rejected',
};

const ENTITY_TYPES = [
  { value: 'llc', label: 'Limited liability company' },
  { value: 'private_corporation', label: 'Private corporation' },
  { value: 'partnership', label: 'Partnership' },
  { value: 'public_corporation', label: 'Public corporation' },
  { value: 'non_profit', label: 'Non-profit' },
];

const POSITIONS = ['Director', 'GM', 'VP', 'CEO', 'CFO', 'General Counsel', 'Other'].map((value) => ({
  value,
  label: value,
}));

const EMPTY = {
  legalName: '',
  entityType: 'llc',
  ein: '',
  street: '',
  city: '',
  region: '',
  postalCode: '',
  website: '',
  brandType: 'LOW_VOLUME_STANDARD',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  title: '',
  jobPosition: 'Director',
};

type BrandForm = typeof EMPTY;

function formOf(brand: RegistrationView['brand']): BrandForm {
  if (!brand) return EMPTY;
  return {
    legalName: brand.legalName,
    entityType: brand.entityType,
    ein: '',
    street: brand.address.street,
    city: brand.address.city,
    region: brand.address.region,
    postalCode: brand.address.postalCode,
    website: brand.website,
    brandType: brand.brandType,
    firstName: brand.contact.firstName,
    lastName: brand.contact.lastName,
    email: brand.contact.email,
    phone: brand.contact.phone,
    title: brand.contact.title,
    jobPosition: brand.contact.jobPosition,
  };
}

/**
 * US carriers' A2P 10DLC registration: the brand the admin enters, the campaign generated from the workspace,
 * its status at Twilio, and each rejection with Twilio's code and what to change.
 */
export function TextingRegistrationSection() {
  const registration = useApi((signal) => api<RegistrationView>('/a2p', { signal }), []);
  const [form, setForm] = useState<BrandForm>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<Error | null>(null);
  const view = registration.data;
  const locked = view?.status === 'pending' || view?.status === 'approved';

  useEffect(() => {
    if (view) setForm(formOf(view.brand));
  }, [view]);

  const set = (key: keyof BrandForm) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setBusy(true);
    try {
      await api('/a2p/brand', {
        method: 'PUT',
        body: {
          legalName: form.legalName,
          entityType: form.entityType,
          ein: form.ein,
          address: { street: form.street, city: form.city, region: form.region, postalCode: form.postalCode },
          website: form.website,
          brandType: form.brandType,
          contact: {
            firstName: form.firstName,
            lastName: form.lastName,
            email: form.email,
            phone: form.phone,
            title: form.title,
            jobPosition: form.jobPosition,
          },
        },
      });
      setErrors({});
      setSaved(true);
      await registration.reload();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  async function act(path: string, init: { method: 'POST' | 'PATCH'; body?: object }) {
    setActionError(null);
    try {
      await api(path, init);
      await registration.reload();
    } catch (error) {
      setActionError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  const field = (key: keyof BrandForm, label: string, path: string, extra: object = {}) => (
    <Field
      label={label}
      value={form[key]}
      error={errorFor(errors, path)}
      disabled={locked}
      onChange={set(key)}
      {...extra}
    />
  );

  return (
    <section aria-labelledby="a2p-title">
      <h2 id="a2p-title">Texting registration (A2P 10DLC)</h2>
      <p className="muted">
        US carriers only deliver texts from a local (10-digit) number once the business behind it is
        registered with a brand and a campaign. Twilio and The Campaign Registry review both.
      </p>
      <ErrorBanner error={registration.error ?? actionError} />
      {view && (
        <section className="card" aria-labelledby="a2p-status-title">
          <h3 id="a2p-status-title">Status</h3>
          <p>
            <span className="badge" data-testid="a2p-status">
              {STATUS_LABELS[view.status]}
            </span>{' '}
            {view.status === 'pending' && view.stage === 'brand' && 'Twilio is reviewing the brand.'}
            {view.status === 'pending' &&
              view.stage === 'campaign' &&
              'The brand is approved; the campaign is in review.'}
            {view.submittedAt && (
              <>
                {' '}
                Submitted <Time value={view.submittedAt} />.
              </>
            )}
            {view.checkedAt && (
              <>
                {' '}
                Last checked <Time value={view.checkedAt} />.
              </>
            )}
          </p>
          {view.errors.length > 0 && (
            <ul className="a2p-errors" aria-label="What Twilio rejected">
              {view.errors.map((error) => (
                <li key={`${error.code}-${error.description}`}>
                  <strong>{error.code ? `Error ${error.code}` : 'Rejected'}</strong>: {error.description}
                  {error.fields.length > 0 && ` (${error.fields.join(', ')})`}
                  <br />
                  <span>What to change: {error.advice}</span>
                  {error.docsUrl && (
                    <>
                      {' '}
                      <a href={error.docsUrl} target="_blank" rel="noreferrer">
                        Twilio's page
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="actions">
            {(view.status === 'draft' || view.status === 'rejected') && (
              <Button variant="primary" onClick={() => void act('/a2p/submit', { method: 'POST' })}>
                {view.status === 'rejected' ? 'Submit again' : 'Submit to Twilio'}
              </Button>
            )}
            {view.status === 'pending' && (
              <Button onClick={() => void act('/a2p/check', { method: 'POST' })}>Check now</Button>
            )}
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={view.enforce}
              onChange={(e) =>
                void act('/a2p/settings', { method: 'PATCH', body: { enforce: e.target.checked } })
              }
            />
            Hold automated texts from US local numbers until the campaign is approved
          </label>
        </section>
      )}
      <form className="settings-form" onSubmit={save} noValidate aria-labelledby="a2p-brand-title">
        <h3 id="a2p-brand-title">Brand</h3>
        {field('legalName', 'Legal business name', 'legalName', {
          hint: 'Exactly as on the IRS record for the EIN',
        })}
        <SelectField
          label="Entity type"
          value={form.entityType}
          options={ENTITY_TYPES}
          disabled={locked}
          onChange={set('entityType')}
        />
        {field('ein', 'EIN', 'ein', {
          autoComplete: 'off',
          hint: view?.brand
            ? `Write-only: ends in ${view.brand.einLast4}; enter it again to save`
            : 'Write-only',
        })}
        {field('street', 'Street address', 'address.street')}
        {field('city', 'City', 'address.city')}
        {field('region', 'State', 'address.region', { placeholder: 'TX' })}
        {field('postalCode', 'ZIP code', 'address.postalCode')}
        {field('website', 'Website', 'website', { type: 'url', placeholder: 'https://' })}
        <SelectField
          label="Volume"
          value={form.brandType}
          options={[
            { value: 'LOW_VOLUME_STANDARD', label: 'Low volume (under 6,000 segments a day)' },
            { value: 'STANDARD', label: 'Standard' },
          ]}
          disabled={locked}
          onChange={set('brandType')}
        />
        <h4>Contact at the business</h4>
        {field('firstName', 'First name', 'contact.firstName')}
        {field('lastName', 'Last name', 'contact.lastName')}
        {field('email', 'Email', 'contact.email', { type: 'email' })}
        {field('phone', 'Phone', 'contact.phone', { type: 'tel', placeholder: '+15125550100' })}
        {field('title', 'Title', 'contact.title')}
        <SelectField
          label="Position"
          value={form.jobPosition}
          options={POSITIONS}
          disabled={locked}
          onChange={set('jobPosition')}
        />
        <SaveStatus
          saved={saved}
          errors={errors}
          fields={['legalName', 'ein', 'address', 'website', 'contact']}
        />
        {!locked && (
          <Button type="submit" variant="primary" busy={busy}>
            Save brand
          </Button>
        )}
      </form>
      {view && (
        <section className="card" aria-labelledby="a2p-campaign-title">
          <h3 id="a2p-campaign-title">Campaign</h3>
          <p>
            Generated from your templates and lead form. Opt-in proof for reviewers:{' '}
            <a href={view.campaign.proofUrl} target="_blank" rel="noreferrer">
              {view.campaign.proofUrl}
            </a>
          </p>
          <h4>Description</h4>
          <p>{view.campaign.description}</p>
          <h4>How people opt in</h4>
          <p>{view.campaign.messageFlow}</p>
          <h4>Sample messages</h4>
          <ul>
            {view.campaign.messageSamples.map((sample) => (
              <li key={sample}>{sample}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
