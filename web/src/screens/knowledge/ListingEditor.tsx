import { type FormEvent, useState } from 'react';
import { createListing, type Listing, updateListing } from '../../api/knowledge.ts';
import { Button } from '../../components/Button.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { apiFieldErrors, errorFor, type FieldErrors } from '../settings/form-errors.ts';
import { SaveStatus, TextAreaField } from '../settings/parts.tsx';
import {
  EMPTY_LISTING_FORM,
  formFromListing,
  LISTING_STATUSES,
  type ListingForm,
  listingBody,
  type OpenHouseRow,
} from './listing-form.ts';

const FIELDS = [
  'address',
  'city',
  'state',
  'zip',
  'mlsNumber',
  'price',
  'status',
  'beds',
  'baths',
  'sqft',
  'hoa',
  'petsPolicy',
  'showingNotes',
  'timeZone',
  'url',
  'openHouses',
];

/** Creates a listing, or edits one; the server's refusals show beside the inputs they name. */
export function ListingEditor({
  listing,
  workspaceZone,
  onSaved,
  onCancel,
}: {
  listing: Listing | null;
  workspaceZone: string;
  onSaved(listing: Listing): void;
  onCancel(): void;
}) {
  const [form, setForm] = useState<ListingForm>(() =>
    listing ? formFromListing(listing, workspaceZone) : EMPTY_LISTING_FORM,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ListingForm>) => setForm((current) => ({ ...current, ...patch }));
  const setOpenHouse = (index: number, patch: Partial<OpenHouseRow>) =>
    set({ openHouses: form.openHouses.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const zone = form.timeZone.trim() || workspaceZone;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { body, errors: found } = listingBody(form, workspaceZone);
    if (!body) return setErrors(found);
    setBusy(true);
    try {
      const saved = listing ? await updateListing(listing.id, body) : await createListing(body);
      setErrors({});
      onSaved(saved);
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  const input = (field: keyof ListingForm & string, label: string, extra: Record<string, unknown> = {}) => (
    <Field
      label={label}
      value={form[field] as string}
      error={errorFor(errors, field)}
      onChange={(e) => set({ [field]: e.target.value })}
      {...extra}
    />
  );

  return (
    <form
      className="settings-form knowledge-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="listing-form-title"
    >
      <h2 id="listing-form-title">{listing ? `Edit ${listing.address}` : 'New listing'}</h2>
      <fieldset>
        <legend>Home</legend>
        {input('address', 'Address', { required: true, autoComplete: 'off' })}
        <div className="field-row">
          {input('city', 'City')}
          {input('state', 'State')}
          {input('zip', 'ZIP')}
        </div>
        <div className="field-row">
          {input('mlsNumber', 'MLS number')}
          <SelectField
            label="Status"
            value={form.status}
            options={LISTING_STATUSES}
            error={errorFor(errors, 'status')}
            onChange={(e) => set({ status: e.target.value as ListingForm['status'] })}
          />
        </div>
        <div className="field-row">
          {input('price', 'Price ($)', { inputMode: 'decimal' })}
          {input('beds', 'Beds', { inputMode: 'decimal' })}
          {input('baths', 'Baths', { inputMode: 'decimal' })}
          {input('sqft', 'Square feet', { inputMode: 'numeric' })}
        </div>
        {input('hoa', 'HOA fee ($ a month)', {
          inputMode: 'decimal',
          hint: '0 for no HOA; empty when unknown',
        })}
        {input('petsPolicy', 'Pets policy', {
          hint: 'Told to a lead who asks, e.g. "Cats and small dogs welcome"',
        })}
        {input('url', 'Listing page', { type: 'url', inputMode: 'url' })}
        <TextAreaField
          label="Showing notes"
          rows={3}
          value={form.showingNotes}
          error={errorFor(errors, 'showingNotes')}
          hint="For the agents (lockbox, gate code): never sent to a lead"
          onChange={(e) => set({ showingNotes: e.target.value })}
        />
      </fieldset>
      <fieldset>
        <legend>Open houses</legend>
        {input('timeZone', 'Time zone', {
          placeholder: workspaceZone,
          hint: `Open house times are in this zone; empty: the workspace's (${workspaceZone})`,
        })}
        {form.openHouses.length === 0 && <p className="field-hint">No open houses.</p>}
        <ol className="open-houses">
          {form.openHouses.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <li key={i} className="field-row">
              <Field
                label={`Open house ${i + 1} day`}
                type="date"
                value={row.date}
                onChange={(e) => setOpenHouse(i, { date: e.target.value })}
              />
              <Field
                label="Starts"
                type="time"
                value={row.start}
                error={errorFor(errors, `openHouses.${i}.start`)}
                onChange={(e) => setOpenHouse(i, { start: e.target.value })}
              />
              <Field
                label="Ends"
                type="time"
                value={row.end}
                error={errorFor(errors, `openHouses.${i}.end`) ?? errors[`openHouses.${i}`]}
                onChange={(e) => setOpenHouse(i, { end: e.target.value })}
              />
              <Button
                variant="link"
                aria-label={`Remove open house ${i + 1}`}
                onClick={() => set({ openHouses: form.openHouses.filter((_, j) => j !== i) })}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
        <Button
          onClick={() =>
            set({ openHouses: [...form.openHouses, { date: '', start: '13:00', end: '16:00' }] })
          }
          disabled={form.openHouses.length >= 20}
        >
          Add an open house
        </Button>
        <p className="field-hint">Times in {zone}.</p>
      </fieldset>
      <SaveStatus saved={false} errors={errors} fields={FIELDS} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {listing ? 'Save listing' : 'Add listing'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
