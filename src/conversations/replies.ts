import { askedOfAHome } from './asked-about-a-home.js';
import type { FactCheck, HandoffReason, Profile, ProfileChange, ReplyLanguage } from './engine.types.js';
import { checkFragments, factFragment } from './fact-phrases.js';
import { paysCash } from './understanding/financing.js';
import { fill, listPhrase, pick } from './wording.js';

/**
 * The engine's own sentences, in English and Spanish. Each has two or three wordings, picked by a seed
 * made of the lead and the turn, so a conversation never repeats itself word for word and a test always
 * sees the same text. English uses plain GSM-7 characters only (no curly quotes or dashes), so a text
 * stays 160 characters a segment; Spanish keeps its accents, which correct Spanish needs.
 */

export interface Voice {
  /** The assigned agent's first name, or "our team" ("nuestro equipo"). */
  agent: string;
  business: string;
  /** The assistant's own name when the workspace gave it one; never a person's name. */
  assistant: string | null;
  firstName: string | null;
  seed: string;
  zone: string;
  /** English when absent. */
  lang?: ReplyLanguage;
  /** Whether `agent` names a person: "Maria can take over" or "someone on our team can take over". */
  agentNamed?: boolean;
}

export const languageOf = (voice: Voice): ReplyLanguage => voice.lang ?? 'en';

export type Texts = Readonly<Record<ReplyLanguage, readonly string[]>>;

/** "our team will call" opens a sentence as "Our team will call"; "¿nuestro" becomes "¿Nuestro". */
const sentenceCase = (text: string) =>
  text.replace(
    /(^|[.!?]\s+)([¿¡]?)(\p{Ll})/gu,
    (_m, before: string, mark: string, c: string) => before + mark + c.toUpperCase(),
  );

export const say = (voice: Voice, key: string, texts: Texts, extra: Record<string, string> = {}) =>
  sentenceCase(
    fill(pick(texts[languageOf(voice)], `${voice.seed}:${key}`), {
      agent: voice.agent,
      business: voice.business,
      assistant: voice.assistant,
      firstName: voice.firstName,
      ...extra,
    }),
  );

const ACK_OPENERS: Texts = {
  en: ['Got it', 'Great', 'Perfect', 'Thanks'],
  es: ['Entendido', 'Perfecto', 'Muy bien', 'Gracias'],
};

/** Says back what the lead just told us (`said`: their words), so they can see it was understood. */
export function acknowledge(
  voice: Voice,
  learned: readonly ProfileChange[],
  profile: Profile,
  said = '',
): string | null {
  const homesOwn = askedOfAHome(said);
  const facts = learned.filter(
    (c) =>
      c.field !== 'requestedTime' &&
      c.field !== 'check' &&
      c.field !== 'language' &&
      c.field !== 'opening' &&
      !((c.field === 'beds' || c.field === 'baths' || c.field === 'propertyType') && homesOwn.has(c.field)),
  );
  if (facts.length === 1 && facts[0]?.field === 'preApproved' && profile.preApproved === false) {
    return say(voice, 'ack-not-approved', {
      en: ['No worries, plenty of buyers start there.', 'No problem, that is an easy step to take later.'],
      es: [
        'No se preocupe, muchos compradores empiezan así.',
        'No hay problema, ese paso se puede dar más adelante.',
      ],
    });
  }
  // "selling in about 3 months" says the intent too.
  const sellingWhen = profile.intent === 'sell' && facts.some((c) => c.field === 'timelineMonths');
  const fragments = [
    ...new Set(
      facts
        .filter((c) => !(sellingWhen && c.field === 'intent'))
        .map((c) =>
          c.field === 'check' || c.field === 'language' || c.field === 'opening'
            ? null
            : factFragment(c.field, profile, voice, c.field === 'preApproved' && paysCash(said)),
        )
        .filter(Boolean),
    ),
  ];
  if (fragments.length === 0) return null;
  return `${say(voice, 'ack', ACK_OPENERS)}: ${fragments.join(', ')}.`;
}

/** After an English first response to a lead who wrote Spanish: the conversation goes on in Spanish. */
export function spanishOpening(voice: Voice): string {
  return say(voice, 'opening-es', {
    en: [''],
    es: ['¡Hola! Con gusto seguimos en español.', '¡Hola! Seguimos en español, con gusto.'],
  });
}

export function confirmWithAgent(voice: Voice): string {
  return say(voice, 'confirm', {
    en: [
      "I'll have {agent} confirm that and get back to you.",
      "Good question. I'll have {agent} confirm that for you.",
      "I'll have {agent} confirm that.",
    ],
    es: ['Le pediré a {agent} que se lo confirme.', 'Buena pregunta: {agent} se lo confirmará.'],
  });
}

/** "What else do you have?": the agent sends the homes that fit. */
export function otherHomesFromAgent(voice: Voice): string {
  return say(voice, 'other-homes', {
    en: [
      "I'll have {agent} send you other homes that fit.",
      "I'll ask {agent} to pull together homes that fit.",
    ],
    es: ['Le pediré a {agent} que le envíe otras casas que le queden.'],
  });
}

/** Who takes over when the lead wants a person: the agent by name, else someone on the team. */
const takesOver = (voice: Voice): Texts =>
  voice.agentNamed !== false
    ? {
        en: ['{agent} is a real person on our team and can take over anytime, just ask.'],
        es: ['{agent} es una persona de nuestro equipo y puede atenderle cuando quiera; solo dígamelo.'],
      }
    : {
        en: ['Someone on our team can take over anytime, just ask.'],
        es: ['Una persona de nuestro equipo puede atenderle cuando quiera; solo dígamelo.'],
      };

/** "Are you a bot?": yes, an automated assistant, and a person is there when wanted. One text each. */
export function aboutTheAssistant(voice: Voice): string[] {
  const who = say(voice, 'about-assistant', {
    en: ["I'm an automated assistant for {business}.", "I'm the automated assistant for {business}."],
    es: ['Soy un asistente automático de {business}.'],
  });
  return [who, say(voice, 'takes-over', takesOver(voice))];
}

/**
 * "Who is this?": who is texting (an automated assistant, never a person's name), for whom, why (the
 * lead's own inquiry), and that a person can take over. `about` is the address they asked about, if any.
 * Parts, so a long Spanish answer becomes two texts rather than a cut one.
 */
export function whoWeAre(voice: Voice, about: string | null): string[] {
  const named = voice.assistant !== null;
  const who = say(voice, named ? 'who-named' : 'who', {
    en: named
      ? ["I'm {assistant}, the automated assistant for {business}."]
      : ['This is the automated assistant for {business}.', "I'm the automated assistant for {business}."],
    es: named
      ? ['Soy {assistant}, el asistente automático de {business}.']
      : ['Le escribe el asistente automático de {business}.', 'Soy el asistente automático de {business}.'],
  });
  const why = about
    ? say(
        voice,
        'why-property',
        {
          en: ["I'm following up on your inquiry about {about}."],
          es: ['Le escribo por su consulta sobre {about}.'],
        },
        { about },
      )
    : say(voice, 'why', {
        en: ["I'm following up on your inquiry with us.", "I'm texting about the inquiry you sent us."],
        es: ['Le escribo por la consulta que nos envió.'],
      });
  return [`${who} ${why}`, say(voice, 'takes-over', takesOver(voice))];
}

const HANDOFF_TEXTS: Record<HandoffReason, Texts> = {
  requested_human: {
    en: [
      "Of course! I'm letting {agent} know now, and {agent} will reach out to you shortly.",
      'Absolutely. {agent} will reach out to you shortly.',
    ],
    es: [
      '¡Claro! Ya le aviso a {agent}, que se comunicará con usted en breve.',
      'Por supuesto. {agent} se comunicará con usted en breve.',
    ],
  },
  hot_lead: {
    en: [
      "Sounds like you're ready to go! I'm bringing in {agent} now, so expect a call or text shortly.",
      'Thanks, that helps a lot. {agent} will reach out shortly to take it from here.',
    ],
    es: [
      '¡Parece que ya puede dar el siguiente paso! Le aviso a {agent} ahora; espere una llamada o un mensaje en breve.',
      'Gracias, eso ayuda mucho. {agent} se comunicará con usted en breve para seguir desde aquí.',
    ],
  },
  frustration: {
    en: [
      "Sorry about that! I'm getting {agent} to reach out to you directly.",
      'My apologies. {agent} will reach out to you directly.',
    ],
    es: [
      '¡Disculpe! Le pido a {agent} que se comunique con usted directamente.',
      'Mis disculpas. {agent} se comunicará con usted directamente.',
    ],
  },
  legal_question: {
    en: [
      "That's a question for {agent}, who can answer it properly. I've passed it along and {agent} will be in touch shortly.",
      "Good question, and one {agent} should answer. I've passed it along; expect to hear back shortly.",
    ],
    es: ['Esa pregunta debe contestarla {agent}. Ya se la pasé y se comunicará con usted en breve.'],
  },
  lending_question: {
    en: [
      "Good question! Loan details are best answered by {agent} or a lender. I've passed it along and {agent} will follow up shortly.",
      "Rates and loans are best handled by {agent} or a lender. I've passed your question along; {agent} will follow up shortly.",
    ],
    es: [
      '¡Buena pregunta! Los detalles del préstamo los responde mejor {agent} o un prestamista. Ya se la pasé y le responderá en breve.',
    ],
  },
  unanswered_question: {
    en: [
      "Sorry I didn't get you an answer! I've passed your question to {agent}, who will get back to you shortly.",
      'My apologies for missing that. {agent} has your question and will get back to you shortly.',
    ],
    es: [
      '¡Disculpe que no le respondí! Ya le pasé su pregunta a {agent}, que le responderá en breve.',
      'Mis disculpas. {agent} ya tiene su pregunta y le responderá en breve.',
    ],
  },
  no_progress: {
    en: [
      "I'll have {agent} reach out to you directly to help from here.",
      '{agent} will reach out to you directly to help from here.',
    ],
    es: ['Le pediré a {agent} que se comunique con usted directamente para ayudarle.'],
  },
  no_time_fits: {
    en: [
      "No problem. I've asked {agent} to reach out and find a time that works for you.",
      'Understood. {agent} will reach out to find a time that suits you.',
    ],
    es: [
      'No hay problema. Le pedí a {agent} que se comunique con usted para encontrar una hora que le quede bien.',
    ],
  },
  renter_ready: {
    en: [
      "That's everything I need. {agent} will reach out shortly with rentals that fit.",
      'That gives us what we need. {agent} will be in touch shortly with rentals that fit.',
    ],
    es: ['Con eso tengo todo lo necesario. {agent} se comunicará con usted en breve con opciones de renta.'],
  },
};

export const handoffText = (voice: Voice, reason: HandoffReason): string =>
  say(voice, `handoff-${reason}`, HANDOFF_TEXTS[reason]);

export function bookingNoted(voice: Voice, when: string): string {
  return say(
    voice,
    'booking',
    {
      en: [
        "I've noted {when}. {agent} will confirm the time with you shortly.",
        'Great, {when} it is. {agent} will confirm with you shortly.',
      ],
      es: ['Anotado: {when}. {agent} le confirmará la hora en breve.'],
    },
    { when },
  );
}

export function askForMeeting(voice: Voice, intent: Profile['intent']): string {
  if (intent === 'sell') {
    return say(voice, 'meet-sell', {
      en: [
        'Would you like {agent} to come by and talk about selling? What day and time work for you?',
        'Want to set up a time with {agent} to talk about pricing your home? What day and time work?',
      ],
      es: ['¿Le gustaría que {agent} pase a hablar de la venta? ¿Qué día y hora le quedan bien?'],
    });
  }
  if (intent === 'buy' || intent === 'both' || intent === 'rent') {
    return say(voice, 'meet-buy', {
      en: [
        'Would you like to see some homes with {agent}? What day and time work for you?',
        'Want to set up a time with {agent} to tour a few places? What day and time work best?',
      ],
      es: ['¿Le gustaría ver algunas casas con {agent}? ¿Qué día y hora le quedan bien?'],
    });
  }
  return say(voice, 'meet', {
    en: [
      'Would you like to set up a call with {agent}? What day and time work best?',
      'Want to find a time to talk with {agent}? What day and time work for you?',
    ],
    es: ['¿Le gustaría agendar una llamada con {agent}? ¿Qué día y hora le quedan mejor?'],
  });
}

/** After answering about a home on the market: the tour, asked as the next thing. */
export function offerTour(voice: Voice): string {
  return say(voice, 'tour', {
    en: [
      'Would you like to see it with {agent}? What day and time work for you?',
      'Want to set up a time to see it with {agent}? What day and time work best?',
    ],
    es: ['¿Le gustaría verla con {agent}? ¿Qué día y hora le quedan bien?'],
  });
}

export function offerVisit(voice: Voice): string {
  return say(voice, 'visit', {
    en: [
      'Happy to set that up! What day and time work best for you?',
      "I'd be glad to arrange that. What day and time work for you?",
    ],
    es: ['¡Con gusto lo organizo! ¿Qué día y hora le quedan mejor?'],
  });
}

export function notInterestedClose(voice: Voice): string {
  return say(voice, 'lost', {
    en: [
      'Understood, thanks for letting me know! If anything changes, just text us here.',
      'No problem at all. If anything changes down the road, just reply here.',
    ],
    es: ['Entendido, ¡gracias por avisarme! Si algo cambia, escríbanos aquí.'],
  });
}

export function noCalls(voice: Voice): string {
  return say(voice, 'no-calls', {
    en: ["Understood, no calls. I'll stick to texting.", 'Got it, texts only from here.'],
    es: ['Entendido, sin llamadas. Seguimos por mensaje de texto.'],
  });
}

export function welcome(voice: Voice): string {
  return say(voice, 'welcome', {
    en: ["You're welcome!", 'Anytime!', 'Happy to help!'],
    es: ['¡De nada!', '¡Con gusto!', '¡Para servirle!'],
  });
}

export function noMeetingNow(voice: Voice): string {
  return say(voice, 'no-meeting', {
    en: ["No problem. Whenever you're ready, just text a day and time.", 'No rush at all.'],
    es: ['No hay problema. Cuando le quede bien, escríbame un día y una hora.', 'Sin ninguna prisa.'],
  });
}

/** A weekday and a date that disagree ("thu the 16th", a Wednesday): ask which, never guess. */
export function askWhichDay(voice: Voice, days: readonly [string, string]): string {
  return say(
    voice,
    'which-day',
    {
      en: ['Just to check which day you mean: {first} or {second}?', 'Quick check: {first} or {second}?'],
      es: ['Solo para confirmar el día: ¿{first} o {second}?', 'Para no equivocarme: ¿{first} o {second}?'],
    },
    { first: days[0], second: days[1] },
  );
}

/** A script question: the workspace's phrasings, or both languages' when the caller has them. */
/**
 * The script's question in one of its phrasings; asked again while the lead has it in front of them
 * (`shown`), in another phrasing when there is one.
 */
export function askQuestion(
  voice: Voice,
  slot: string,
  phrasings: Texts | readonly string[],
  shown: readonly string[] = [],
): string {
  const texts: Texts = isTexts(phrasings) ? phrasings : { en: phrasings, es: phrasings };
  const lang = languageOf(voice);
  const seen = shown.map((text) => text.toLowerCase());
  const unseen = texts[lang].filter((phrasing) => {
    const asked = say(voice, `ask-${slot}`, { ...texts, [lang]: [phrasing] }).toLowerCase();
    return !seen.some((text) => text.includes(asked));
  });
  return say(voice, `ask-${slot}`, unseen.length > 0 ? { ...texts, [lang]: unseen } : texts);
}

const isTexts = (value: Texts | readonly string[]): value is Texts => !Array.isArray(value);

/** "Just to check: a budget of about $300,000?": a doubtful reading asked, never stated. */
export function checkBack(voice: Voice, check: FactCheck, known: Profile): string | null {
  const fragments = checkFragments(check, known, voice);
  if (fragments.length === 0) return null;
  return say(
    voice,
    'check',
    {
      en: ['Just to check: {facts}?', 'Quick check so I get it right: {facts}?'],
      es: ['Solo para confirmar: ¿{facts}?', 'Para asegurarme de entender bien: ¿{facts}?'],
    },
    { facts: listPhrase(fragments, languageOf(voice)) },
  );
}
