import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';

interface TemplateSummary {
  id: string;
  name: string;
  version: number;
  description: string | null;
  createdAt: string;
  counts: Record<string, number>;
}

interface DiffItem {
  key: string;
  label: string;
  editedInWorkspace: boolean;
}

type Kind = 'added' | 'changed' | 'removed';

interface WorkspacePreview {
  workspaceId: string;
  workspaceName: string;
  lastApplied: { name: string; version: number } | null;
  changes: number;
  sections: Record<string, Record<Kind, DiffItem[]>>;
}

interface ApplyResult {
  workspaces: { workspaceId: string; applied: boolean; changes: number; error: { message: string } | null }[];
}

const SECTION_LABELS: Record<string, string> = {
  persona: 'Persona',
  script: 'Qualification script',
  messageTemplates: 'Message templates',
  appointmentTypes: 'Appointment types',
  listings: 'Listings',
  faqs: 'FAQs',
  settings: 'Settings',
};
const KIND_SIGNS: Record<Kind, string> = { added: 'Add', changed: 'Change', removed: 'Remove' };

const countsLine = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([section, n]) => `${n} ${SECTION_LABELS[section]?.toLowerCase() ?? section}`)
    .join(', ') || 'empty';

function PreviewOf({ preview }: { preview: WorkspacePreview }) {
  const since = preview.lastApplied
    ? `last got ${preview.lastApplied.name} v${preview.lastApplied.version}`
    : 'never applied';
  return (
    <article aria-label={`Preview for ${preview.workspaceName}`}>
      <h4>
        {preview.workspaceName}: {preview.changes} changes ({since})
      </h4>
      {preview.changes === 0 && <p>Already matches the template.</p>}
      {Object.entries(preview.sections).map(([section, diff]) => {
        const items = (['added', 'changed', 'removed'] as const).flatMap((kind) =>
          diff[kind].map((item) => ({ kind, item })),
        );
        if (items.length === 0) return null;
        return (
          <section key={section}>
            <h5>{SECTION_LABELS[section] ?? section}</h5>
            <ul>
              {items.map(({ kind, item }) => (
                <li key={`${kind}:${item.key}`}>
                  {KIND_SIGNS[kind]} {item.label}
                  {item.editedInWorkspace && (
                    <strong> (edited in this workspace since the last apply)</strong>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}

/** The operator's templates: save a workspace's setup, start a workspace from it, preview and apply updates. */
export function TemplatesSection({
  workspaces,
  onWorkspacesChanged,
}: {
  workspaces: { id: string; name: string }[];
  onWorkspacesChanged: () => void;
}) {
  const { data, error, reload } = useApi(
    (signal) => api<{ items: TemplateSummary[] }>('/operator/templates', { signal }),
    [],
  );
  const [actionError, setActionError] = useState<Error | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [source, setSource] = useState('');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const [newName, setNewName] = useState('');
  const [targets, setTargets] = useState<string[]>([]);
  const [previews, setPreviews] = useState<WorkspacePreview[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const templates = data?.items ?? [];
  const templateId = chosen || templates[0]?.id || '';

  async function run(label: string, work: () => Promise<void>) {
    setBusy(label);
    setActionError(null);
    setNotice(null);
    try {
      await work();
    } catch (failure) {
      setActionError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(null);
    }
  }

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run('save', async () => {
      const saved = await api<TemplateSummary>('/operator/templates', {
        method: 'POST',
        body: { workspaceId: source || workspaces[0]?.id, name },
      });
      setNotice(`Saved ${saved.name} v${saved.version}`);
      setChosen(saved.id);
      await reload();
    });
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run('create', async () => {
      const created = await api<{ workspace: { name: string } }>(
        `/operator/templates/${templateId}/workspaces`,
        {
          method: 'POST',
          body: { name: newName },
        },
      );
      setNotice(`Created ${created.workspace.name}`);
      setNewName('');
      onWorkspacesChanged();
    });
  };

  const preview = () =>
    run('preview', async () => {
      const answer = await api<{ workspaces: WorkspacePreview[] }>(
        `/operator/templates/${templateId}/preview`,
        {
          method: 'POST',
          body: { workspaceIds: targets },
        },
      );
      setPreviews(answer.workspaces);
    });

  const apply = () =>
    run('apply', async () => {
      const answer = await api<ApplyResult>(`/operator/templates/${templateId}/apply`, {
        method: 'POST',
        body: { workspaceIds: targets },
      });
      const failed = answer.workspaces.filter((w) => !w.applied);
      setNotice(
        `Applied to ${answer.workspaces.length - failed.length} of ${answer.workspaces.length} workspaces` +
          failed.map((w) => `; ${w.workspaceId}: ${w.error?.message}`).join(''),
      );
      setPreviews(null);
    });

  const remove = (template: TemplateSummary) =>
    run(template.id, async () => {
      await api(`/operator/templates/${template.id}`, { method: 'DELETE' });
      await reload();
    });

  const toggle = (id: string, on: boolean) => {
    setPreviews(null);
    setTargets((current) => (on ? [...current, id] : current.filter((t) => t !== id)));
  };
  const workspaceOptions = workspaces.map((w) => ({ value: w.id, label: w.name }));

  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">Templates</h2>
      <ErrorBanner error={error ?? actionError} onRetry={reload} />
      {notice && <p role="status">{notice}</p>}
      <Table
        caption="Templates"
        rows={templates}
        rowKey={(t) => t.id}
        columns={[
          { key: 'name', header: 'Template', render: (t) => `${t.name} v${t.version}` },
          { key: 'holds', header: 'Holds', render: (t) => countsLine(t.counts) },
          { key: 'created', header: 'Saved', render: (t) => t.createdAt.slice(0, 10) },
          {
            key: 'actions',
            header: 'Actions',
            render: (t) => (
              <Button
                variant="danger"
                busy={busy === t.id}
                aria-label={`Delete ${t.name} v${t.version}`}
                onClick={() => void remove(t)}
              >
                Delete
              </Button>
            ),
          },
        ]}
      />
      <form onSubmit={save} aria-label="Save a workspace as a template">
        <h3>Save a workspace as a template</h3>
        <SelectField
          label="Workspace to save"
          options={workspaceOptions}
          value={source || workspaces[0]?.id || ''}
          onChange={(e) => setSource(e.target.value)}
        />
        <Field
          label="Template name"
          hint="An existing name saves its next version"
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" variant="primary" busy={busy === 'save'}>
          Save template
        </Button>
      </form>
      {templates.length > 0 && (
        <>
          <SelectField
            label="Template"
            options={templates.map((t) => ({ value: t.id, label: `${t.name} v${t.version}` }))}
            value={templateId}
            onChange={(e) => {
              setChosen(e.target.value);
              setPreviews(null);
            }}
          />
          <form onSubmit={create} aria-label="Create a workspace from the template">
            <h3>Create a workspace from the template</h3>
            <Field
              label="New workspace name"
              value={newName}
              required
              onChange={(e) => setNewName(e.target.value)}
            />
            <Button type="submit" variant="primary" busy={busy === 'create'}>
              Create workspace
            </Button>
          </form>
          <fieldset>
            <legend>Apply the template to</legend>
            {workspaces.map((w) => (
              <label key={w.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={targets.includes(w.id)}
                  onChange={(e) => toggle(w.id, e.target.checked)}
                />{' '}
                {w.name}
              </label>
            ))}
          </fieldset>
          <Button disabled={targets.length === 0} busy={busy === 'preview'} onClick={() => void preview()}>
            Preview changes
          </Button>{' '}
          <Button variant="primary" disabled={!previews} busy={busy === 'apply'} onClick={() => void apply()}>
            Apply to {targets.length} {targets.length === 1 ? 'workspace' : 'workspaces'}
          </Button>
          {previews?.map((p) => (
            <PreviewOf key={p.workspaceId} preview={p} />
          ))}
        </>
      )}
    </section>
  );
}
