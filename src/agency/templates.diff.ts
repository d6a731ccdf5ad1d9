import {
  itemKey,
  itemLabel,
  type ListSection,
  SETTING_SECTIONS,
  SETTINGS_AREAS,
  SETTINGS_SCHEMAS,
  type SettingsArea,
  TEMPLATE_SECTIONS,
  type TemplateContent,
  type TemplateSection,
} from './templates.content.js';

export interface DiffItem {
  /** `messaging.quietHours` for a setting; the matching key (name, address, question) for an item. */
  key: string;
  label: string;
  /** The workspace's value now; null for an item it does not have. */
  before: unknown;
  /** What applying sets; null for an item applying removes. */
  after: unknown;
  /** The workspace changed this since the template was last applied to it: applying undoes that. */
  editedInWorkspace: boolean;
}

export interface SectionDiff {
  added: DiffItem[];
  changed: DiffItem[];
  removed: DiffItem[];
}

export type TemplateDiff = Record<TemplateSection, SectionDiff>;

/** JSON with sorted keys, so two values that mean the same compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The settings of one area as the workspace runs with them: what is stored, defaults for the rest. */
export function effectiveSettings(content: TemplateContent, area: SettingsArea): Record<string, unknown> {
  const schema = SETTINGS_SCHEMAS[area];
  const parsed = schema.safeParse(content.settings[area]);
  const values = { ...((parsed.success ? parsed.data : schema.parse({})) as Record<string, unknown>) };
  // Each workspace keeps its own fallback number; a template never carries one.
  if (area === 'voice') values.transfer = { ...(values.transfer as object), fallbackNumber: null };
  return values;
}

function emptyDiff(): TemplateDiff {
  return Object.fromEntries(
    TEMPLATE_SECTIONS.map((section) => [section, { added: [], changed: [], removed: [] }]),
  ) as unknown as TemplateDiff;
}

function diffSettings(diff: TemplateDiff, props: DiffProps): void {
  for (const area of SETTINGS_AREAS) {
    const template = effectiveSettings(props.template, area);
    const current = effectiveSettings(props.current, area);
    const base = props.base ? effectiveSettings(props.base, area) : null;
    for (const [key, section] of Object.entries(SETTING_SECTIONS[area])) {
      if (same(template[key], current[key])) continue;
      diff[section].changed.push({
        key: `${area}.${key}`,
        label: `${area}.${key}`,
        before: current[key] ?? null,
        after: template[key] ?? null,
        editedInWorkspace: base !== null && !same(current[key], base[key]),
      });
    }
  }
}

function diffList<S extends ListSection>(diff: TemplateDiff, section: S, props: DiffProps): void {
  type Item = TemplateContent[S][number];
  const keyOf = itemKey[section] as (item: Item) => string;
  const labelOf = itemLabel[section] as (item: Item) => string;
  const byKey = (items: readonly Item[]) => new Map(items.map((item) => [keyOf(item), item]));
  const template = byKey(props.template[section]);
  const current = byKey(props.current[section]);
  const base = props.base ? byKey(props.base[section]) : null;
  const edited = (key: string, now: Item | undefined) =>
    base !== null && !same(now ?? null, base.get(key) ?? null);
  for (const [key, item] of template) {
    const now = current.get(key);
    if (now && same(now, item)) continue;
    diff[section][now ? 'changed' : 'added'].push({
      key,
      label: labelOf(item),
      before: now ?? null,
      after: item,
      editedInWorkspace: edited(key, now),
    });
  }
  // Only what an earlier version of the template brought is removed; the workspace's own items stay.
  for (const [key, item] of base ?? []) {
    const now = current.get(key);
    if (template.has(key) || !now) continue;
    diff[section].removed.push({
      key,
      label: labelOf(item),
      before: now,
      after: null,
      editedInWorkspace: edited(key, now),
    });
  }
}

interface DiffProps {
  /** What the workspace got when a template was last applied to it; null when never. */
  base: TemplateContent | null;
  template: TemplateContent;
  current: TemplateContent;
}

/** What applying `template` to a workspace whose configuration is `current` would change. */
export function diffTemplate(props: DiffProps): TemplateDiff {
  const diff = emptyDiff();
  diffSettings(diff, props);
  diffList(diff, 'appointmentTypes', props);
  diffList(diff, 'listings', props);
  diffList(diff, 'faqs', props);
  return diff;
}

export function diffCounts(diff: TemplateDiff): Record<TemplateSection, Record<keyof SectionDiff, number>> {
  return Object.fromEntries(
    TEMPLATE_SECTIONS.map((section) => [
      section,
      {
        added: diff[section].added.length,
        changed: diff[section].changed.length,
        removed: diff[section].removed.length,
      },
    ]),
  ) as Record<TemplateSection, Record<keyof SectionDiff, number>>;
}

export const isEmptyDiff = (diff: TemplateDiff): boolean =>
  TEMPLATE_SECTIONS.every(
    (s) => diff[s].added.length + diff[s].changed.length + diff[s].removed.length === 0,
  );
