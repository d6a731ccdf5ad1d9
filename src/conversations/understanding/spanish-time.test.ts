import { describe, expect, it } from 'vitest';
import { read } from './test-helpers.js';

/** Sunday 6 December 2026, 10:00 in Chicago. */
const DECEMBER = { now: '2026-12-06T10:00:00-06:00', tz: 'America/Chicago' } as const;
const slot = (text: string) => read(text, DECEMBER).requestedTime;

describe('Spanish and Spanglish times', () => {
  it.each([
    ['mañana a las 4', '2026-12-07T16:00:00-06:00', '2026-12-07T17:00:00-06:00'],
    ['manana a las 4', '2026-12-07T16:00:00-06:00', '2026-12-07T17:00:00-06:00'],
    ['el sábado a las 11', '2026-12-12T11:00:00-06:00', '2026-12-12T12:00:00-06:00'],
    ['el sabado a las 11', '2026-12-12T11:00:00-06:00', '2026-12-12T12:00:00-06:00'],
    ['a las 3 de la tarde', '2026-12-06T15:00:00-06:00', '2026-12-06T16:00:00-06:00'],
    ['a las 10 de la mañana', '2026-12-06T10:00:00-06:00', '2026-12-06T11:00:00-06:00'],
    ['el lunes en la mañana', '2026-12-07T09:00:00-06:00', '2026-12-07T12:00:00-06:00'],
    ['mañana en la mañana', '2026-12-07T09:00:00-06:00', '2026-12-07T12:00:00-06:00'],
    ['hoy en la noche', '2026-12-06T17:00:00-06:00', '2026-12-06T20:00:00-06:00'],
    ['esta noche', '2026-12-06T17:00:00-06:00', '2026-12-06T20:00:00-06:00'],
    ['pasado mañana', '2026-12-08T09:00:00-06:00', '2026-12-08T17:00:00-06:00'],
    ['el 19 de diciembre a las 10', '2026-12-19T10:00:00-06:00', '2026-12-19T11:00:00-06:00'],
    ['el 9 de enero en la tarde', '2027-01-09T12:00:00-06:00', '2027-01-09T17:00:00-06:00'],
    ['sat a las 10', '2026-12-12T10:00:00-06:00', '2026-12-12T11:00:00-06:00'],
    ['el próximo martes a las 6 de la tarde', '2026-12-08T18:00:00-06:00', '2026-12-08T19:00:00-06:00'],
    ['después de las 5 mañana', '2026-12-07T17:00:00-06:00', '2026-12-07T20:00:00-06:00'],
    ['entre las 10 y las 12 el sábado', '2026-12-12T10:00:00-06:00', '2026-12-12T12:00:00-06:00'],
    ['el miércoles a la una', '2026-12-09T13:00:00-06:00', '2026-12-09T14:00:00-06:00'],
    ['el viernes al mediodía', '2026-12-11T12:00:00-06:00', '2026-12-11T13:00:00-06:00'],
    ['este fin de semana', '2026-12-06T10:00:00-06:00', '2026-12-06T17:00:00-06:00'],
    ['el próximo fin de semana', '2026-12-12T09:00:00-06:00', '2026-12-13T17:00:00-06:00'],
    ['en 30 minutos', '2026-12-06T10:30:00-06:00', '2026-12-06T11:30:00-06:00'],
    ['llámame en una hora', '2026-12-06T11:00:00-06:00', '2026-12-06T12:00:00-06:00'],
    ['en media hora', '2026-12-06T10:30:00-06:00', '2026-12-06T11:30:00-06:00'],
    ['dentro de una hora', '2026-12-06T11:00:00-06:00', '2026-12-06T12:00:00-06:00'],
    ['el jueves 10 a las 6', '2026-12-10T18:00:00-06:00', '2026-12-10T19:00:00-06:00'],
    ['el martes 8 a las 3 de la tarde', '2026-12-08T15:00:00-06:00', '2026-12-08T16:00:00-06:00'],
    ['mañana a las 4 y media', '2026-12-07T16:30:00-06:00', '2026-12-07T17:30:00-06:00'],
    ['mañana a las 4 y cuarto', '2026-12-07T16:15:00-06:00', '2026-12-07T17:15:00-06:00'],
    ['mañana temprano', '2026-12-07T09:00:00-06:00', '2026-12-07T12:00:00-06:00'],
    ['no puedo el sábado, el domingo a las 2?', '2026-12-13T14:00:00-06:00', '2026-12-13T15:00:00-06:00'],
    ['mañana at 4', '2026-12-07T16:00:00-06:00', '2026-12-07T17:00:00-06:00'],
  ])('%j is %s to %s', (text, start, end) => {
    expect(slot(text)).toEqual({ start, end });
  });

  it('asks about a Spanish weekday that disagrees with its date', () => {
    expect(slot('el jueves 11 a las 6')).toBeNull();
  });

  it('reads the first of two Spanish alternatives', () => {
    expect(slot('el domingo a las 2 o el sábado a las 10')?.start).toBe('2026-12-13T14:00:00-06:00');
  });

  it.each(['quiero comprar una casa', 'la casa tiene 3 cuartos', 'el paso', 'tengo 2 hijos'])(
    '%j asks for no time',
    (text) => {
      expect(slot(text)).toBeNull();
    },
  );
});
