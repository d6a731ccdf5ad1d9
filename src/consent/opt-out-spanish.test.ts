import { describe, expect, it } from 'vitest';
import { detectOptOut } from './keywords.js';

describe('revocations in Spanish', () => {
  it.each([
    ['No más mensajes por favor', 'sms'],
    ['no mas mensajes', 'sms'],
    ['no me llames', 'voice'],
    ['Por favor no me llamen más', 'voice'],
    ['no me escriban', 'sms'],
    ['no me manden mensajes', 'sms'],
    ['no me contacten', 'all'],
    ['deja de escribirme', 'sms'],
    ['Dejen de llamarme!!', 'voice'],
    ['ya no quiero recibir mensajes', 'sms'],
    ['no quiero que me llamen', 'voice'],
    ['número equivocado', 'all'],
    ['bórrenme de su lista', 'all'],
    ['quiten mi número por favor', 'all'],
    ['déjame en paz', 'all'],
    ['no me interesa, no me vuelvan a llamar', 'voice'],
    ['no nos vuelva a escribir', 'sms'],
    ['quiero darme de baja', 'sms'],
    ['No más llamadas', 'voice'],
  ] as const)('"%s" revokes %s', (text, channel) => {
    expect(detectOptOut(text)?.channel).toBe(channel);
  });

  it.each([
    'no me llamo Ana, soy Laura',
    'no me llames antes de las 10',
    'no me escribas hasta el lunes, estoy de viaje',
    'Buscamos casa de 3 recámaras, no más de 400 mil',
    'sí, mándenme más casas como esa',
    'no me interesa esa casa pero sí la otra',
    'el número de la casa está equivocado en el anuncio',
    'mi esposa me llama en la tarde',
  ])('"%s" does not revoke', (text) => {
    expect(detectOptOut(text)).toBeNull();
  });
});
