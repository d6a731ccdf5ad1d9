/**
 * US ZIP code prefixes (the first three digits, which USPS assigns to a sectional center) as
 * inclusive runs, with their state and IANA zone. In states that span zones, each prefix carries
 * the zone of most of the addresses it serves, for example: 324–325 (Panama City, Pensacola) →
 * Central; 373–374, 376–379 (Chattanooga, Tri-Cities, Knoxville) → Eastern; 420–424 (western
 * Kentucky) → Central; 463–464 (Gary) and 476–477 (Evansville) → Central; 577 (Rapid City),
 * 586 (Dickinson), 693 (Scottsbluff, Alliance) → Mountain; 798–799 and 885 (El Paso) → Mountain;
 * 835 (Lewiston) and 838 (Coeur d'Alene) → Pacific; 865 (Navajo Nation, which keeps DST) →
 * Mountain with DST; 979 (Ontario, OR) → Mountain.
 *
 * Military mail prefixes (090–098 AE, 340 AA, 962–966 AP) have no location and are left out, so a
 * lookup falls through to the next source. Unassigned prefixes inside a run are harmless: they can
 * only be typed by mistake, and the state around them is the best guess.
 */
export interface ZipPrefixRange {
  readonly from: number;
  readonly to: number;
  readonly state: string;
  readonly zone: string;
}

const EASTERN = 'America/New_York';
const CENTRAL = 'America/Chicago';
const MOUNTAIN = 'America/Denver';
const PACIFIC = 'America/Los_Angeles';
const INDIANA = 'America/Indiana/Indianapolis';
const DETROIT = 'America/Detroit';
const BOISE = 'America/Boise';

const run = (from: number, to: number, state: string, zone: string): ZipPrefixRange => ({
  from,
  to,
  state,
  zone,
});

export const ZIP_PREFIX_RANGES: readonly ZipPrefixRange[] = [
  run(5, 5, 'NY', EASTERN), // Holtsville (IRS)
  run(6, 7, 'PR', 'America/Puerto_Rico'),
  run(8, 8, 'VI', 'America/St_Thomas'),
  run(9, 9, 'PR', 'America/Puerto_Rico'),
  run(10, 27, 'MA', EASTERN),
  run(28, 29, 'RI', EASTERN),
  run(30, 38, 'NH', EASTERN),
  run(39, 49, 'ME', EASTERN),
  run(50, 54, 'VT', EASTERN),
  run(55, 55, 'MA', EASTERN), // Andover
  run(56, 59, 'VT', EASTERN),
  run(60, 69, 'CT', EASTERN),
  run(70, 89, 'NJ', EASTERN),
  run(100, 149, 'NY', EASTERN),
  run(150, 196, 'PA', EASTERN),
  run(197, 199, 'DE', EASTERN),
  run(200, 200, 'DC', EASTERN),
  run(201, 201, 'VA', EASTERN), // Dulles
  run(202, 205, 'DC', EASTERN),
  run(206, 219, 'MD', EASTERN),
  run(220, 246, 'VA', EASTERN),
  run(247, 268, 'WV', EASTERN),
  run(270, 289, 'NC', EASTERN),
  run(290, 299, 'SC', EASTERN),
  run(300, 319, 'GA', EASTERN),
  run(320, 323, 'FL', EASTERN),
  run(324, 325, 'FL', CENTRAL),
  run(326, 339, 'FL', EASTERN),
  run(341, 349, 'FL', EASTERN),
  run(350, 369, 'AL', CENTRAL),
  run(370, 372, 'TN', CENTRAL),
  run(373, 374, 'TN', EASTERN),
  run(375, 375, 'TN', CENTRAL),
  run(376, 379, 'TN', EASTERN),
  run(380, 385, 'TN', CENTRAL),
  run(386, 397, 'MS', CENTRAL),
  run(398, 399, 'GA', EASTERN),
  run(400, 418, 'KY', EASTERN),
  run(420, 424, 'KY', CENTRAL),
  run(425, 427, 'KY', EASTERN),
  run(430, 459, 'OH', EASTERN),
  run(460, 462, 'IN', INDIANA),
  run(463, 464, 'IN', CENTRAL),
  run(465, 475, 'IN', INDIANA),
  run(476, 477, 'IN', CENTRAL),
  run(478, 479, 'IN', INDIANA),
  run(480, 499, 'MI', DETROIT),
  run(500, 528, 'IA', CENTRAL),
  run(530, 549, 'WI', CENTRAL),
  run(550, 567, 'MN', CENTRAL),
  run(569, 569, 'DC', EASTERN),
  run(570, 576, 'SD', CENTRAL),
  run(577, 577, 'SD', MOUNTAIN),
  run(580, 585, 'ND', CENTRAL),
  run(586, 586, 'ND', MOUNTAIN),
  run(587, 588, 'ND', CENTRAL),
  run(590, 599, 'MT', MOUNTAIN),
  run(600, 629, 'IL', CENTRAL),
  run(630, 658, 'MO', CENTRAL),
  run(660, 679, 'KS', CENTRAL),
  run(680, 692, 'NE', CENTRAL),
  run(693, 693, 'NE', MOUNTAIN),
  run(700, 714, 'LA', CENTRAL),
  run(716, 729, 'AR', CENTRAL),
  run(730, 732, 'OK', CENTRAL),
  run(733, 733, 'TX', CENTRAL), // Austin
  run(734, 749, 'OK', CENTRAL),
  run(750, 797, 'TX', CENTRAL),
  run(798, 799, 'TX', MOUNTAIN),
  run(800, 816, 'CO', MOUNTAIN),
  run(820, 831, 'WY', MOUNTAIN),
  run(832, 834, 'ID', BOISE),
  run(835, 835, 'ID', PACIFIC),
  run(836, 837, 'ID', BOISE),
  run(838, 838, 'ID', PACIFIC),
  run(840, 847, 'UT', MOUNTAIN),
  run(850, 864, 'AZ', 'America/Phoenix'),
  run(865, 865, 'AZ', MOUNTAIN),
  run(870, 884, 'NM', MOUNTAIN),
  run(885, 885, 'TX', MOUNTAIN),
  run(889, 898, 'NV', PACIFIC),
  run(900, 961, 'CA', PACIFIC),
  run(967, 968, 'HI', 'Pacific/Honolulu'),
  run(969, 969, 'GU', 'Pacific/Guam'),
  run(970, 978, 'OR', PACIFIC),
  run(979, 979, 'OR', BOISE),
  run(980, 994, 'WA', PACIFIC),
  run(995, 999, 'AK', 'America/Anchorage'),
];

/**
 * Canadian postal codes: the first letter names the province or territory. Zones are those of
 * most of the population (Labrador, northwestern Ontario and the Kootenays differ).
 */
export const CANADIAN_POSTAL_FIRST_LETTER: Readonly<Record<string, { region: string; zone: string }>> = {
  A: { region: 'NL', zone: 'America/St_Johns' },
  B: { region: 'NS', zone: 'America/Halifax' },
  C: { region: 'PE', zone: 'America/Halifax' },
  E: { region: 'NB', zone: 'America/Moncton' },
  G: { region: 'QC', zone: 'America/Toronto' },
  H: { region: 'QC', zone: 'America/Toronto' },
  J: { region: 'QC', zone: 'America/Toronto' },
  K: { region: 'ON', zone: 'America/Toronto' },
  L: { region: 'ON', zone: 'America/Toronto' },
  M: { region: 'ON', zone: 'America/Toronto' },
  N: { region: 'ON', zone: 'America/Toronto' },
  P: { region: 'ON', zone: 'America/Toronto' },
  R: { region: 'MB', zone: 'America/Winnipeg' },
  S: { region: 'SK', zone: 'America/Regina' },
  T: { region: 'AB', zone: 'America/Edmonton' },
  V: { region: 'BC', zone: 'America/Vancouver' },
  X: { region: 'NT', zone: 'America/Edmonton' },
  Y: { region: 'YT', zone: 'America/Whitehorse' },
};
