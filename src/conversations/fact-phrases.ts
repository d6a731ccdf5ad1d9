import type { FactCheck, Profile, ProfileField, ReplyLanguage } from './engine.types.js';
import { moveInPhrase } from './renting.js';
import type { Voice } from './replies.js';
import type { PropertyType } from './understanding/understanding.schema.js';
import { budgetPhrase, dollars, intentPhrase, listPhrase, timelinePhrase, timePhrase } from './wording.js';

/**
 * A fact of the profile in a few words, said back to the lead: stated when the lead said it with
 * confidence ("Got it: buying, up to $450K."), asked when the reading was doubtful ("Just to check: a
 * budget of about $300,000?"). Only values of the profile or of the check are ever put in words.
 */

const PROPERTY_TYPES: Record<ReplyLanguage, Record<PropertyType, string>> = {
  en: {
    single_family: 'single-family',
    condo: 'condo',
    townhouse: 'townhouse',
    multi_family: 'multi-family',
    land: 'land',
    manufactured: 'manufactured home',
  },
  es: {
    single_family: 'casa unifamiliar',
    condo: 'condominio',
    townhouse: 'townhouse',
    multi_family: 'multifamiliar',
    land: 'terreno',
    manufactured: 'casa prefabricada',
  },
};

const INTENT_ES = {
  buy: 'busca comprar',
  sell: 'busca vender',
  both: 'busca comprar y vender',
  rent: 'busca rentar',
};

/**
 * The fragment acknowledging a fact just learned, in the voice's language; null when there is none.
 * `cash`: the lead's words gave their financing as cash, said back as such.
 */
export function factFragment(
  field: ProfileField,
  profile: Profile,
  voice: Voice,
  cash = false,
): string | null {
  const lang: ReplyLanguage = voice.lang ?? 'en';
  const es = lang === 'es';
  switch (field) {
    case 'intent':
      return profile.intent ? (es ? INTENT_ES[profile.intent] : intentPhrase(profile.intent)) : null;
    case 'timelineMonths':
      if (profile.timelineMonths === undefined) return null;
      // A seller's timeline is when they sell: "selling in about 3 months", "piensa vender en unos 3 meses".
      if (profile.intent === 'sell') {
        const when = timelinePhrase(profile.timelineMonths, lang);
        return es ? `piensa vender ${when}` : `selling ${when.replace(/^within /, 'in ')}`;
      }
      return `${es ? 'mudarse' : 'moving'} ${timelinePhrase(profile.timelineMonths, lang)}`;
    case 'budgetMin':
    case 'budgetMax': {
      const phrase = budgetPhrase(profile, lang);
      return phrase && es ? `presupuesto ${phrase}` : phrase;
    }
    case 'preApproved':
      if (profile.preApproved && cash) return es ? 'paga de contado' : 'paying cash';
      if (es) return profile.preApproved ? 'con preaprobación' : 'todavía sin preaprobación';
      return profile.preApproved ? 'pre-approved' : 'no pre-approval yet';
    case 'areas':
      return profile.areas ? `${es ? 'en' : 'in'} ${listPhrase(profile.areas, lang)}` : null;
    case 'beds':
      return profile.beds !== undefined ? `${profile.beds} ${es ? 'habitaciones' : 'bedrooms'}` : null;
    case 'baths':
      return profile.baths !== undefined ? `${profile.baths} ${es ? 'baños' : 'baths'}` : null;
    case 'propertyType':
      return profile.propertyType ? PROPERTY_TYPES[lang][profile.propertyType] : null;
    case 'propertyAddress':
      return profile.propertyAddress ? streetCase(profile.propertyAddress) : null;
    case 'requestedTime':
      return profile.requestedTime ? timePhrase(profile.requestedTime.start, voice.zone, lang) : null;
    case 'moveInDate':
      return profile.moveInDate
        ? `${es ? 'mudanza' : 'move-in'} ${moveInPhrase(profile.moveInDate, lang)}`
        : null;
    case 'pets':
      if (profile.pets === undefined) return null;
      if (es) return profile.pets ? 'con mascotas' : 'sin mascotas';
      return profile.pets ? 'with pets' : 'no pets';
  }
}

const SMALL_WORDS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'of', 'the', 'and']);

/** "1402 maple ave" said back as "1402 Maple Ave"; an address the lead wrote with capitals stays theirs. */
function streetCase(address: string): string {
  if (address !== address.toLowerCase()) return address;
  return address.replace(/\p{L}[\p{L}'.]*/gu, (word, at: number) =>
    at > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
  );
}

/** A doubtful budget as a question: exact dollars, since "$300K" and "$300M" is the doubt. */
function budgetAsked(min: number | undefined, max: number | undefined, rent: boolean, lang: ReplyLanguage) {
  const es = lang === 'es';
  const monthly = rent ? (es ? ' al mes' : ' a month') : '';
  if (min !== undefined && max !== undefined) {
    return `${es ? 'entre' : 'between'} ${dollars(min)} ${es ? 'y' : 'and'} ${dollars(max)}${monthly}`;
  }
  const amount = max ?? min;
  if (amount === undefined) return null;
  if (max === undefined) return `${es ? 'desde' : 'from'} ${dollars(amount)}${monthly}`;
  return es
    ? `un presupuesto de unos ${dollars(amount)}${monthly}`
    : `a budget of about ${dollars(amount)}${monthly}`;
}

/** The facts of a check in words, in the order read, for "Just to check: ...?". */
export function checkFragments(check: FactCheck, known: Profile, voice: Voice): string[] {
  const lang: ReplyLanguage = voice.lang ?? 'en';
  const es = lang === 'es';
  const asked: Profile = { ...known };
  for (const change of check.changes) (asked as Record<string, unknown>)[change.field] = change.value;
  const fragments: string[] = [];
  let budgetSaid = false;
  for (const { field } of check.changes) {
    if (field === 'budgetMin' || field === 'budgetMax') {
      if (budgetSaid) continue;
      budgetSaid = true;
      const min = check.changes.find((c) => c.field === 'budgetMin')?.value as number | undefined;
      const max = check.changes.find((c) => c.field === 'budgetMax')?.value as number | undefined;
      const phrase = budgetAsked(min ?? undefined, max ?? undefined, asked.intent === 'rent', lang);
      if (phrase) fragments.push(phrase);
      continue;
    }
    if (field === 'preApproved') {
      if (es)
        fragments.push(
          asked.preApproved ? 'ya tiene preaprobación o paga de contado' : 'todavía no tiene preaprobación',
        );
      else fragments.push(asked.preApproved ? 'already pre-approved or paying cash' : 'not pre-approved yet');
      continue;
    }
    const fragment = factFragment(field, asked, voice);
    if (fragment) fragments.push(fragment);
  }
  return fragments;
}
