import { useEffect, useId, useState } from 'react';
import { STAGE_LABELS, STAGES } from '../../api/labels.ts';
import { Field, SelectField } from '../../components/Field.tsx';
import type { InboxFilters as Filters } from './filters.ts';

const SEARCH_DELAY_MS = 300;

export function InboxFilters({
  filters,
  team,
  onChange,
}: {
  filters: Filters;
  team: ReadonlyArray<{ id: string; name: string }>;
  onChange(next: Filters): void;
}) {
  const [q, setQ] = useState(filters.q ?? '');
  const [source, setSource] = useState(filters.source ?? '');
  // At phone width the filters beyond the search fold behind a button.
  const [open, setOpen] = useState(false);
  const moreId = useId();
  const active = [filters.stage, filters.source, filters.agent, filters.needsHuman].filter(Boolean).length;

  // Typing waits for a pause before it searches; the address holds the last search made.
  useEffect(() => {
    if ((filters.q ?? '') === q.trim() && (filters.source ?? '') === source.trim()) return;
    const timer = setTimeout(
      () => onChange({ ...filters, q: q.trim(), source: source.trim() }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [q, source, filters, onChange]);

  // Back and forward move the address under the inputs; a space being typed is not a change.
  useEffect(
    () => setQ((typed) => (typed.trim() === (filters.q ?? '') ? typed : (filters.q ?? ''))),
    [filters.q],
  );
  useEffect(
    () => setSource((typed) => (typed.trim() === (filters.source ?? '') ? typed : (filters.source ?? ''))),
    [filters.source],
  );

  return (
    <search className="inbox-filters" aria-label="Filter leads">
      <Field
        label="Search"
        type="search"
        placeholder="Name, phone or email"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <button
        type="button"
        className="button filters-toggle"
        aria-expanded={open}
        aria-controls={moreId}
        onClick={() => setOpen((value) => !value)}
      >
        Filters{active > 0 ? ` (${active})` : ''}
      </button>
      <div id={moreId} className={open ? 'more-filters open' : 'more-filters'}>
        <SelectField
          label="Stage"
          value={filters.stage ?? ''}
          onChange={(event) =>
            onChange({ ...filters, stage: (event.target.value || undefined) as Filters['stage'] })
          }
          options={[
            { value: '', label: 'All stages' },
            ...STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
          ]}
        />
        <Field
          label="Source"
          value={source}
          placeholder="e.g. zillow"
          onChange={(event) => setSource(event.target.value)}
        />
        <SelectField
          label="Agent"
          value={filters.agent ?? ''}
          onChange={(event) => onChange({ ...filters, agent: event.target.value || undefined })}
          options={[
            { value: '', label: 'Anyone' },
            ...team.map((user) => ({ value: user.id, label: user.name })),
          ]}
        />
        <div className="field checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={filters.needsHuman ?? false}
              onChange={(event) => onChange({ ...filters, needsHuman: event.target.checked || undefined })}
            />{' '}
            Needs a human
          </label>
        </div>
      </div>
    </search>
  );
}
