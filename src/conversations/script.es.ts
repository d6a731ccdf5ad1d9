import type { Slot } from './engine.types.js';
import type { Intent } from './understanding/understanding.schema.js';

/**
 * The qualification questions in Spanish, asked of a lead who writes Spanish when the workspace's
 * replyInLeadLanguage is on. A workspace's own script phrasings are in its own words (English); these
 * ask the same thing. "Usted" throughout, and words that do not assume the lead's gender.
 */
const QUESTIONS: Record<Exclude<Slot, 'requestedTime'>, readonly string[]> = {
  intent: ['¿Busca comprar, vender o ambas cosas?', '¿Está pensando en comprar, vender o las dos cosas?'],
  propertyAddress: [
    '¿Cuál es la dirección de la casa que piensa vender?',
    '¿Qué casa vendería? Con la dirección es suficiente.',
  ],
  timelineMonths: ['¿Para cuándo piensa mudarse?', '¿Qué tan pronto le gustaría mudarse?'],
  preApproved: [
    '¿Ya tiene una preaprobación de hipoteca, o pagaría de contado?',
    '¿Ya cuenta con la preaprobación de un prestamista, o compraría de contado?',
  ],
  budget: ['¿En qué rango de precio está buscando?', '¿Qué presupuesto tiene en mente?'],
  areas: [
    '¿Qué zonas o vecindarios le interesan?',
    '¿Dónde le gustaría vivir? ¿Tiene algún vecindario en mente?',
  ],
  beds: ['¿Cuántas habitaciones necesita?', '¿Cuántas habitaciones busca?'],
  baths: ['¿Cuántos baños necesita?'],
  propertyType: ['¿Qué tipo de propiedad busca: casa, condominio o townhouse?'],
  moveInDate: ['¿Para qué fecha quiere mudarse?', '¿Cuándo le gustaría mudarse?'],
  pets: ['¿Tiene mascotas que se mudarían con usted?', '¿Tiene mascotas?'],
};

const RENT_BUDGET = ['¿Cuánto quiere pagar de renta al mes?', '¿Cuál es su presupuesto mensual de renta?'];

export function spanishPhrasings(
  slot: Exclude<Slot, 'requestedTime'>,
  intent: Intent | undefined,
): readonly string[] {
  return slot === 'budget' && intent === 'rent' ? RENT_BUDGET : QUESTIONS[slot];
}
