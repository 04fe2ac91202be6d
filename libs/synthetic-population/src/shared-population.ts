import { RandomSource, generateNhsNumber, generateUpn, seededRandom } from '@frontdoor/identifiers';

/**
 * The children every agency's synthetic data is drawn from, so that some children are "known to
 * several agencies" exactly as in life. Each agency calls `sharedPopulation(SHARED_POPULATION_SEED,
 * count)` and keeps the people its own rule selects (police i % 3 === 0, health i % 2 === 0,
 * education i % 5 !== 4 and of school age).
 *
 * The draws for person i are made from ONE generator, in this fixed order: first name, last name,
 * date of birth, NHS number, UPN, postcode. Changing the order, the lists or the number of draws
 * changes everybody after that point in every agency's data, so treat this file as a contract.
 *
 * Every person is invented: names are common given names and surnames combined at random, NHS
 * numbers are in the never-issued 999 range, postcodes have a "Z" second letter in the inward code.
 */
export const SHARED_POPULATION_SEED = 2026;

/** Ages are measured on this day, so the population is the same whenever it is generated. */
export const POPULATION_REFERENCE_DATE = '2026-09-01';

/** Children only: 0 to 17 years old on the reference date. */
const MAX_AGE_DAYS = 18 * 365;

export interface PopulationPerson {
  /** Position in the population: the same number means the same child in every agency. */
  index: number;
  firstName: string;
  lastName: string;
  /** yyyy-MM-dd */
  dateOfBirth: string;
  /** Ten digits, 999 range. */
  nhsNumber: string;
  /** A valid permanent UPN (Trafford LA code 358). */
  upn: string;
  /** Normalised UK postcode, e.g. 'M33 4ZB'. */
  postcode: string;
}

export const FIRST_NAMES: readonly string[] = [
  'Oliver',
  'Amelia',
  'George',
  'Olivia',
  'Harry',
  'Isla',
  'Noah',
  'Ava',
  'Jack',
  'Mia',
  'Leo',
  'Ivy',
  'Arthur',
  'Lily',
  'Muhammad',
  'Isabella',
  'Oscar',
  'Rosie',
  'Charlie',
  'Sophia',
  'Jacob',
  'Grace',
  'Thomas',
  'Willow',
  'Henry',
  'Freya',
  'William',
  'Florence',
  'Alfie',
  'Emily',
  'Joshua',
  'Ella',
  'Freddie',
  'Poppy',
  'Archie',
  'Evie',
  'Theo',
  'Elsie',
  'Ethan',
  'Charlotte',
  'Isaac',
  'Evelyn',
  'Alexander',
  'Sienna',
  'Joseph',
  'Daisy',
  'James',
  'Phoebe',
  'Samuel',
  'Sofia',
  'Daniel',
  'Matilda',
  'Benjamin',
  'Ruby',
  'Max',
  'Harper',
  'Logan',
  'Hannah',
  'Lucas',
  'Zara',
  'Mason',
  'Aisha',
  'Reuben',
  'Maryam',
  'Adam',
  'Eliza',
  'Yusuf',
  'Imogen',
  'Dylan',
  'Jessica',
  'Finley',
  'Maisie',
  'Harrison',
  'Scarlett',
  'Riley',
  'Katherine',
  'Tyler',
  'Rebecca',
  'Matthew',
  'Elizabeth',
];

export const LAST_NAMES: readonly string[] = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Johnson',
  'Roberts',
  'Robinson',
  'Thompson',
  'Wright',
  'Walker',
  'White',
  'Edwards',
  'Hughes',
  'Green',
  'Hall',
  'Lewis',
  'Harris',
  'Clarke',
  'Patel',
  'Jackson',
  'Wood',
  'Turner',
  'Martin',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harrison',
  'Morgan',
  'Allen',
  'James',
  'Scott',
  'Phillips',
  'Watson',
  'Davis',
  'Parker',
  'Price',
  'Bennett',
  'Young',
  'Griffiths',
  'Mitchell',
  'Kelly',
  'Cook',
  'Carter',
  'Richardson',
  'Bailey',
  'Collins',
  'Bell',
  'Shaw',
  'Murphy',
  'Miller',
  'Cox',
  'Richards',
  'Khan',
  'Marshall',
  'Anderson',
  'Simpson',
  'Ellis',
  'Adams',
  'Singh',
  'Begum',
  'Wilkinson',
  'Foster',
  'Chapman',
  'Powell',
  'Webb',
  'Rogers',
  'Gray',
  'Mason',
  "O'Brien",
  'Hussain',
  'Ahmed',
  'Kowalski',
  'Nowak',
  'Okafor',
  'Mensah',
  'Campbell',
  'Murray',
  'Lloyd',
  'Fletcher',
];

/** Trafford postcode districts (Sale, Urmston, Stretford, Altrincham, Partington, Old Trafford). */
export const POSTCODE_DISTRICTS: readonly string[] = ['M33', 'M41', 'M32', 'WA14', 'WA15', 'M31', 'M16', 'WA13'];

/** The town each postcode district above belongs to, for synthetic addresses. */
export const TOWNS: Readonly<Record<string, string>> = {
  M33: 'Sale',
  M41: 'Urmston',
  M32: 'Stretford',
  WA14: 'Altrincham',
  WA15: 'Hale',
  M31: 'Partington',
  M16: 'Old Trafford',
  WA13: 'Lymm',
};
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXY';

/** The same people for the same seed and count; person i does not depend on the count. */
export function sharedPopulation(seed: number, count: number): PopulationPerson[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a whole number, 0 or more');
  const rng = seededRandom(seed);
  const people: PopulationPerson[] = [];
  for (let index = 0; index < count; index++) {
    const firstName = pick(rng, FIRST_NAMES);
    const lastName = pick(rng, LAST_NAMES);
    const dateOfBirth = drawDateOfBirth(rng);
    const nhsNumber = generateNhsNumber(rng);
    const upn = generateUpn(rng, { laCode: '358' });
    const postcode = drawPostcode(rng);
    people.push({ index, firstName, lastName, dateOfBirth, nhsNumber, upn, postcode });
  }
  return people;
}

export function pick<T>(rng: RandomSource, items: readonly T[]): T {
  return items[Math.min(items.length - 1, Math.floor(rng() * items.length))];
}

function drawDateOfBirth(rng: RandomSource): string {
  const reference = Date.parse(`${POPULATION_REFERENCE_DATE}T00:00:00Z`);
  const ageDays = Math.floor(rng() * MAX_AGE_DAYS);
  return new Date(reference - ageDays * 86_400_000).toISOString().slice(0, 10);
}

/** One draw per part: district, sector digit, last letter. The unit always has "Z" second. */
function drawPostcode(rng: RandomSource): string {
  const district = pick(rng, POSTCODE_DISTRICTS);
  const sector = Math.min(9, Math.floor(rng() * 10));
  const unit = pick(rng, [...INWARD_LETTERS]);
  return `${district} ${sector}Z${unit}`;
}

/** 'Amelia' -> 'Aemlia': two different neighbouring letters after the first swapped (a typo). */
export function transposeAdjacentLetters(name: string, rng: RandomSource): string | null {
  const positions: number[] = [];
  for (let i = 1; i < name.length - 1; i++) if (name[i].toLowerCase() !== name[i + 1].toLowerCase()) positions.push(i);
  if (positions.length === 0) return null;
  const at = pick(rng, positions);
  return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
}
