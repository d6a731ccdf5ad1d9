import { describe, expect, it } from 'vitest';
import { countSegments, fitsSegments, isGsm7 } from './segments.js';

describe('countSegments', () => {
  it('fits 160 GSM-7 characters in one segment and splits at 153 after that', () => {
    expect(countSegments('a'.repeat(160))).toEqual({
      encoding: 'GSM-7',
      segments: 1,
      characters: 160,
      units: 160,
    });
    expect(countSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('counts an extension-table character as two septets', () => {
    expect(countSegments('€')).toMatchObject({ encoding: 'GSM-7', characters: 1, units: 2 });
    expect(countSegments('[]{}~^|\\\f').units).toBe(18);
    expect(countSegments(`${'a'.repeat(158)}€`).segments).toBe(1);
    expect(countSegments(`${'a'.repeat(159)}€`).segments).toBe(2);
  });

  it('never splits an escape sequence across segments', () => {
    // 306 septets would fit two segments of 153, but the € cannot straddle the boundary.
    expect(countSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
  });

  it('knows the GSM 03.38 basic set, accents included', () => {
    expect(isGsm7('@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\r\n')).toBe(true);
    expect(isGsm7('ç')).toBe(false);
    expect(isGsm7('`')).toBe(false);
    expect(isGsm7('’')).toBe(false);
  });

  it('falls back to UCS-2 at 70, then 67 per segment', () => {
    expect(countSegments('你'.repeat(70))).toEqual({
      encoding: 'UCS-2',
      segments: 1,
      characters: 70,
      units: 70,
    });
    expect(countSegments('你'.repeat(71)).segments).toBe(2);
    expect(countSegments('你'.repeat(134)).segments).toBe(2);
    expect(countSegments('你'.repeat(135)).segments).toBe(3);
  });

  it('counts an emoji as two UCS-2 units and keeps the pair in one segment', () => {
    expect(countSegments('Hi 😀')).toEqual({ encoding: 'UCS-2', segments: 1, characters: 4, units: 5 });
    expect(countSegments('😀'.repeat(35)).segments).toBe(1);
    expect(countSegments('😀'.repeat(36)).segments).toBe(2);
    expect(countSegments(`${'a'.repeat(66)}😀${'a'.repeat(66)}`).segments).toBe(3);
  });

  it('turns a whole GSM message into UCS-2 when one character is outside the alphabet', () => {
    expect(countSegments(`${'a'.repeat(100)}😀`)).toMatchObject({
      encoding: 'UCS-2',
      segments: 2,
      units: 102,
    });
  });

  it('has nothing to send for an empty body', () => {
    expect(countSegments('')).toEqual({ encoding: 'GSM-7', segments: 0, characters: 0, units: 0 });
  });
});

describe('fitsSegments', () => {
  it('compares against a maximum', () => {
    expect(fitsSegments('a'.repeat(306), 2)).toBe(true);
    expect(fitsSegments('a'.repeat(307), 2)).toBe(false);
    expect(fitsSegments('😀'.repeat(36), 1)).toBe(false);
  });
});
