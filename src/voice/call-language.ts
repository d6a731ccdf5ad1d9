import { DateTime } from 'luxon';
import { parseConversationSettings } from '../conversations/conversation.settings.js';
import { readProfile } from '../conversations/profile.js';
import { detectLanguage } from '../conversations/understanding/language.js';
import { prepareMessage } from '../conversations/understanding/text.js';
import type { DbOrTrx } from '../db/database.js';
import { findLead } from '../leads/leads.repository.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import type { SpokenLanguage } from './speech.js';
import { parseVoiceSettings } from './voice.settings.js';
import { spokenLanguageOf } from './voice-phrases.js';

/**
 * The language a call starts in (its greeting): the language of a known lead's conversation when the
 * workspace answers leads in their language, else the workspace's voice language.
 */
export async function callLanguage(
  db: DbOrTrx,
  props: { workspaceId: string; leadId: string | null },
): Promise<SpokenLanguage> {
  const [workspace, lead] = await Promise.all([
    findWorkspace(db, props.workspaceId),
    props.leadId ? findLead(db, props.workspaceId, props.leadId) : Promise.resolve(undefined),
  ]);
  return callLanguageOf({ workspaceSettings: workspace?.settings, leadProfile: lead?.profile });
}

/** The same, from a workspace's settings and the lead's profile already at hand. */
export function callLanguageOf(props: { workspaceSettings: unknown; leadProfile?: unknown }): SpokenLanguage {
  const voice = parseVoiceSettings(props.workspaceSettings);
  if (parseConversationSettings(props.workspaceSettings).replyInLeadLanguage === false) return voice.language;
  const spoken = props.leadProfile === undefined ? undefined : readProfile(props.leadProfile).language;
  return spoken ?? voice.language;
}

/** Fewer English words than this do not switch a Spanish call back to English ("Round Rock" is a place). */
const ENGLISH_WORDS = 3;

/**
 * The language the caller spoke, when it can be told: Twilio's `lang` when its recognizer names Spanish,
 * else the reader's. Null when the words do not tell ("okay", "3"): the call keeps its language.
 */
export function heardLanguage(text: string, lang: string | null): SpokenLanguage | null {
  if (spokenLanguageOf(lang) === 'es') return 'es';
  if (detectLanguage(prepareMessage(text, DateTime.utc(), 'UTC')) === 'es') return 'es';
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= ENGLISH_WORDS ? 'en' : null;
}
