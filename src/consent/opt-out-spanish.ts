import type { OptOutChannel } from './data/opt-out-lexicon.js';
import type { OptOut, OptOutReason } from './keywords.js';

/**
 * Revocations in Spanish. Many leads in the United States text in Spanish, and "no más mensajes"
 * revokes consent as surely as STOP. The rules are phrase patterns over the message without accents;
 * a time limit ("no me llames antes de las 10") is a preference, as in English, not a revocation.
 */

const MESSAGES = '(?:mensajes?|mensajitos?|textos?|sms|whatsapps?)';
const CALLS = '(?:llamadas?)';
const TIME_LIMIT =
  /^\s*(?:antes|despues|hasta|hoy|ahora|mas tarde|en este momento|durante|por la (?:manana|tarde|noche)|en la (?:manana|tarde|noche)|en el trabajo|al trabajo)\b/;

interface SpanishRule {
  pattern: RegExp;
  reason: OptOutReason;
  /** The channel, or a function of the matched verb or noun. */
  channel: OptOutChannel | ((match: RegExpExecArray) => OptOutChannel);
}

function channelOfWord(word: string | undefined): OptOutChannel {
  if (!word) return 'all';
  if (/^llam/.test(word)) return 'voice';
  if (/^(?:escrib|mand|envi|text|mensaj|sms|whatsapp)/.test(word)) return 'sms';
  return 'all';
}

const RULES: readonly SpanishRule[] = [
  // "no más mensajes", "no mas textos por favor", "no más llamadas"
  {
    pattern: new RegExp(`\\bno (?:quiero )?mas (${MESSAGES}|${CALLS})\\b`),
    reason: 'stop_request',
    channel: (m) => channelOfWord(m[1]),
  },
  // "no me escriban", "no me llames", "no me contacten", "no me manden más mensajes" (not "no me llamo Ana")
  {
    pattern:
      /\bno me (escrib(?:as|an|a)|llam(?:es|en|e)|contact(?:es|en|e)|mand(?:es|en|e)|envi(?:es|en|e)|molest(?:es|en|e)|texte(?:es|en|e))\b/,
    reason: 'stop_request',
    channel: (m) => channelOfWord(m[1]),
  },
  // "no me vuelvan a llamar", "no nos vuelva a escribir", "no vuelvan a llamar a este número"
  {
    pattern:
      /\bno (?:(?:me|nos) )?vuelv(?:a|an|as) a (llamar|escribir|mandar|contactar|enviar|textear)\w*(?! (?:mas tarde|luego|despues|en|el|la|mañana|manana)\b)/,
    reason: 'stop_request',
    channel: (m) => channelOfWord(m[1]),
  },
  // "deja de escribirme", "dejen de llamarme", "paren de mandarme mensajes"
  {
    pattern:
      /(?<!\bno )(?<!\bno (?:me|nos|te) )\b(?:deja|dejen|deje|dejes|para|paren|pare|basta) de (escribir\w*|llamar\w*|contactar\w*|mandar\w*|enviar\w*|molestar\w*|textear\w*)/,
    reason: 'stop_request',
    channel: (m) => channelOfWord(m[1]),
  },
  // "ya no quiero recibir mensajes", "no quiero (recibir) mensajes", "no deseo llamadas"
  {
    pattern: new RegExp(
      `\\b(?:ya )?no (?:quiero|deseo) (?:recibir |que me (?:manden|envien) )?(?:mas )?(${MESSAGES}|${CALLS})\\b`,
    ),
    reason: 'not_wanted',
    channel: (m) => channelOfWord(m[1]),
  },
  // "no quiero que me llamen", "no quiero que me contacten"
  {
    pattern: /\bno (?:quiero|deseo) que me (escrib\w*|llam\w*|contact\w*|mand\w*|envi\w*)/,
    reason: 'not_wanted',
    channel: (m) => channelOfWord(m[1]),
  },
  // "número equivocado", "se equivocó de número"
  {
    pattern:
      /(?<!\bno es (?:el )?)(?<!\bno )\b(?:numero equivocado|equivoc\w* de numero|numero incorrecto)\b/,
    reason: 'wrong_number',
    channel: 'all',
  },
  // "bórrenme de su lista", "quiten mi número", "eliminen mis datos"
  {
    pattern:
      /\b(?:borr|elimin|quit|sac)(?!aron\b|o\b|amos\b|aste\b)\w* (?:mi numero|mis datos|me de (?:su|la|sus|las) listas?)\b|\b(?:borr|elimin|quit|sac)\w*me de (?:su|la|sus|las) listas?\b/,
    reason: 'remove_request',
    channel: 'all',
  },
  // "déjame en paz", "déjenme en paz"
  { pattern: /\bdej\w*me en paz\b/, reason: 'hostile', channel: 'all' },
  // "persona equivocada", "no soy esa persona", "este ya no es mi número", "ya no es el número de Ana"
  {
    pattern:
      /\b(?:(?:esa|la) persona ya no (?:lo tiene|tiene este numero|usa este numero|vive aqui)|ya no vive aqui|persona equivocada|equivoc\w* de persona|no soy (?:esa persona|la persona|quien busca)|(?:este|ese) (?:ya )?no es mi (?:numero|celular|telefono)|ya no es (?:mi|el|su) (?:numero|celular|telefono))\b/,
    reason: 'wrong_number',
    channel: 'all',
  },
  // "ya basta", "basta ya", "no molesten más"
  {
    pattern: /^(?:ya )?basta(?: ya)?(?: por favor)?$|\bno molest(?:en|es|e)\b/,
    reason: 'stop_request',
    channel: 'sms',
  },
  // "los voy a demandar", "voy a reportarlos", "los voy a denunciar"
  {
    pattern:
      /\b(?:voy a|vamos a) (?:demandar|reportar|denunciar)\w*|\blos? (?:voy a|vamos a) (?:demandar|reportar|denunciar)\b/,
    reason: 'threat',
    channel: 'all',
  },
  // "cancelar suscripción", "darme de baja"
  {
    pattern: /\b(?:dar(?:me)? de baja|dame de baja|denme de baja|cancelar (?:la |mi )?suscripcion)\b/,
    reason: 'unsubscribe',
    channel: 'sms',
  },
];

/** "No me escribas hasta el lunes", "no me llames antes de las 10": when, not whether. */
export function spanishTimeLimited(body: string): boolean {
  const text = plain(body);
  const ask = /\bno me (?:escrib|llam|mand|contact|envi|texte)\w*/g;
  for (let match = ask.exec(text); match; match = ask.exec(text)) {
    if (TIME_LIMIT.test(text.slice(match.index + match[0].length))) return true;
  }
  return false;
}

function plain(body: string): string {
  return body
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A wish to go on said around the request: "no quiero que dejen de mandarme", "para nada quiero darme
 * de baja", "nunca pedí que me borraran de la lista".
 */
const NEGATED_WISH =
  /\b(?:no|nunca|jamas|para nada|en ningun momento)\s+(?:(?:te|le|les|lo)\s+)?(?:quiero|queremos|quise|deseo|pedi|pedimos|dije|dijimos|he pedido|hemos pedido|estoy pidiendo|es que quiera|me quiero|nos queremos)\s+(?:que\s+)?(?:me\s+|nos\s+)?$/;

/** "no más llamadas ni mensajes", "no me llamen ni me escriban": a second channel refused with the first. */
const ALSO_REFUSED = new RegExp(
  `^ (?:ni|y|o) (?:tampoco )?(?:mas )?(?:me |nos )?(${MESSAGES}|${CALLS}|escrib\\w*|llam\\w*|mand\\w*|envi\\w*|texte\\w*)\\b`,
);

export function detectSpanishOptOut(body: string): (OptOut & { trigger: string }) | null {
  const text = plain(body);
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    if (TIME_LIMIT.test(text.slice(match.index + match[0].length))) continue;
    if (NEGATED_WISH.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    const named = typeof rule.channel === 'function' ? rule.channel(match) : rule.channel;
    const also = ALSO_REFUSED.exec(text.slice(match.index + match[0].length));
    const channel = also && channelOfWord(also[1]) !== named ? 'all' : named;
    return { channel, reason: rule.reason, trigger: match[0] };
  }
  return null;
}
