import { describe, expect, it } from 'vitest';
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
  ])('%j → false', (text) => {
    expect(read(text).preApproved).toBe(false);
  });

  it('leaves pre-qualified, questions and a seller wanting a cash offer at null', () => {
    expect(read('prequalified for 400k').preApproved).toBeNull();
    expect(read('do I need to be pre approved to see a house?').preApproved).toBeNull();
    expect(read('Cash offer on my house?').preApproved).toBeNull();
    expect(read('not yet').preApproved).toBeNull();
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

  it.each(["I'm pre-qualified with Chase", 'prequalified for 400k'])('%j → null (said alone)', (text) => {
    expect(read(text).preApproved).toBeNull();
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
