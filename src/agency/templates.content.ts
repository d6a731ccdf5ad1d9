import { z } from 'zod';
import { conversationSettingsSchema } from '../conversations/conversation.settings.js';
import { addressKey } from '../conversations/knowledge/address.js';
import { LISTING_IMPORT_MAX_ROWS } from '../conversations/knowledge/knowledge.import.js';
import { rowToFaq, rowToListing } from '../conversations/knowledge/knowledge.presenters.js';
import { listFaqRows, listListingRows } from '../conversations/knowledge/knowledge.repository.js';
import { createFaqBody, createListingBody } from '../conversations/knowledge/knowledge.schema.js';
import { FAQ_LIMIT } from '../conversations/knowledge/knowledge.service.js';
import type { DbOrTrx } from '../db/database.js';
import { fromJson } from '../db/schema.js';
import { messagingSettingsSchema } from '../messaging/messaging.settings.js';
import { notFound } from '../platform/errors.js';
import { listAppointmentTypeRows } from '../scheduling/appointment-types.repository.js';
import { createAppointmentTypeBody } from '../scheduling/appointment-types.schema.js';
import { presentAppointmentType } from '../scheduling/appointment-types.service.js';
import { schedulingSettingsSchema } from '../scheduling/scheduling.settings.js';
import { voiceSettingsSchema } from '../voice/voice.settings.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

/**
 * What a template holds: the settings someone chose (defaults left out, as the workspace stores them),
 * appointment types without their agents, listings without the agents' showing notes, and FAQs. Never a
 * lead, a contact, a message, a user, a secret, nor the business's own name and support contact.
 */
export const SETTINGS_SCHEMAS = {
  conversation: conversationSettingsSchema,
  messaging: messagingSettingsSchema,
  scheduling: schedulingSettingsSchema,
  voice: voiceSettingsSchema,
} as const;
export type SettingsArea = keyof typeof SETTINGS_SCHEMAS;
export const SETTINGS_AREAS = Object.keys(SETTINGS_SCHEMAS) as SettingsArea[];

export const TEMPLATE_SECTIONS = [
  'persona',
  'script',
  'messageTemplates',
  'appointmentTypes',
  'listings',
  'faqs',
  'settings',
] as const;
export type TemplateSection = (typeof TEMPLATE_SECTIONS)[number];
export type SettingSection = 'persona' | 'script' | 'messageTemplates' | 'settings';
export type ListSection = 'appointmentTypes' | 'listings' | 'faqs';

/** Which section of the preview each setting a template carries belongs to; a setting not here stays the workspace's. */
export const SETTING_SECTIONS: Record<SettingsArea, Record<string, SettingSection>> = {
  conversation: {
    assistantName: 'persona',
    tone: 'persona',
    replyInLeadLanguage: 'persona',
    script: 'script',
    firstResponseAsks: 'script',
    handoff: 'script',
    followUps: 'script',
    assistBudgetMs: 'settings',
    marketAreas: 'settings',
  },
  messaging: {
    firstResponseTemplate: 'messageTemplates',
    introTemplate: 'messageTemplates',
    helpTemplate: 'messageTemplates',
    stopTemplate: 'messageTemplates',
    startTemplate: 'messageTemplates',
    quietHours: 'settings',
    directReplyIgnoresQuietHours: 'settings',
    contactDailyCap: 'settings',
    workspaceDailyCap: 'settings',
    agentNotifications: 'settings',
  },
  scheduling: {
    reminderOffsetsMinutes: 'settings',
    askToConfirm: 'settings',
    bookingTexts: 'settings',
    noShowFollowUp: 'settings',
    noShowAfterMinutes: 'settings',
    bookingLinkHours: 'settings',
  },
  voice: {
    voicemailText: 'messageTemplates',
    voicemailTextEs: 'messageTemplates',
    outboundCalls: 'settings',
    callingHours: 'settings',
    machine: 'settings',
    textAfterVoicemail: 'settings',
    retry: 'settings',
    dailyCallCap: 'settings',
    transfer: 'settings',
    recording: 'settings',
    language: 'settings',
  },
};

const templateAppointmentType = createAppointmentTypeBody.omit({ agents: true });
const templateListing = createListingBody.omit({ showingNotes: true });

export const templateContentSchema = z.strictObject({
  settings: z.strictObject({
    conversation: z.record(z.string(), z.unknown()),
    messaging: z.record(z.string(), z.unknown()),
    scheduling: z.record(z.string(), z.unknown()),
    voice: z.record(z.string(), z.unknown()),
  }),
  appointmentTypes: z.array(templateAppointmentType).max(200),
  listings: z.array(templateListing).max(LISTING_IMPORT_MAX_ROWS),
  faqs: z.array(createFaqBody).max(FAQ_LIMIT),
});

export type TemplateContent = z.output<typeof templateContentSchema>;
export type TemplateAppointmentType = z.output<typeof templateAppointmentType>;
export type TemplateListing = z.output<typeof templateListing>;
export type TemplateFaq = z.output<typeof createFaqBody>;

/** How list items are matched between a template and a workspace: by name, address and question. */
export const itemKey = {
  appointmentTypes: (item: TemplateAppointmentType) => item.name.trim().toLowerCase(),
  listings: (item: TemplateListing) => addressKey(item.address).key,
  faqs: (item: TemplateFaq) => item.question.trim().toLowerCase().replace(/\s+/g, ' '),
};
export const itemLabel = {
  appointmentTypes: (item: TemplateAppointmentType) => item.name,
  listings: (item: TemplateListing) => item.address,
  faqs: (item: TemplateFaq) => item.question,
};

/** The workspace's configuration as a template would hold it, with the row ids the apply step needs. */
export interface WorkspaceConfig {
  content: TemplateContent;
  /** The workspace's stored settings JSON, every section. */
  storedSettings: Record<string, unknown>;
  ids: Record<ListSection, Map<string, string>>;
}

/** A stored settings section as its readers see it: one that no longer parses counts as nothing set. */
export function storedArea(settings: Record<string, unknown>, area: SettingsArea): Record<string, unknown> {
  const stored = (settings[area] as Record<string, unknown> | undefined) ?? {};
  return SETTINGS_SCHEMAS[area].safeParse(stored).success ? stored : {};
}

function templateSettings(stored: Record<string, unknown>): TemplateContent['settings'] {
  const pick = (area: SettingsArea) => {
    const section = storedArea(stored, area);
    const picked = Object.fromEntries(
      Object.entries(section).filter(([key]) => key in SETTING_SECTIONS[area]),
    );
    // The fallback number is a person's phone, often an agent's mobile: it stays with its workspace.
    if (area === 'voice' && picked.transfer) {
      picked.transfer = { ...(picked.transfer as Record<string, unknown>), fallbackNumber: null };
    }
    return picked;
  };
  return {
    conversation: pick('conversation'),
    messaging: pick('messaging'),
    scheduling: pick('scheduling'),
    voice: pick('voice'),
  };
}

export async function readWorkspaceConfig(db: DbOrTrx, workspaceId: string): Promise<WorkspaceConfig> {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const storedSettings = fromJson<Record<string, unknown> | null>(workspace.settings) ?? {};
  const [typeRows, listingRows, faqRows] = await Promise.all([
    listAppointmentTypeRows(db, workspaceId),
    listListingRows(db, workspaceId, { limit: LISTING_IMPORT_MAX_ROWS }),
    listFaqRows(db, workspaceId, { limit: FAQ_LIMIT }),
  ]);
  const appointmentTypes = typeRows.map((row) => {
    const {
      id: _id,
      agents: _agents,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = presentAppointmentType(row, []);
    return fields;
  });
  const listings = listingRows.map((row) => {
    const { id: _id, showingNotes: _notes, createdAt: _c, updatedAt: _u, ...fields } = rowToListing(row);
    return fields;
  });
  const faqs = faqRows.map((row) => ({
    question: row.question,
    answer: row.answer,
    keywords: rowToFaq(row).keywords,
  }));
  const idsBy = <T>(items: readonly T[], rows: readonly { id: string }[], key: (item: T) => string) =>
    new Map(items.map((item, i) => [key(item), rows[i]?.id ?? '']));
  const ids = {
    appointmentTypes: idsBy(appointmentTypes, typeRows, itemKey.appointmentTypes),
    listings: idsBy(listings, listingRows, itemKey.listings),
    faqs: idsBy(faqs, faqRows, itemKey.faqs),
  };
  return {
    content: { settings: templateSettings(storedSettings), appointmentTypes, listings, faqs },
    storedSettings,
    ids,
  };
}

/** How many items of each section a template holds, for lists. */
export function sectionCounts(content: TemplateContent): Record<TemplateSection, number> {
  const counts = Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, 0])) as Record<TemplateSection, number>;
  for (const area of SETTINGS_AREAS) {
    for (const key of Object.keys(content.settings[area])) {
      const section = SETTING_SECTIONS[area][key];
      if (section) counts[section] += 1;
    }
  }
  counts.appointmentTypes = content.appointmentTypes.length;
  counts.listings = content.listings.length;
  counts.faqs = content.faqs.length;
  return counts;
}
