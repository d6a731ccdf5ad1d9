import { analyze } from '../conversations/understanding/analyze.js';
import { heardLanguage } from './call-language.js';
import { speakable, speechTokens } from './speech.js';
import { typedForm } from './voice-booking.js';
import { readVoiceOptOut } from './voice-opt-out.js';

/**
 * What callers say, in the shapes the reader's expressions meet most: intents, prices, time frames,
 * financing, places, rooms, times to meet, yes and no, opt-outs, in English and Spanish. None of it is
 * stored or sent anywhere.
 */
const SAMPLES = [
  "Hello, we're hoping to purchase a home",
  'somewhere near three hundred and twenty thousand dollars',
  'probably within six months or so',
  'we already have a pre-approval letter from the bank',
  'North Dallas or maybe Round Rock',
  'four bedrooms and three bathrooms',
  'could we meet Saturday at two in the afternoon',
  'tomorrow morning around 10 a.m. works',
  'no, the second one please',
  "I'm thinking of selling my condo next year",
  "please don't call me again",
  'hola, quiero comprar una casa de tres recámaras',
  'como cuatrocientos mil dólares, en unos ocho meses',
  'el sábado a las diez de la mañana',
  'sí, la primera',
] as const;

/** The answers' words, spoken: prices, times and links the voice persona rewrites. */
const SPOKEN = [
  'Great! Homes around $450k in South Austin. How soon are you hoping to move, 3-6 months? https://x.example',
  '¡Perfecto! Casas de $450 mil. ¿Para cuándo piensa mudarse? Responda 1 para reservar.',
] as const;

/** Two readings: V8 interprets a regular expression first and compiles it the next time it runs. */
const ROUNDS = 2;

/**
 * Reads a few callers' sentences the way a call's turn does, so the first calls of a process do not pay
 * for compiling the reader's expressions (chrono's date parsers, the gazetteer, the opt-out rules): the
 * first reading of a time frame can take a few hundred milliseconds, which a caller would hear as silence.
 * Returns the milliseconds it took.
 */
export function warmUpCallerReader(now: Date): number {
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const text of SAMPLES) {
      analyze(text, { now, tz: 'America/Chicago' });
      readVoiceOptOut(text);
      heardLanguage(text, null);
      typedForm(text);
    }
    for (const text of SPOKEN) speechTokens(speakable(text, text.startsWith('¡') ? 'es' : 'en'));
  }
  return performance.now() - started;
}
