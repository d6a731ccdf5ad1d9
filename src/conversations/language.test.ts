import { describe, expect, it } from 'vitest';
import type { ReplyLanguage } from './engine.types.js';
import { turnLanguage } from './language.js';
import { analyze } from './understanding/analyze.js';
import { languageOfText } from './understanding/language.js';

const now = '2026-12-07T10:00:00-06:00';
const said = (text: string) => ({
  text,
  understanding: analyze(text, { now, tz: 'America/Chicago' }),
});
const languageAfter = (text: string, known: ReplyLanguage | undefined) => turnLanguage([said(text)], known);

describe('the language the assistant answers in', () => {
  it.each([
    'todavia no tengo preaprobacion',
    'tenemos 3 recamaras minimo',
    'Round Rock',
    'ok',
    'ok thanks',
    'en Hyde Park o Mueller',
  ])('keeps a Spanish conversation Spanish on %j', (text) => {
    expect(languageAfter(text, 'es')).toBe('es');
  });

  it.each(['I want a house in Austin', 'sorry can you text me in english', 'we are not approved yet'])(
    'turns a Spanish conversation English on %j',
    (text) => {
      expect(languageAfter(text, 'es')).toBe('en');
    },
  );

  it('reads Spanish typed without accents as Spanish', () => {
    expect(languageOfText('todavia no tengo preaprobacion')).toBe('es');
    expect(languageOfText('ya no me manden mensajes por favor')).toBe('es');
    expect(languageOfText('please stop texting me')).toBe('en');
    expect(languageOfText('STOP')).toBe('en');
  });
});
