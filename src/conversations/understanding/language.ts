import type { Message } from './text.js';

/**
 * Words that mark Spanish and rarely occur in an English text ("no" and "me" belong to both, so they count
 * for neither). Words shared with English ("no", "a",
 * "me", "con" aside) or with place names ("San", "Las", "El Paso") are left out or count only in company.
 */
const SPANISH = new Set(
  `que qué quiero queremos quisiera busco buscamos buscando necesito necesitamos tengo tenemos tiene estoy estamos
  está esta este estos estas es son soy somos ser hay para por pero porque como cómo cuando cuándo donde dónde
  quien quién quiénes cual cuál cuanto cuánto cuánta cuesta el la los las lo un una unos unas del al de en con sin
  mi mis su sus tu nuestra nuestro muy más mas también tambien ya sí gracias hola buenas buenos días dias tardes
  noches casa casas departamento apartamento depa terreno cuartos cuarto recámaras recamaras recámara recamara
  habitaciones habitación dormitorios baños baño comprar compra vender venta vendo rentar renta alquilar alquiler
  mil millones millón presupuesto precio meses mes año años semana semanas mañana hoy ahorita pronto posible
  después despues antes agente persona alguien hablar llamar llámame llamen efectivo contado préstamo prestamo
  crédito credito aprobado aprobada preaprobado preaprobada pre-aprobado pre-aprobada aprobación pre-aprobación
  preaprobación vivir mudar mudarnos mudarme zona barrio cerca ahora todavía aún aun nada bien bueno claro favor
  enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre primavera verano
  otoño invierno somos compradores comprador compradora primerizos primera vez habla hablo eres interesa interesan ocupo ocupamos tienen pa sábado domingo lunes martes miércoles jueves viernes tarde noche hasta desde entre unos
  manden mande mandes mandar mandando mensajes mensaje número numero equivocado equivocada interesado interesada
  interesados contacten contactes porfa bórrenme borrenme lista conozco ninguna ninguno sigan sigo mandando
  opciones nomás nomas precalificados precalificado aprobados escribo escriban escribas llames oye déjenme
  dejenme paz molesten quiten ocupada ocupado ningún ningun nadie nunca hora horas minutos media`.split(
    /\s+/,
  ),
);
/** The same words as typed without accents ("todavia", "preaprobacion", "recamaras"). */
const SPANISH_UNACCENTED = new Set([...SPANISH].map(unaccented));
for (const w of ['preaprobacion', 'aprobacion', 'pre-aprobacion', 'precalificacion'])
  SPANISH_UNACCENTED.add(w);

function unaccented(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Alone, these do not make a text Spanish: "sí", "gracias" and "hola" are written by English speakers too. */
const LONE_FRIENDLY = new Set([
  'sí',
  'si',
  'gracias',
  'hola',
  'ok',
  'bueno',
  'claro',
  'de',
  'la',
  'el',
  'es',
]);
const ENGLISH = new Set(
  `the a an and or but i i'm im we we're you your my our is are was were be been do does did have has had
  to of in on at for with from this that it it's its looking want need would like can could will just
  not yes yeah please thanks thank what when where who how house home homes buy sell rent around about
  under max budget beds bed baths bath bedroom bedrooms months month year next maybe get got us they
  there here some any more much very so if then than also too take off list text texts texting call
  calling remove send sending know don't dont`.split(/\s+/),
);

/**
 * 'es' when the text is Spanish or mostly Spanish (Spanglish with more Spanish words than English
 * ones), else 'en'. A lone courtesy ("sí", "gracias", "ok") stays 'en': too short to switch the
 * conversation's language on.
 */
export function detectLanguage(message: Pick<Message, 'masked' | 'lower'>): 'en' | 'es' {
  const words = message.masked.match(/[\p{L}'-]+/gu) ?? [];
  let spanish = 0;
  let english = 0;
  let distinct = 0;
  for (const word of words) {
    const w = word.replace(/^[-']+|[-']+$/g, '');
    if (SPANISH.has(w) || SPANISH_UNACCENTED.has(w)) {
      spanish++;
      if (!LONE_FRIENDLY.has(w)) distinct++;
    } else if (ENGLISH.has(w)) english++;
  }
  const marks = /[ñ¿¡]|\b(?:á|é|í|ó|ú)/u.test(message.lower) ? 1 : 0;
  if (distinct === 0) return 'en';
  return spanish + marks >= 2 && spanish > english ? 'es' : 'en';
}

/** A text's language, for a text the reader has not read (a keyword, an opt-out in the lead's words). */
export function languageOfText(text: string): 'en' | 'es' {
  const lower = text.toLowerCase();
  return detectLanguage({ masked: lower, lower });
}

/** How many common English words a text has: a Spanish conversation turns English only on a few of them. */
export function englishWordCount(text: string): number {
  return (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).filter((w) => ENGLISH.has(w)).length;
}
