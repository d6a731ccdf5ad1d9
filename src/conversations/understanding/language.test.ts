import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

describe('language', () => {
  it.each([
    'busco casa',
    'quiero vender mi casa',
    '¿quién es?',
    'hola, busco una casa de 3 recámaras',
    'presupuesto 300 mil',
    'looking for una casa con 3 cuartos, como 400 mil',
    'en 3 meses',
    'Me interesa vender',
    'en enero',
  ])('%j is Spanish', (text) => {
    expect(read(text).language).toBe('es');
  });

  it.each([
    'sí',
    'gracias',
    'ok',
    'hola',
    'looking to buy in El Paso',
    'Las Vegas or San Antonio, 3 bed',
    'thanks! gracias',
    '1.2 mil budget',
    'my son is looking for a 2 bed',
  ])('%j stays English', (text) => {
    expect(read(text).language).toBe('en');
  });
});

describe('language: a Spanish clause beside English opt-out words, and English opt-out words beside a courtesy', () => {
  it.each([
    'wrong number, no conozco a nadie con ese nombre',
    'en media hora',
    'ningún problema, en una hora',
  ])('%j is Spanish', (text) => {
    expect(read(text).language).toBe('es');
  });

  it.each(['take me off the list por favor', 'remove my number from your list por favor'])(
    '%j is English',
    (text) => {
      expect(read(text).language).toBe('en');
    },
  );
});
