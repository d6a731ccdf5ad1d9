/**
 * States whose wiretap statutes require every party's consent to record a private telephone conversation.
 * A call with a caller in one of these states (or whose state is not known) is recorded only after the
 * caller agrees on the call. The list follows the statute named beside each state; where a court has read
 * the statute narrowly (a conversation with no expectation of privacy), the call is still treated as
 * all-party, because the caller's expectation on a call to a business is not ours to judge.
 */
export interface AllPartyState {
  readonly code: string;
  readonly name: string;
  readonly citation: string;
}

export const ALL_PARTY_CONSENT_STATES: readonly AllPartyState[] = [
  { code: 'CA', name: 'California', citation: 'Cal. Penal Code §§ 632, 632.7' },
  { code: 'CT', name: 'Connecticut', citation: 'Conn. Gen. Stat. § 52-570d (civil, telephone calls)' },
  { code: 'DE', name: 'Delaware', citation: 'Del. Code tit. 11, § 1335(a)(4)' },
  { code: 'FL', name: 'Florida', citation: 'Fla. Stat. § 934.03(2)(d)' },
  { code: 'IL', name: 'Illinois', citation: '720 ILCS 5/14-2(a)' },
  { code: 'MD', name: 'Maryland', citation: 'Md. Code, Cts. & Jud. Proc. § 10-402(c)(3)' },
  { code: 'MA', name: 'Massachusetts', citation: 'Mass. Gen. Laws ch. 272, § 99' },
  { code: 'MI', name: 'Michigan', citation: 'Mich. Comp. Laws § 750.539c' },
  { code: 'MT', name: 'Montana', citation: 'Mont. Code Ann. § 45-8-213(1)(c)' },
  {
    code: 'NV',
    name: 'Nevada',
    citation: 'Nev. Rev. Stat. § 200.620; Lane v. Allstate, 969 P.2d 938 (Nev. 1998)',
  },
  { code: 'NH', name: 'New Hampshire', citation: 'N.H. Rev. Stat. § 570-A:2' },
  {
    code: 'OR',
    name: 'Oregon',
    citation: 'Or. Rev. Stat. § 165.540(1)(a) (telephone: one party; in person: all)',
  },
  { code: 'PA', name: 'Pennsylvania', citation: '18 Pa. Cons. Stat. §§ 5703, 5704(4)' },
  { code: 'WA', name: 'Washington', citation: 'Wash. Rev. Code § 9.73.030(1)(a)' },
];

const codes = new Set(ALL_PARTY_CONSENT_STATES.map((s) => s.code));

export function isAllPartyConsentState(code: string): boolean {
  return codes.has(code.toUpperCase());
}
