import type { ReplyLanguage, TurnMessage } from './engine.types.js';
import { plain } from './signals.js';
import { englishWordCount } from './understanding/language.js';

/**
 * The language the assistant answers in. The reader tells each text's language; a text with no words
 * of its own ("3", "ok", "👍") keeps the conversation's language, so a Spanish speaker who answers
 * "3" is not switched to English. Short Spanish answers the reader may not grade ("sí", "claro") count
 * as Spanish.
 */

const NEUTRAL = new Set([
  'ok',
  'okay',
  'k',
  'kk',
  'no',
  'lol',
  'jaja',
  'jajaja',
  'haha',
  'hahaha',
  'hmm',
  'mm',
]);
const SPANISH_SHORT = new Set([
  'sí',
  'si',
  'claro',
  'correcto',
  'exacto',
  'gracias',
  'muchas',
  'dale',
  'bueno',
  'vale',
  'ándale',
  'andale',
  'así',
  'asi',
  'es',
  'eso',
  'todavía',
  'todavia',
  'aún',
  'aun',
  'nel',
  'hola',
  'buenas',
  'buenos',
  'días',
  'tardes',
  'noches',
  'mil',
  'millones',
  'meses',
  'recámaras',
  'recamaras',
  'habitaciones',
  'cuartos',
  'baños',
  'banos',
]);

function wordsOf(text: string): string[] {
  return plain(text)
    .replace(/[^\p{L}\s']/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^\p{N}+$/u.test(w) && !/^\d+k$/.test(w));
}

/** This text's own language, or null when it has no words to tell by. */
export function textLanguage(message: Pick<TurnMessage, 'text' | 'understanding'>): ReplyLanguage | null {
  if (message.understanding.language === 'es') return 'es';
  const words = wordsOf(message.text).filter((w) => !NEUTRAL.has(w));
  if (words.length === 0) return null;
  if (words.every((w) => SPANISH_SHORT.has(w)) && words.some((w) => w !== 'es')) return 'es';
  return message.understanding.language;
}

/**
 * The language of the turn's texts (the newest that tells), else the conversation's so far. A Spanish
 * conversation turns English only on a text with a few common English words: "Round Rock" or "Hyde Park"
 * is a place, and "todavia no tengo preaprobacion" Spanish written without accents, not a change of
 * language.
 */
export function turnLanguage(
  messages: readonly Pick<TurnMessage, 'text' | 'understanding'>[],
  known: ReplyLanguage | undefined,
): ReplyLanguage | undefined {
  for (const message of [...messages].reverse()) {
    const language = textLanguage(message);
    if (language === 'en' && known === 'es' && englishWordCount(message.text) < ENGLISH_WORDS) continue;
    if (language) return language;
  }
  return known;
}

/** Common English words a text needs to switch a Spanish conversation back to English. */
const ENGLISH_WORDS = 2;
