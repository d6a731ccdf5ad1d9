/**
 * SMS segment counting per GSM 03.38 (3GPP TS 23.038): a body that fits the GSM 7-bit default alphabet
 * (basic set plus the extension table, whose characters take an escape septet, so two) is sent as GSM-7,
 * 160 septets in one segment or 153 per segment once concatenated. Anything else goes as UCS-2
 * (UTF-16 in practice): 70 code units, or 67 per segment, a surrogate pair taking two.
 * A character is never split across segments, which is why packing is greedy rather than a division.
 */

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  segments: number;
  /** Unicode code points in the body. */
  characters: number;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
}

const GSM_BASIC = new Set(
  Array.from(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
      '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ),
);

const GSM_EXTENSION = new Set(Array.from('\f^{}\\[~]|€'));

const LIMITS: Record<SmsEncoding, { single: number; concatenated: number }> = {
  'GSM-7': { single: 160, concatenated: 153 },
  'UCS-2': { single: 70, concatenated: 67 },
};

export function isGsm7(body: string): boolean {
  for (const char of body) {
    if (!GSM_BASIC.has(char) && !GSM_EXTENSION.has(char)) return false;
  }
  return true;
}

export function countSegments(body: string): SegmentCount {
  const chars = Array.from(body);
  const encoding: SmsEncoding = isGsm7(body) ? 'GSM-7' : 'UCS-2';
  const sizes = chars.map((char) => (encoding === 'GSM-7' ? (GSM_EXTENSION.has(char) ? 2 : 1) : char.length));
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const { single, concatenated } = LIMITS[encoding];
  if (units <= single) return { encoding, segments: units === 0 ? 0 : 1, characters: chars.length, units };

  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > concatenated) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, segments, characters: chars.length, units };
}

export function fitsSegments(body: string, max: number): boolean {
  return countSegments(body).segments <= max;
}
