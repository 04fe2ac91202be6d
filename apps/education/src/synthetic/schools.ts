import { DEFAULT_SCHOOL_DAY_START, School, SchoolPhase } from '../schools/school.entity';

/** A synthetic school and the postcode district it serves (for placing pupils near home). */
export interface SyntheticSchool extends School {
  district: string;
}

/**
 * The two demo schools in DEMO_USERS (organisations school-141001 and school-141002) and 38 more,
 * all invented. DSL phone numbers are in Ofcom's drama range (0161 496 0xxx); emails use
 * example.org. A few schools start earlier or later than the 08:45 default.
 */
export const DEMO_SCHOOLS: readonly SyntheticSchool[] = [
  {
    urn: '141001',
    name: 'Oakfield Lane Primary',
    phase: 'primary',
    dslName: 'Olive Oakfield',
    dslPhone: '0161 496 0101',
    dslEmail: 'dsl@oakfield-lane.example.org',
    schoolDayStartsAt: DEFAULT_SCHOOL_DAY_START,
    district: 'M33',
  },
  {
    urn: '141002',
    name: 'Riverside Brook Academy',
    phase: 'secondary',
    dslName: 'Rory Riverside',
    dslPhone: '0161 496 0202',
    dslEmail: 'dsl@riverside-brook.example.org',
    schoolDayStartsAt: DEFAULT_SCHOOL_DAY_START,
    district: 'M41',
  },
];

const PRIMARY_NAMES = [
  'Willowmere Primary',
  'St Aidan’s CE Primary',
  'Larkfield Primary',
  'Brookhouse Community Primary',
  'Hollins Green Primary',
  'Meadowbank Infant and Junior',
  'St Oswin’s RC Primary',
  'Fernlea Primary',
  'Kingsmoor Primary',
  'Ashgrove Primary',
  'Moss Side Lane Primary',
  'Beechwood Park Primary',
  'Thornbury Primary',
  'Elmstead Primary',
  'Canal Side Primary',
  'Heatherdale Primary',
  'Orchard Way Primary',
  'Linnet Hill Primary',
  'St Brannoc’s CE Primary',
  'Cobblers Green Primary',
  'Mayfield Vale Primary',
  'Harrowby Primary',
  'Westwood Common Primary',
  'Foxley Primary',
  'Sandy Brow Primary',
  'Greenacre Primary',
  'Pinfold Primary',
  'Redbrook Primary',
];
const SECONDARY_NAMES = [
  'Altrin Heath High School',
  'Stretton Park Academy',
  'Mersey Vale High School',
  'St Ambrose-Hale RC High',
  'Partridge Grammar School',
  'Urmwood Academy',
  'Sale Moor Community High',
  'Kingsway Studio School',
  'Bridgewater Fields Academy',
  'Lymbrook High School',
];
const DISTRICTS = ['M33', 'M41', 'M32', 'WA14', 'WA15', 'M31', 'M16', 'WA13'];
const DSL_FIRST = [
  'Nadia',
  'Gareth',
  'Priya',
  'Colin',
  'Bernadette',
  'Imran',
  'Joanne',
  'Declan',
  'Ruth',
  'Tariq',
  'Sian',
  'Hugh',
];
const DSL_LAST = [
  'Ashworth',
  'Pennington',
  'Quayle',
  'Rowbotham',
  'Standish',
  'Tattersall',
  'Unsworth',
  'Varley',
  'Whitehead',
  'Yardley',
  'Entwistle',
];
const STARTS = ['08:45', '08:45', '08:45', '08:40', '08:50', '08:30', '08:55'];

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Forty schools in all: 29 primary, 11 secondary; URNs 141001 to 141040. Deterministic. */
export function syntheticSchools(): SyntheticSchool[] {
  const schools: SyntheticSchool[] = [...DEMO_SCHOOLS];
  const named: [string, SchoolPhase][] = [
    ...PRIMARY_NAMES.map((name): [string, SchoolPhase] => [name, 'primary']),
    ...SECONDARY_NAMES.map((name): [string, SchoolPhase] => [name, 'secondary']),
  ];
  named.forEach(([name, phase], n) => {
    const number = 3 + n;
    schools.push({
      urn: String(141000 + number),
      name,
      phase,
      dslName: `${DSL_FIRST[n % DSL_FIRST.length]} ${DSL_LAST[(n * 7) % DSL_LAST.length]}`,
      dslPhone: `0161 496 0${String(100 + number * 7).padStart(3, '0')}`,
      dslEmail: `dsl@${slug(name)}.example.org`,
      schoolDayStartsAt: STARTS[n % STARTS.length],
      district: DISTRICTS[n % DISTRICTS.length],
    });
  });
  return schools;
}
