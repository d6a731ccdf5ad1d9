/**
 * US states, DC, territories and Canadian provinces: name and the IANA zone of most of the
 * population. Used when a lead gives a state but no ZIP code. States that span zones take the
 * zone where most people live (Tennessee → Central, Kentucky → Eastern, Idaho → Boise, Florida →
 * Eastern, Texas → Central, Oregon → Pacific, the Dakotas, Nebraska and Kansas → Central).
 */
export interface RegionInfo {
  readonly name: string;
  readonly zone: string;
}

const EASTERN = 'America/New_York';
const CENTRAL = 'America/Chicago';
const MOUNTAIN = 'America/Denver';
const PACIFIC = 'America/Los_Angeles';

export const REGIONS: Readonly<Record<string, RegionInfo>> = {
  AL: { name: 'Alabama', zone: CENTRAL },
  AK: { name: 'Alaska', zone: 'America/Anchorage' },
  AZ: { name: 'Arizona', zone: 'America/Phoenix' },
  AR: { name: 'Arkansas', zone: CENTRAL },
  CA: { name: 'California', zone: PACIFIC },
  CO: { name: 'Colorado', zone: MOUNTAIN },
  CT: { name: 'Connecticut', zone: EASTERN },
  DE: { name: 'Delaware', zone: EASTERN },
  DC: { name: 'District of Columbia', zone: EASTERN },
  FL: { name: 'Florida', zone: EASTERN },
  GA: { name: 'Georgia', zone: EASTERN },
  HI: { name: 'Hawaii', zone: 'Pacific/Honolulu' },
  ID: { name: 'Idaho', zone: 'America/Boise' },
  IL: { name: 'Illinois', zone: CENTRAL },
  IN: { name: 'Indiana', zone: 'America/Indiana/Indianapolis' },
  IA: { name: 'Iowa', zone: CENTRAL },
  KS: { name: 'Kansas', zone: CENTRAL },
  KY: { name: 'Kentucky', zone: EASTERN },
  LA: { name: 'Louisiana', zone: CENTRAL },
  ME: { name: 'Maine', zone: EASTERN },
  MD: { name: 'Maryland', zone: EASTERN },
  MA: { name: 'Massachusetts', zone: EASTERN },
  MI: { name: 'Michigan', zone: 'America/Detroit' },
  MN: { name: 'Minnesota', zone: CENTRAL },
  MS: { name: 'Mississippi', zone: CENTRAL },
  MO: { name: 'Missouri', zone: CENTRAL },
  MT: { name: 'Montana', zone: MOUNTAIN },
  NE: { name: 'Nebraska', zone: CENTRAL },
  NV: { name: 'Nevada', zone: PACIFIC },
  NH: { name: 'New Hampshire', zone: EASTERN },
  NJ: { name: 'New Jersey', zone: EASTERN },
  NM: { name: 'New Mexico', zone: MOUNTAIN },
  NY: { name: 'New York', zone: EASTERN },
  NC: { name: 'North Carolina', zone: EASTERN },
  ND: { name: 'North Dakota', zone: CENTRAL },
  OH: { name: 'Ohio', zone: EASTERN },
  OK: { name: 'Oklahoma', zone: CENTRAL },
  OR: { name: 'Oregon', zone: PACIFIC },
  PA: { name: 'Pennsylvania', zone: EASTERN },
  RI: { name: 'Rhode Island', zone: EASTERN },
  SC: { name: 'South Carolina', zone: EASTERN },
  SD: { name: 'South Dakota', zone: CENTRAL },
  TN: { name: 'Tennessee', zone: CENTRAL },
  TX: { name: 'Texas', zone: CENTRAL },
  UT: { name: 'Utah', zone: MOUNTAIN },
  VT: { name: 'Vermont', zone: EASTERN },
  VA: { name: 'Virginia', zone: EASTERN },
  WA: { name: 'Washington', zone: PACIFIC },
  WV: { name: 'West Virginia', zone: EASTERN },
  WI: { name: 'Wisconsin', zone: CENTRAL },
  WY: { name: 'Wyoming', zone: MOUNTAIN },
  PR: { name: 'Puerto Rico', zone: 'America/Puerto_Rico' },
  VI: { name: 'U.S. Virgin Islands', zone: 'America/St_Thomas' },
  GU: { name: 'Guam', zone: 'Pacific/Guam' },
  MP: { name: 'Northern Mariana Islands', zone: 'Pacific/Saipan' },
  AS: { name: 'American Samoa', zone: 'Pacific/Pago_Pago' },
  AB: { name: 'Alberta', zone: 'America/Edmonton' },
  BC: { name: 'British Columbia', zone: 'America/Vancouver' },
  MB: { name: 'Manitoba', zone: 'America/Winnipeg' },
  NB: { name: 'New Brunswick', zone: 'America/Moncton' },
  NL: { name: 'Newfoundland and Labrador', zone: 'America/St_Johns' },
  NS: { name: 'Nova Scotia', zone: 'America/Halifax' },
  NT: { name: 'Northwest Territories', zone: 'America/Edmonton' },
  NU: { name: 'Nunavut', zone: 'America/Iqaluit' },
  ON: { name: 'Ontario', zone: 'America/Toronto' },
  PE: { name: 'Prince Edward Island', zone: 'America/Halifax' },
  QC: { name: 'Quebec', zone: 'America/Toronto' },
  SK: { name: 'Saskatchewan', zone: 'America/Regina' },
  YT: { name: 'Yukon', zone: 'America/Whitehorse' },
};
