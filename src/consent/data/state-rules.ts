import type { HolidayRule } from './holidays.js';

/**
 * When automated messages may reach a lead, by the lead's state. The federal floor is 8 a.m. to
 * 9 p.m. at the called party's location (47 C.F.R. § 64.1200(c)(1)); the states below are
 * stricter. Most of these statutes regulate "telephone solicitation" and exempt consented or
 * requested contact, but a lead-response system cannot always prove which side of that line a
 * follow-up falls on, so the gate applies them to every automated message. Keep to rules that
 * are in the statute or a commission order cited beside them; a rule we are not sure of is
 * noted, not guessed.
 */

/** Local wall-clock times 'HH:MM'; `start` is allowed, `end` is the first minute that is not. */
export interface TimeWindow {
  readonly start: string;
  readonly end: string;
}

/** A day with its own window, or a day with no messages at all. */
export type DayRule = TimeWindow | 'closed';

export interface DailyCap {
  /** Most messages allowed in any rolling period… */
  readonly max: number;
  /** …of this many hours… */
  readonly periodHours: number;
  /** …counted per subject matter (a new listing inquiry starts a new count). */
  readonly scope: 'same_subject';
  /**
   * Which texts count. `initiated`: the ones we start (first responses, follow-ups, reminders, a person's
   * text after the lead has gone quiet); an answer to the lead's own text in an active conversation
   * neither counts nor waits, because the statute limits unsolicited contact the seller initiates.
   */
  readonly counts: 'initiated';
  readonly citation: string;
  /** Where the statute says what it counts. */
  readonly countsCitation: string;
}

export interface StateRule {
  readonly window: TimeWindow;
  readonly saturday?: DayRule;
  readonly sunday?: DayRule;
  /** Legal holidays closed to messages: the federal list plus these state-only days. */
  readonly holidays?: { readonly extra: readonly HolidayRule[] };
  readonly dailyCap?: DailyCap;
  readonly citation: string;
  /**
   * Present when the statute's hours do not reach contact the person agreed to, so a person on the team may
   * choose to send their own text outside them (never an automated one). Absent means the hours are treated
   * as a hard rule: we are not sure enough of an exemption to let anyone past them.
   */
  readonly consentExempt?: { readonly citation: string };
}

export const DEFAULT_RULE: StateRule = {
  window: { start: '08:00', end: '21:00' },
  citation: '47 C.F.R. § 64.1200(c)(1)',
  // A "telephone solicitation" excludes a call or message to a person with their prior express invitation
  // or permission, so the federal hours do not bind a person's text to a lead who consented.
  consentExempt: { citation: '47 C.F.R. § 64.1200(f)(15)(i)' },
};

const EIGHT_TO_EIGHT: TimeWindow = { start: '08:00', end: '20:00' };

const threePerDay = (citation: string, countsCitation: string): DailyCap => ({
  max: 3,
  periodHours: 24,
  scope: 'same_subject',
  counts: 'initiated',
  citation,
  countsCitation,
});

/**
 * CRTC Unsolicited Telecommunications Rules, Part III (Telemarketing Rules): 9:00–21:30 on
 * weekdays, 10:00–18:00 on weekends. Texts fall under CASL, which has no hours, but following
 * the stricter rule costs at most a few hours' delay.
 */
const CANADA: StateRule = {
  window: { start: '09:00', end: '21:30' },
  saturday: { start: '10:00', end: '18:00' },
  sunday: { start: '10:00', end: '18:00' },
  citation: 'CRTC Unsolicited Telecommunications Rules, Part III',
};

export const STATE_RULES: Readonly<Record<string, StateRule>> = {
  // Alabama PSC telephone solicitation rules: 8 a.m.–8 p.m., none on Sundays or state holidays
  // (Ala. Code § 1-3-8 lists the holidays, including the two state-only ones below).
  AL: {
    window: EIGHT_TO_EIGHT,
    sunday: 'closed',
    holidays: {
      extra: [
        { name: 'Confederate Memorial Day', month: 4, weekday: 1, nth: 4 },
        { name: "Jefferson Davis' Birthday", month: 6, weekday: 1, nth: 1 },
      ],
    },
    citation: 'Alabama PSC telephone solicitation rules; Ala. Code § 1-3-8',
  },
  // Conn. Gen. Stat. § 42-288a as amended in 2023: no telephonic sales calls before 9 a.m. or after 8 p.m.
  CT: { window: { start: '09:00', end: '20:00' }, citation: 'Conn. Gen. Stat. § 42-288a' },
  // Florida Telemarketing Act: 8 a.m.–8 p.m., and at most three calls or texts on the same subject within
  // 24 hours. Both limit "commercial telephone solicitation", which § 501.603 defines as an unsolicited call
  // initiated by the seller: an answer to the lead's own text is not one.
  FL: {
    window: EIGHT_TO_EIGHT,
    dailyCap: threePerDay(
      'Fla. Stat. § 501.616(6)(b)',
      'Fla. Stat. § 501.603 ("commercial telephone solicitation")',
    ),
    citation: 'Fla. Stat. § 501.616(6)(a)',
  },
  // Kentucky: no telephone solicitation before 10 a.m. or after 9 p.m.
  KY: { window: { start: '10:00', end: '21:00' }, citation: 'Ky. Rev. Stat. § 367.46955' },
  // Louisiana Do Not Call Program (La. R.S. 45:844.11 et seq., LPSC General Order R-29617):
  // 8 a.m.–8 p.m., none on Sundays or the legal holidays the Commission lists. The Commission also
  // suspends all solicitation during declared states of emergency, which no calendar can know.
  LA: {
    window: EIGHT_TO_EIGHT,
    sunday: 'closed',
    holidays: {
      extra: [
        { name: 'Battle of New Orleans', month: 1, day: 8 },
        { name: 'Robert E. Lee Day', month: 1, day: 19 },
      ],
    },
    citation: 'La. R.S. 45:844.11 et seq.; LPSC General Order R-29617',
  },
  // Massachusetts: no telephone solicitation before 8 a.m. or after 8 p.m.
  MA: { window: EIGHT_TO_EIGHT, citation: 'Mass. Gen. Laws ch. 159C, § 3' },
  // Maryland Stop the Spam Calls Act (2023): 8 a.m.–8 p.m., at most three on the same subject in 24 hours.
  MD: {
    window: EIGHT_TO_EIGHT,
    dailyCap: threePerDay('Md. Code Ann., Com. Law § 14-4503', 'Md. Code Ann., Com. Law § 14-4501'),
    citation: 'Md. Code Ann., Com. Law § 14-4503',
  },
  // Mississippi: no telephone solicitation on Sundays (Miss. Code Ann. § 77-3-723(1)). Sources
  // disagree on 8 or 9 p.m. for the evening limit, so the earlier one is used. The PSC's legal
  // holiday ban was repealed in 2023 when enforcement moved to the Attorney General.
  MS: { window: EIGHT_TO_EIGHT, sunday: 'closed', citation: 'Miss. Code Ann. §§ 77-3-603, 77-3-723' },
  // Oklahoma Telephone Solicitation Act (2022): 8 a.m.–8 p.m., at most three on the same subject in 24 hours.
  OK: {
    window: EIGHT_TO_EIGHT,
    dailyCap: threePerDay('Okla. Stat. tit. 15, § 775C.4', 'Okla. Stat. tit. 15, § 775C.2'),
    citation: 'Okla. Stat. tit. 15, § 775C.4',
  },
  // Rhode Island Telephone Sales Solicitation Act: "hours of operation" are 9 a.m.–6 p.m. on
  // weekdays and 10 a.m.–5 p.m. on Saturdays, never on Sundays or state holidays.
  RI: {
    window: { start: '09:00', end: '18:00' },
    saturday: { start: '10:00', end: '17:00' },
    sunday: 'closed',
    holidays: { extra: [{ name: 'Victory Day', month: 8, weekday: 1, nth: 2 }] },
    citation: 'R.I. Gen. Laws §§ 5-61-2, 5-61-3.6',
  },
  // Texas: not before 9 a.m. or after 9 p.m. on weekdays and Saturdays, not before noon or after 9 p.m. on Sundays.
  TX: {
    window: { start: '09:00', end: '21:00' },
    sunday: { start: '12:00', end: '21:00' },
    citation: 'Tex. Bus. & Com. Code § 301.051',
  },
  // Utah: without prior express consent, none between 9 p.m. and 8 a.m., on Sundays or on legal holidays.
  UT: {
    window: { start: '08:00', end: '21:00' },
    sunday: 'closed',
    holidays: { extra: [{ name: 'Pioneer Day', month: 7, day: 24 }] },
    citation: 'Utah Code § 13-25a-103(3)',
    consentExempt: { citation: 'Utah Code § 13-25a-103(3)' },
  },
  // Washington: commercial telephone solicitors may not reach anyone before 8 a.m. or after 8 p.m.
  WA: { window: EIGHT_TO_EIGHT, citation: 'RCW 19.158.040(2)' },
  AB: CANADA,
  BC: CANADA,
  MB: CANADA,
  NB: CANADA,
  NL: CANADA,
  NS: CANADA,
  NT: CANADA,
  NU: CANADA,
  ON: CANADA,
  PE: CANADA,
  QC: CANADA,
  SK: CANADA,
  YT: CANADA,
};
