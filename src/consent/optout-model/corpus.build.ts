import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalise } from './features.js';
import { type CorpusExample, seededRandom } from './train.js';

/**
 * Writes corpus.jsonl from the hand-written corpus.source.txt, the lead texts of the development corpus
 * (eval/messages.jsonl, eval/conversations.jsonl) and a few template families, each example once.
 * Variants of one written line share a `group`, and cross-validation keeps a group in one fold, so
 * the figures are not flattered by near-copies. Run with `npx tsx`, then `npm run train:optout`.
 */
const HERE = import.meta.dirname;
const ROOT = path.join(HERE, '..', '..', '..');
const random = seededRandom(12);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

type Label = CorpusExample['label'];
type Channel = CorpusExample['channel'];
type Lang = CorpusExample['lang'];

const out: CorpusExample[] = [];
const seen = new Set<string>();

function add(text: string, label: Label, channel: Channel, kind: string, lang: Lang, group: string): void {
  const key = normalise(text)
    .replace(/[^\p{L}0]+/gu, ' ')
    .trim();
  if (key === '' || seen.has(key)) return;
  seen.add(key);
  out.push({ text, label, channel: label === 'revoke' ? channel : null, kind, lang, group });
}

const PREFIXES_EN = [
  '',
  '',
  'please ',
  'ok ',
  'hey, ',
  'look, ',
  'seriously ',
  'sorry but ',
  'hi. ',
  'listen ',
];
const SUFFIXES_EN = ['', '', '.', '!!', ' thanks', ' please', ' now', ' asap', ' thx', ' lol', ' for real'];
const PREFIXES_ES = ['', 'por favor ', 'oiga, ', 'hola, ', 'disculpe pero '];
const SUFFIXES_ES = ['', '.', ' gracias', ' por favor', ' ya', '!!'];

/** A typo of the kind thumbs make: one letter dropped from one longer word. */
function typo(text: string): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{5,}$/u.test(w));
  if (candidates.length === 0) return text;
  const [word, i] = pick(candidates);
  const at = 1 + Math.floor(random() * (word.length - 2));
  words[i] = word.slice(0, at) + word.slice(at + 1);
  return words.join(' ');
}

function variant(text: string, lang: Lang): string {
  const spanish = lang === 'es';
  const roll = random();
  if (roll < 0.25) return typo(text);
  if (roll < 0.4) return text.toUpperCase();
  const prefix = pick(spanish ? PREFIXES_ES : PREFIXES_EN);
  const suffix = pick(spanish ? SUFFIXES_ES : SUFFIXES_EN);
  return `${prefix}${text}${suffix}`;
}

// 1. Hand-written lines, each with one variant in its group.
let section: { label: Label; channel: Channel; kind: string; lang: Lang } | null = null;
readFileSync(path.join(HERE, 'corpus.source.txt'), 'utf8')
  .split('\n')
  .forEach((line, n) => {
    const text = line.trim();
    if (text.startsWith('## ')) {
      const [label, channel, kind, lang] = text.slice(3).split(/\s+/);
      section = {
        label: label as Label,
        channel: channel === '-' ? null : (channel as Channel),
        kind: kind ?? 'other',
        lang: (lang ?? 'en') as Lang,
      };
      return;
    }
    if (text === '' || text.startsWith('#') || !section) return;
    const { label, channel, kind, lang } = section;
    add(text, label, channel, kind, lang, `src:${n + 1}`);
    add(variant(text, lang), label, channel, kind, lang, `src:${n + 1}`);
  });

// 2. The development corpus's lead texts, as labelled there.
const messages = readFileSync(path.join(ROOT, 'eval', 'messages.jsonl'), 'utf8')
  .trim()
  .split('\n');
messages.forEach((line, n) => {
  const item = JSON.parse(line) as { text: string; expected: { optOut?: { channel: Channel } | null } };
  const optOut = item.expected.optOut ?? null;
  const lang: Lang = /[ñáéíóú¿¡]|\b(?:quiero|casa|recámaras|mañana)\b/i.test(item.text) ? 'es' : 'en';
  add(
    item.text,
    optOut ? 'revoke' : 'keep',
    optOut?.channel ?? null,
    optOut ? 'dev' : 'lead',
    lang,
    `dev:${n + 1}`,
  );
});
const conversations = readFileSync(path.join(ROOT, 'eval', 'conversations.jsonl'), 'utf8')
  .trim()
  .split('\n');
conversations.forEach((line, n) => {
  const item = JSON.parse(line) as { turns: string[]; expected: { outcome?: string } };
  const turns = item.expected.outcome === 'opted_out' ? item.turns.slice(0, -1) : item.turns;
  for (const turn of turns) add(turn, 'keep', null, 'lead', 'en', `conv:${n + 1}`);
});

// 3. Template families: the shapes that must be told apart, in many wordings.
function family(
  name: string,
  label: Label,
  channel: Channel,
  kind: string,
  lang: Lang,
  parts: readonly (readonly string[])[],
  count: number,
): void {
  for (let i = 0; i < count; i++) {
    const text = parts
      .map((options) => pick(options))
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/\s([,.!?])/g, '$1')
      .trim();
    add(text, label, channel, kind, lang, `tpl:${name}:${i % 8}`);
  }
}

const DAYS = [
  'saturday',
  'sunday',
  'tomorrow',
  'after work',
  'at 3',
  'this weekend',
  'monday morning',
  'around noon',
];
family(
  'negated',
  'keep',
  null,
  'negation',
  'en',
  [
    ['I', 'we', 'nope, I', 'sorry, I', 'no I'],
    ["haven't", "didn't", 'have not', 'did not', 'never'],
    ['unsubscribed', 'opted out', 'stopped looking', 'blocked you', 'asked you to stop', 'said stop'],
    [
      ', just been busy',
      ', still looking',
      ' yet',
      ', just traveling',
      ', keep them coming',
      ', was at work',
      '',
    ],
  ],
  90,
);
family(
  'dont-stop',
  'keep',
  null,
  'negation',
  'en',
  [
    ["don't", "please don't", 'do not', 'never', 'no need to'],
    ['stop'],
    [
      'sending listings',
      'texting me',
      'the texts',
      'sending me houses',
      'the updates',
      'the alerts',
      'checking in',
    ],
    ['', ', I love them', ', they help', ', we are still looking', ' lol', '!'],
  ],
  70,
);
family(
  'stop-by',
  'keep',
  null,
  'lookalike',
  'en',
  [
    ['can we', "we'll", "I'll", 'could I', 'mind if we', 'ok to', 'should we'],
    ['stop by', 'stop in at', 'stop at', 'stop over at', 'swing by'],
    ['the house', 'the office', 'the open house', 'your office', 'the condo', 'the bank'],
    DAYS,
  ],
  80,
);
family(
  'schedule',
  'keep',
  null,
  'scheduling',
  'en',
  [
    ['can we', 'could we', "let's", 'we want to', 'is it ok to'],
    ['see it', 'tour the house', 'do a showing', 'look at the condo', 'meet', 'talk'],
    DAYS,
    ['', '?', ', my husband is off', ', works for us', ' if that works'],
  ],
  80,
);
family(
  'stop-texting',
  'revoke',
  'sms',
  'paraphrase',
  'en',
  [
    ['', 'please', 'pls', 'can you', 'I need you to', 'just', 'kindly'],
    ['stop', 'quit', 'cease'],
    ['texting', 'messaging', 'sending texts to', 'sending messages to', 'sending listings to'],
    ['me', 'this number', 'my phone', 'us'],
    ['', 'already', 'now', 'immediately', 'for good', ', thanks', ', not interested'],
  ],
  90,
);
family(
  'stop-calling',
  'revoke',
  'voice',
  'paraphrase',
  'en',
  [
    ['', 'please', 'pls', 'can you', 'just'],
    ['stop', 'quit'],
    ['calling', 'phoning', 'ringing', 'leaving voicemails on'],
    ['me', 'this number', 'my phone', 'my cell'],
    ['', 'already', 'now', 'ok', ', I never answer'],
  ],
  50,
);
family(
  'remove',
  'revoke',
  'all',
  'paraphrase',
  'en',
  [
    ['', 'please', 'pls', 'kindly', 'can you'],
    ['remove', 'take', 'delete', 'drop', 'get'],
    ['me', 'my number', 'this number', 'us'],
    ['from your list', 'off your list', 'from your system', 'from your database', 'off your contacts'],
    ['', 'thanks', 'asap', 'now', ', not interested'],
  ],
  70,
);
family(
  'es-no-me',
  'revoke',
  'sms',
  'paraphrase',
  'es',
  [
    ['', 'por favor', 'ya', 'oiga'],
    ['no me', 'ya no me'],
    ['escriba', 'escriban', 'manden mensajes', 'envíen mensajes', 'manden casas', 'textee'],
    ['', 'más', 'nunca más', 'gracias', 'por favor'],
  ],
  60,
);
family(
  'es-lead',
  'keep',
  null,
  'lead',
  'es',
  [
    ['buscamos', 'queremos', 'busco', 'necesito', 'quiero ver'],
    [
      'una casa',
      'un departamento',
      'una casa de 3 recámaras',
      'algo con patio',
      'una casa cerca de la escuela',
    ],
    ['en Austin', 'por el norte', 'cerca del trabajo', 'de 300 mil', 'para el verano', ''],
    ['', ', me puede llamar', ', ¿tiene algo?', ', ¿cuándo podemos verla?', ', gracias'],
  ],
  70,
);
family(
  'es-negated',
  'keep',
  null,
  'negation',
  'es',
  [
    ['no', 'por favor no', 'no, no'],
    ['deje de', 'dejen de', 'pare de'],
    ['mandarme casas', 'escribirme', 'mandarme opciones', 'avisarme'],
    ['', ', me gustan', ', seguimos buscando', ', gracias'],
  ],
  40,
);
family(
  'es-schedule',
  'keep',
  null,
  'scheduling',
  'es',
  [
    ['¿podemos', 'quiero', 'nos gustaría', '¿se puede'],
    ['ver la casa', 'pasar por la oficina', 'hablar', 'visitar el departamento'],
    ['mañana', 'el sábado', 'a las 4', 'el domingo en la tarde', 'esta semana'],
    ['', '?', ', gracias', ' por favor'],
  ],
  40,
);
family(
  'mixed-lead',
  'keep',
  null,
  'lead',
  'mixed',
  [
    ['hola', 'hi', 'ok', 'sí', 'yes'],
    ['we want', 'buscamos', 'looking for', 'queremos'],
    ['una casa', 'a house', '3 bedrooms', 'tres cuartos', 'un condo'],
    ['in Dallas', 'por favor', 'under 400k', 'con yard', 'near the school', 'cerca de mi trabajo'],
  ],
  50,
);

writeFileSync(path.join(HERE, 'corpus.jsonl'), `${out.map((e) => JSON.stringify(e)).join('\n')}\n`);
const revoke = out.filter((e) => e.label === 'revoke').length;
console.log(JSON.stringify({ examples: out.length, revoke, keep: out.length - revoke }));
