import { describe, expect, it } from 'vitest';
import { paysCash } from './financing.js';
import { read } from './test-helpers.js';

describe('preApproved', () => {
  it.each([
    "we're preapproved",
    'pre aproved for 320',
    'pre-approved with Chase',
    'I have an approval letter from Rocket',
    "We'll be paying cash",
    'cash buyer',
    'All cash',
    'we have financing lined up',
    'VA loan, already approved',
    'not pre approved, paying cash',
  ])('%j → true', (text) => {
    expect(read(text).preApproved).toBe(true);
  });

  it.each([
    'not yet, need to talk to a lender',
    "haven't talked to a bank yet",
    'not pre-approved yet, is that a problem?',
    'working on getting pre-approved',
    'still need to find a lender, any recs?',
    "we'll need a mortgage",
    'stopping by the bank to get the preapproval letter',
    'heading to the lender tomorrow to pick up our preapproval',
  ])('%j → false', (text) => {
    expect(read(text).preApproved).toBe(false);
  });

  it('leaves pre-qualified, questions and a seller wanting a cash offer at null', () => {
    expect(read('do I need to be pre approved to see a house?').preApproved).toBeNull();
    expect(read('Cash offer on my house?').preApproved).toBeNull();
    expect(read('not yet').preApproved).toBeNull();
  });

  it('reads a letter in hand from the bank as approved', () => {
    expect(read('got the preapproval letter from the bank').preApproved).toBe(true);
  });
});

describe('preApproved, negated and hedged', () => {
  it.each([
    'still waiting on my preapproval letter',
    'waiting for my approval letter from the bank',
    'applied for pre-approval last week',
    'pre-approval is pending',
    'no estoy pre-aprobado todavía',
    'todavía no, necesito un prestamista',
    "I don't think we're pre-approved",
  ])('%j → false', (text) => {
    expect(read(text).preApproved).toBe(false);
  });

  it.each([
    'prequalified, not pre-approved',
    'We are pre qualified but not pre approved yet',
    'just prequalified so far',
    'prequal only, the real approval is next week',
    'precalificados nomás, todavía no pre aprobados',
    "haven't applied for a mortgage yet",
  ])('%j → false (pre-qualified only is not pre-approved)', (text) => {
    expect(read(text).preApproved).toBe(false);
  });

  it.each([
    "I'm pre-qualified with Chase",
    'prequalified for 400k',
    'our loan officer pre qualified us for 300',
  ])('%j → false (pre-qualified is an estimate, not an approval)', (text) => {
    expect(read(text).preApproved).toBe(false);
  });

  it.each([
    'ya tengo la pre-aprobación',
    'estamos pre-aprobados',
    'pago en efectivo',
    'compramos de contado',
  ])('%j → true (Spanish, 0.9)', (text) => {
    const r = read(text);
    expect(r.preApproved).toBe(true);
    expect(r.confidence.preApproved).toBe(0.9);
  });
});

describe('preApproved, more phrasings', () => {
  it.each([
    'approved up to 350 but want to stay under 320',
    'yes approved. FHA',
    '2br 1ba apartment to buy in jersey city under 400k, approved',
    'hard money lender approved us for the flip',
    'we got our FHA approval, 4 bed house in Killeen',
    'we are fully underwritten and ready',
    'we have the letter from the credit union',
    '2 acres with a manufactured home, 180k cash',
    'ya me aprobaron, falta encontrar casa',
    'pagamos en efectivo, no necesitamos préstamo',
  ])('%j → true', (text) => {
    expect(read(text).preApproved).toBe(true);
  });

  it.each([
    "we're going FHA, haven't applied yet",
    'still working on my credit before applying',
    'lender says approval should come thru next week',
    'waiting on my W2s then the lender will approve',
    'im self employed so the bank is still reviewing',
    'we got denied by one bank, trying another',
    "no, we don't have financing lined up yet",
    'solo pre calificados',
    'todavía estamos esperando la carta de aprobación',
    'el banco nos dijo que en dos semanas nos dan la aprobación',
  ])('%j → false', (text) => {
    expect(read(text).preApproved).toBe(false);
  });
});

describe('preApproved, texted short', () => {
  it.each([
    'hi were preapproved for 475k, want to buy in round rock',
    'me n my wife r preapprvd, budget like 400-460k',
  ])('%j → true', (text) => {
    expect(read(text).preApproved).toBe(true);
  });

  it.each(['not preapprvd yet', 'still waiting on the preapprvd letter'])('%j → false', (text) => {
    expect(read(text).preApproved).toBe(false);
  });
});

describe('a letter still to come', () => {
  it.each([
    'still waiting on the letter from our loan officer',
    'no me borren, ya casi tenemos la carta de preaprobación',
  ])('%j is not pre-approved yet', (text) => {
    expect(read(text).preApproved).toBe(false);
  });

  it('keeps a letter in hand', () => {
    expect(read('ya tenemos la carta de preaprobación').preApproved).toBe(true);
  });
});

describe('cash as the way of paying', () => {
  it.each(['paying cash, up to 500k', 'all cash buyer', 'cash, no financing needed', 'pagamos de contado'])(
    '%j pays cash',
    (text) => {
      expect(paysCash(text)).toBe(true);
    },
  );

  it.each(['pre-approved for 400k', 'want a cash offer on my house', 'not approved yet, no cash either'])(
    '%j does not',
    (text) => {
      expect(paysCash(text)).toBe(false);
    },
  );
});
