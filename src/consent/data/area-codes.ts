/**
 * NANP area codes (NPA) in service or assigned in the United States, its territories and Canada,
 * with the region (USPS state or Canadian province code) and the IANA zone where most of the
 * numbers are. Overlays are listed with the codes they overlay. Non-geographic codes (toll-free,
 * 500/5XX, 600, 700, 900) have no location and are left out on purpose, so a lookup falls through.
 *
 * Where an area code spans zones, the zone of most of its subscribers is used:
 * 850/448 (Pensacola, Panama City; Tallahassee is the minority) → Central; 219 (Gary) → Central;
 * 270/364 (western Kentucky) → Central; 423, 865 (east Tennessee) → Eastern; 915 (El Paso) →
 * Mountain; 208/986 → Boise although north Idaho is Pacific; 541 → Pacific although Ontario, OR is
 * Mountain; 906 → Eastern although four counties on the Wisconsin line are Central; 928 → Phoenix
 * although the Navajo Nation keeps DST. A lead's ZIP code, when known, is preferred to this table.
 */
export interface AreaCodeGroup {
  readonly region: string;
  readonly zone: string;
  readonly codes: readonly number[];
}

const NEW_YORK = 'America/New_York';
const CHICAGO = 'America/Chicago';
const DENVER = 'America/Denver';
const PHOENIX = 'America/Phoenix';
const LOS_ANGELES = 'America/Los_Angeles';
const TORONTO = 'America/Toronto';

export const AREA_CODE_GROUPS: readonly AreaCodeGroup[] = [
  { region: 'AK', zone: 'America/Anchorage', codes: [907] },
  { region: 'AL', zone: CHICAGO, codes: [205, 251, 256, 334, 659, 938] },
  { region: 'AR', zone: CHICAGO, codes: [327, 479, 501, 870] },
  { region: 'AZ', zone: PHOENIX, codes: [480, 520, 602, 623, 928] },
  {
    region: 'CA',
    zone: LOS_ANGELES,
    codes: [
      209, 213, 279, 310, 323, 341, 350, 369, 408, 415, 424, 442, 510, 530, 559, 562, 619, 626, 628, 650, 657,
      661, 669, 707, 714, 738, 747, 760, 805, 818, 820, 831, 837, 840, 858, 909, 916, 925, 949, 951,
    ],
  },
  { region: 'CO', zone: DENVER, codes: [303, 719, 720, 970, 983] },
  { region: 'CT', zone: NEW_YORK, codes: [203, 475, 860, 959] },
  { region: 'DC', zone: NEW_YORK, codes: [202, 771] },
  { region: 'DE', zone: NEW_YORK, codes: [302] },
  {
    region: 'FL',
    zone: NEW_YORK,
    codes: [
      239, 305, 321, 324, 352, 386, 407, 561, 645, 656, 689, 727, 728, 754, 772, 786, 813, 863, 904, 941, 954,
    ],
  },
  { region: 'FL', zone: CHICAGO, codes: [448, 850] },
  { region: 'GA', zone: NEW_YORK, codes: [229, 404, 470, 478, 678, 706, 762, 770, 912, 943] },
  { region: 'HI', zone: 'Pacific/Honolulu', codes: [808] },
  { region: 'IA', zone: CHICAGO, codes: [319, 515, 563, 641, 712] },
  { region: 'ID', zone: 'America/Boise', codes: [208, 986] },
  {
    region: 'IL',
    zone: CHICAGO,
    codes: [217, 224, 309, 312, 331, 447, 464, 618, 630, 708, 730, 773, 779, 815, 847, 861, 872],
  },
  { region: 'IN', zone: 'America/Indiana/Indianapolis', codes: [260, 317, 463, 574, 765, 812, 930] },
  { region: 'IN', zone: CHICAGO, codes: [219] },
  { region: 'KS', zone: CHICAGO, codes: [316, 620, 785, 913] },
  { region: 'KY', zone: NEW_YORK, codes: [502, 606, 859] },
  { region: 'KY', zone: CHICAGO, codes: [270, 364] },
  { region: 'LA', zone: CHICAGO, codes: [225, 318, 337, 457, 504, 985] },
  { region: 'MA', zone: NEW_YORK, codes: [339, 351, 413, 508, 617, 774, 781, 857, 978] },
  { region: 'MD', zone: NEW_YORK, codes: [227, 240, 301, 410, 443, 667] },
  { region: 'ME', zone: NEW_YORK, codes: [207] },
  {
    region: 'MI',
    zone: 'America/Detroit',
    codes: [231, 248, 269, 313, 517, 586, 616, 679, 734, 810, 906, 947, 989],
  },
  { region: 'MN', zone: CHICAGO, codes: [218, 320, 507, 612, 651, 763, 924, 952] },
  { region: 'MO', zone: CHICAGO, codes: [235, 314, 417, 557, 573, 636, 660, 816, 975] },
  { region: 'MS', zone: CHICAGO, codes: [228, 601, 662, 769] },
  { region: 'MT', zone: DENVER, codes: [406] },
  { region: 'NC', zone: NEW_YORK, codes: [252, 336, 472, 704, 743, 828, 910, 919, 980, 984] },
  { region: 'ND', zone: CHICAGO, codes: [701] },
  { region: 'NE', zone: CHICAGO, codes: [308, 402, 531] },
  { region: 'NH', zone: NEW_YORK, codes: [603] },
  { region: 'NJ', zone: NEW_YORK, codes: [201, 551, 609, 640, 732, 848, 856, 862, 908, 973] },
  { region: 'NM', zone: DENVER, codes: [505, 575] },
  { region: 'NV', zone: LOS_ANGELES, codes: [702, 725, 775] },
  {
    region: 'NY',
    zone: NEW_YORK,
    codes: [
      212, 315, 329, 332, 347, 363, 516, 518, 585, 607, 624, 631, 646, 680, 716, 718, 838, 845, 914, 917, 929,
      934,
    ],
  },
  {
    region: 'OH',
    zone: NEW_YORK,
    codes: [216, 220, 234, 283, 326, 330, 380, 419, 436, 440, 513, 567, 614, 740, 937],
  },
  { region: 'OK', zone: CHICAGO, codes: [405, 539, 572, 580, 918] },
  { region: 'OR', zone: LOS_ANGELES, codes: [458, 503, 541, 971] },
  {
    region: 'PA',
    zone: NEW_YORK,
    codes: [215, 223, 267, 272, 412, 445, 484, 570, 582, 610, 717, 724, 814, 835, 878],
  },
  { region: 'RI', zone: NEW_YORK, codes: [401] },
  { region: 'SC', zone: NEW_YORK, codes: [803, 821, 839, 843, 854, 864] },
  { region: 'SD', zone: CHICAGO, codes: [605] },
  { region: 'TN', zone: NEW_YORK, codes: [423, 865] },
  { region: 'TN', zone: CHICAGO, codes: [615, 629, 731, 901, 931] },
  {
    region: 'TX',
    zone: CHICAGO,
    codes: [
      210, 214, 254, 281, 325, 346, 361, 409, 430, 432, 469, 512, 682, 713, 726, 737, 806, 817, 830, 832, 903,
      936, 940, 945, 956, 972, 979,
    ],
  },
  { region: 'TX', zone: DENVER, codes: [915] },
  { region: 'UT', zone: DENVER, codes: [385, 435, 801] },
  { region: 'VA', zone: NEW_YORK, codes: [276, 434, 540, 571, 686, 703, 757, 804, 826, 948] },
  { region: 'VT', zone: NEW_YORK, codes: [802] },
  { region: 'WA', zone: LOS_ANGELES, codes: [206, 253, 360, 425, 509, 564] },
  { region: 'WI', zone: CHICAGO, codes: [262, 274, 353, 414, 534, 608, 715, 920] },
  { region: 'WV', zone: NEW_YORK, codes: [304, 681] },
  { region: 'WY', zone: DENVER, codes: [307] },
  // US territories inside the NANP.
  { region: 'PR', zone: 'America/Puerto_Rico', codes: [787, 939] },
  { region: 'VI', zone: 'America/St_Thomas', codes: [340] },
  { region: 'GU', zone: 'Pacific/Guam', codes: [671] },
  { region: 'MP', zone: 'Pacific/Saipan', codes: [670] },
  { region: 'AS', zone: 'Pacific/Pago_Pago', codes: [684] },
  // Canada.
  { region: 'AB', zone: 'America/Edmonton', codes: [368, 403, 587, 780, 825] },
  { region: 'BC', zone: 'America/Vancouver', codes: [236, 250, 257, 604, 672, 778] },
  { region: 'MB', zone: 'America/Winnipeg', codes: [204, 431, 584] },
  { region: 'NB', zone: 'America/Moncton', codes: [428, 506] },
  { region: 'NL', zone: 'America/St_Johns', codes: [709, 879] },
  // 902/782 serve Nova Scotia and Prince Edward Island, both on Atlantic time.
  { region: 'NS', zone: 'America/Halifax', codes: [782, 902] },
  {
    region: 'ON',
    zone: TORONTO,
    codes: [226, 249, 289, 343, 365, 382, 416, 437, 519, 548, 613, 647, 683, 705, 742, 753, 807, 905, 942],
  },
  { region: 'QC', zone: TORONTO, codes: [263, 354, 367, 418, 438, 450, 468, 514, 579, 581, 819, 873] },
  { region: 'SK', zone: 'America/Regina', codes: [306, 474, 639] },
  // 867 serves Yukon, the Northwest Territories and Nunavut; Mountain time covers the most people.
  { region: 'NT', zone: 'America/Edmonton', codes: [867] },
];
