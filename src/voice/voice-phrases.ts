import type { SpokenLanguage } from './speech.js';

/** "su cita del sábado", "su cita de mañana". */
const deCuando = (when: string) => (when.startsWith('el ') ? `del ${when.slice(3)}` : `de ${when}`);

/**
 * What the assistant says on a call in its own words (not the engine's), in each language a call is
 * held in. Spanish uses "usted", as the engine's Spanish does.
 */
export const PHRASES = {
  en: {
    /** Said while a language model thinks, so the caller hears us at once. */
    acknowledgement: 'Okay. ',
    handoffGoodbye:
      "Sure. I'm letting the team know right now, and someone will call you back shortly. Goodbye.",
    notServed:
      "Thanks for calling. I'll let the team know you called, and someone will get back to you. Goodbye.",
    fallback: 'Got it. Is there anything else I can help you with?',
    apology: "Sorry, I'm having trouble on my end. Someone from the team will call you back. Goodbye.",
    noTimes: "I'll have someone from the team call you to find a time that works.",
    optedOutAll: "Understood. You won't get any more calls or texts from us. Goodbye.",
    optedOutCalls: "Understood. We won't call you again. Goodbye.",
    heldOptOut:
      "Understood. I'll make sure the team sees this, and we won't call you again in the meantime. Goodbye.",
    putThrough: (who: string) => `Sure. Let me put you through to ${who} now.`,
    someoneOnTeam: 'someone on the team',
    agentAway: (who: string) =>
      `${who} isn't available right now. I've sent them your details, and they'll call you back. Goodbye.`,
    agentAwayBook: (who: string, offer: string) =>
      `${who} isn't available right now, so I've sent them your details. I can book a time for a callback. ${offer}`,
    meanwhileBook: (offer: string) => `In the meantime, I can book you a time with them. ${offer}`,
    offerIntro: 'I have',
    alsoHave: 'No problem. I also have',
    isThat: 'Sure. Is that',
    /** A yes that picks no time: the times once more, in other words. */
    timesAre: 'Great. The times are',
    nothingThen: "I don't have anything open then. The nearest times I have are",
    taken: 'Sorry, that time was just taken. I have',
    whatTime: 'No problem. What day and time would work better for you?',
    booked: (when: string, agent: string | null) =>
      `You're booked for ${when}${agent ? ` with ${agent}` : ''}. We look forward to seeing you.`,
    moveIntro: 'Sure. I have',
    moveReadBack: (when: string, agent: string | null) =>
      `Just to confirm: I'll move your appointment to ${when}${agent ? ` with ${agent}` : ''}. Shall I make that change?`,
    moved: (when: string, agent: string | null) =>
      `Done. Your appointment is now ${when}${agent ? ` with ${agent}` : ''}.`,
    cancelReadBack: (when: string, agent: string | null) =>
      `Just to confirm: you'd like to cancel your appointment ${when}${agent ? ` with ${agent}` : ''}?`,
    cancelled: (when: string) =>
      `Done. Your appointment ${when} is cancelled. If you'd like a new time, just tell me.`,
    keptIt: (when: string) => `No problem. Your appointment ${when} stays as it is.`,
    /** The caller, while the person's phone rings. */
    holdForTransfer: 'Please hold while I connect you.',
    /** The person being put through, after the whisper. */
    takeCall: 'Press 1 to take the call.',
    callNotTaken: 'Call not taken. Goodbye.',
    theTeam: 'The team',
    missedOffer: (who: string, offer: string) =>
      `Sorry, ${who} couldn't pick up, so I've sent them your details. I can book a time for a callback. ${offer}`,
    missed: (who: string) =>
      `Sorry, ${who} couldn't pick up. I've sent them your details, and they'll call you back soon. Is there anything else I can help with?`,
    noCallerId: (business: string) =>
      `Thanks for calling ${business}. We could not see your number, so our assistant cannot take this call. Please call again with caller ID on, or reach us another way.`,
    voicemailText: (hello: string, business: string) =>
      `${hello}, this is the assistant for ${business}. We just called about your inquiry and left a voicemail. Reply here any time, or call us back at this number. Reply STOP to opt out.`,
    hello: (firstName: string | null) => (firstName ? `Hi ${firstName}` : 'Hi'),
  },
  es: {
    acknowledgement: 'Claro. ',
    handoffGoodbye:
      'Claro. Ahora mismo le aviso al equipo, y alguien le devolverá la llamada muy pronto. Hasta luego.',
    notServed:
      'Gracias por llamar. Le avisaré al equipo que llamó, y alguien se comunicará con usted. Hasta luego.',
    fallback: 'Entendido. ¿Hay algo más en lo que le pueda ayudar?',
    apology:
      'Disculpe, tengo un problema de mi lado. Alguien del equipo le devolverá la llamada. Hasta luego.',
    noTimes: 'Le pediré a alguien del equipo que le llame para encontrar un horario que le quede bien.',
    optedOutAll: 'Entendido. No recibirá más llamadas ni mensajes de nuestra parte. Hasta luego.',
    optedOutCalls: 'Entendido. No le volveremos a llamar. Hasta luego.',
    heldOptOut:
      'Entendido. Me aseguraré de que el equipo lo vea, y mientras tanto no le volveremos a llamar. Hasta luego.',
    putThrough: (who: string) => `Claro. Le comunico con ${who} ahora mismo.`,
    someoneOnTeam: 'alguien del equipo',
    agentAway: (who: string) =>
      `${who} no está disponible en este momento. Ya le envié sus datos, y le devolverá la llamada. Hasta luego.`,
    agentAwayBook: (who: string, offer: string) =>
      `${who} no está disponible en este momento, así que ya le envié sus datos. Puedo agendar una hora para que le llamen. ${offer}`,
    meanwhileBook: (offer: string) => `Mientras tanto, puedo agendarle una cita. ${offer}`,
    offerIntro: 'Tengo',
    alsoHave: 'No hay problema. También tengo',
    isThat: 'Claro. Tengo',
    timesAre: 'Perfecto. Las horas son',
    nothingThen: 'No tengo nada libre a esa hora. Lo más cercano que tengo es',
    taken: 'Lo siento, esa hora se acaba de ocupar. Tengo',
    whatTime: 'No hay problema. ¿Qué día y hora le quedarían mejor?',
    booked: (when: string, agent: string | null) =>
      `Listo, quedó agendado para ${when}${agent ? ` con ${agent}` : ''}. Lo esperamos.`,
    moveIntro: 'Claro. Tengo',
    moveReadBack: (when: string, agent: string | null) =>
      `Para confirmar: cambio su cita para ${when}${agent ? ` con ${agent}` : ''}. ¿Hago el cambio?`,
    moved: (when: string, agent: string | null) =>
      `Listo. Su cita quedó para ${when}${agent ? ` con ${agent}` : ''}.`,
    cancelReadBack: (when: string, agent: string | null) =>
      `Para confirmar: ¿quiere cancelar su cita ${deCuando(when)}${agent ? ` con ${agent}` : ''}?`,
    cancelled: (when: string) =>
      `Listo. Su cita ${deCuando(when)} quedó cancelada. Si quiere otra hora, solo dígamelo.`,
    keptIt: (when: string) => `No hay problema. Su cita ${deCuando(when)} sigue igual.`,
    holdForTransfer: 'Un momento, por favor. Le comunico ahora.',
    takeCall: 'Marque 1 para tomar la llamada.',
    callNotTaken: 'No se tomó la llamada. Hasta luego.',
    theTeam: 'El equipo',
    missedOffer: (who: string, offer: string) =>
      `Disculpe, ${who} no pudo contestar, así que ya le envié sus datos. Puedo agendar una hora para que le llamen. ${offer}`,
    missed: (who: string) =>
      `Disculpe, ${who} no pudo contestar. Ya le envié sus datos, y le devolverá la llamada pronto. ¿Hay algo más en lo que le pueda ayudar?`,
    noCallerId: (business: string) =>
      `Gracias por llamar a ${business}. No pudimos ver su número, así que nuestro asistente no puede tomar esta llamada. Por favor llame de nuevo con su número visible, o comuníquese con nosotros de otra forma.`,
    voicemailText: (hello: string, business: string) =>
      `${hello}, le escribe el asistente de ${business}. Le acabamos de llamar por su consulta y le dejamos un mensaje de voz. Responda aquí cuando quiera, o llámenos a este número. Responda STOP para no recibir más mensajes.`,
    hello: (firstName: string | null) => (firstName ? `Hola ${firstName}` : 'Hola'),
  },
} as const satisfies Record<SpokenLanguage, Record<string, unknown>>;

export type Phrases = (typeof PHRASES)[SpokenLanguage];

/** The language tag Twilio's speech recognition and text-to-speech take for each language of a call. */
export const SPEECH_LOCALE: Record<SpokenLanguage, string> = { en: 'en-US', es: 'es-US' };

/** The language Twilio heard (`lang` of a prompt, "es-US" or "es"), if it is one we speak. */
export function spokenLanguageOf(lang: string | null | undefined): SpokenLanguage | null {
  const primary = lang?.toLowerCase().split('-')[0];
  return primary === 'es' ? 'es' : primary === 'en' ? 'en' : null;
}
