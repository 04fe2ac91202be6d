import { RandomSource, normaliseName, normalisePostcode, seededRandom } from '@frontdoor/identifiers';
import { createHash } from 'node:crypto';
import { DomesticAbuseHistory } from '../domestic-abuse/domestic-abuse-history.entity';
import { Incident, IncidentPerson, IncidentRole, PoliceIncidentType } from '../incidents/incident.entity';
import { Investigation, InvestigationPerson } from '../investigations/investigation.entity';
import { nicknamesOf } from '../matching/name-similarity';
import { PersonAlias, PolicePerson } from '../people/police-person.entity';
import { pncId } from '../people/pnc-id';
import { WarningMarker, WarningMarkerType } from '../warning-markers/warning-marker.entity';
import {
  LAST_NAMES,
  POPULATION_REFERENCE_DATE,
  PopulationPerson,
  pick,
  sharedPopulation,
  TOWNS,
} from '@frontdoor/synthetic-population';

/**
 * GMP's synthetic records, drawn from the shared population so that the same children are known
 * to health and education too. Police know every third child (index % 3 === 0) and the adults of
 * that child's household, plus people outside it (a former partner, a neighbour who witnessed,
 * an assault suspect): the household's incidents, domestic-abuse history with DASH scores,
 * warning markers (some restricted), investigations (some operationally sensitive), and, for some
 * victims of domestic abuse, a safe (refuge) address.
 *
 * Deterministic: the same seed, count and reference date give the same rows on every machine,
 * and household i does not depend on the count (each household is drawn from a generator seeded
 * by the seed and i, so nothing here disturbs the shared draws). Every name, address, reference
 * and operation name is invented.
 *
 * About 5% of the children are recorded under a variant of the name the other agencies hold (a
 * short form, or two letters transposed), as real records are: police match on name and date of
 * birth only, so those must NOT match automatically. Many surnames are recorded in capitals, as
 * police systems often do: those still match (names are normalised).
 */
export function includeInPolice(index: number): boolean {
  return index % 3 === 0;
}

export type NameVariant = 'nickname' | 'transposition';

/** One child's household as police hold it, with the keys a test or demo needs to find it. */
export interface SyntheticHousehold {
  index: number;
  /** The child as the other agencies (and so the front door) know them. */
  child: PopulationPerson;
  childId: string;
  /** Set when police recorded the child's name differently: then they must not match. */
  nameVariant?: NameVariant;
  /** The adults who live with the child (mother first, then a partner when there is one). */
  adultIds: string[];
  /** People outside the household: a former partner, witnesses, suspects. */
  otherIds: string[];
}

export type PersonRow = Omit<PolicePerson, 'createdAt'>;

export interface PoliceDataset {
  seed: number;
  count: number;
  referenceDate: string;
  households: SyntheticHousehold[];
  people: PersonRow[];
  aliases: PersonAlias[];
  incidents: Incident[];
  incidentPeople: IncidentPerson[];
  domesticAbuse: DomesticAbuseHistory[];
  markers: WarningMarker[];
  investigations: Investigation[];
  investigationPeople: InvestigationPerson[];
}

export interface PoliceDatasetOptions {
  seed: number;
  /** The size of the shared population; police hold about a third of it. */
  count: number;
  /** The day the records are "as of" (yyyy-MM-dd): incidents fall in the four years before it. */
  referenceDate?: string;
}

const DAY = 86_400_000;
const YEAR_DAYS = 365.25;

export function policeDataset({
  seed,
  count,
  referenceDate = POPULATION_REFERENCE_DATE,
}: PoliceDatasetOptions): PoliceDataset {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) throw new RangeError('referenceDate must be yyyy-MM-dd');
  const dataset: PoliceDataset = {
    seed,
    count,
    referenceDate,
    households: [],
    people: [],
    aliases: [],
    incidents: [],
    incidentPeople: [],
    domesticAbuse: [],
    markers: [],
    investigations: [],
    investigationPeople: [],
  };
  for (const child of sharedPopulation(seed, count)) {
    if (!includeInPolice(child.index)) continue;
    new HouseholdBuilder(seed, child, Date.parse(`${referenceDate}T00:00:00Z`), dataset).build();
  }
  return dataset;
}

// --- invented names and places ------------------------------------------------------------------

const WOMEN = [
  'Sarah',
  'Laura',
  'Emma',
  'Gemma',
  'Kirsty',
  'Nicola',
  'Hayley',
  'Stacey',
  'Jade',
  'Kelly',
  'Aisha',
  'Samina',
  'Agnieszka',
  'Chloe',
  'Danielle',
  'Leanne',
  'Rachel',
  'Natalie',
  'Amy',
  'Zoe',
];
const MEN = [
  'Daniel',
  'Lee',
  'Craig',
  'Darren',
  'Wayne',
  'Jason',
  'Paul',
  'Mark',
  'Ryan',
  'Scott',
  'Imran',
  'Tariq',
  'Piotr',
  'Kyle',
  'Dean',
  'Stephen',
  'Michael',
  'Anthony',
  'Gary',
  'Liam',
];
const STREETS = [
  'Acacia Avenue',
  'Brook Road',
  'Cedar Grove',
  'Derwent Close',
  'Elm Street',
  'Fairview Road',
  'Glebe Lane',
  'Hawthorn Drive',
  'Ivy Bank',
  'Juniper Way',
  'Kingsway',
  'Larch Crescent',
  'Moss Lane',
  'Northenden Road',
  'Oak Terrace',
  'Park Avenue',
  'Queens Road',
  'Rowan Walk',
  'School Lane',
  'Thorn Grove',
];
/** Elsewhere in Greater Manchester: former partners and suspects live here; refuges are here. */
const ELSEWHERE: readonly [string, string][] = [
  ['M14', 'Fallowfield'],
  ['M20', 'Didsbury'],
  ['SK4', 'Stockport'],
  ['BL1', 'Bolton'],
  ['OL1', 'Oldham'],
  ['WN1', 'Wigan'],
  ['M6', 'Salford'],
  ['M9', 'Blackley'],
];
const REFUGE_STREETS = ['Hollin Lane', 'Linden Row', 'Quarry Bank', 'Willow Mews', 'Sandpiper Court', 'Heron Walk'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWY';
const CODENAMES = ['NIGHTJAR', 'KESTREL', 'BRAMBLE', 'LANTERN', 'SEXTANT', 'TARNISH', 'MERIDIAN', 'CINDER'];
const PUBLIC_PLACES = ['Town centre', 'Park', 'Shopping centre car park', 'Tram stop', 'Leisure centre'];

// --- one household --------------------------------------------------------------------------

type Profile = 'domestic-abuse' | 'welfare' | 'missing' | 'mixed';

class HouseholdBuilder {
  private readonly rng: RandomSource;
  private readonly ids: (kind: string) => string;
  private readonly household: SyntheticHousehold;
  private personNumber = 0;
  private incidentNumber = 0;
  private investigationNumber = 0;

  constructor(
    private readonly seed: number,
    private readonly child: PopulationPerson,
    private readonly reference: number,
    private readonly out: PoliceDataset,
  ) {
    this.rng = seededRandom(householdSeed(seed, child.index));
    this.ids = idFactory(seed, child.index);
    this.household = { index: child.index, child, childId: '', adultIds: [], otherIds: [] };
  }

  build(): void {
    const { rng, child } = this;
    const district = child.postcode.split(' ')[0];
    const home = {
      addressLine: `${1 + Math.floor(rng() * 180)} ${pick(rng, STREETS)}`,
      town: TOWNS[district] ?? 'Trafford',
      postcode: child.postcode,
    };

    const recorded = recordedName(child.firstName, rng);
    const childRow = this.person(recorded.firstName, child.lastName, child.dateOfBirth, home);
    this.household.childId = childRow.id;
    if (recorded.nameVariant) this.household.nameVariant = recorded.nameVariant;

    const mother =
      rng() < 0.95
        ? this.person(
            pick(rng, WOMEN),
            rng() < 0.8 ? child.lastName : pick(rng, LAST_NAMES),
            this.adultBirthDate(child.dateOfBirth, 18, 40),
            home,
          )
        : null;
    const partner =
      rng() < 0.6
        ? this.person(
            pick(rng, MEN),
            rng() < 0.6 ? child.lastName : pick(rng, LAST_NAMES),
            this.adultBirthDate(child.dateOfBirth, 19, 45),
            home,
          )
        : null;
    for (const adult of [mother, partner]) if (adult) this.household.adultIds.push(adult.id);
    if (mother && rng() < 0.08) this.alias(mother, 'previous-name', mother.firstName, pick(rng, LAST_NAMES));

    const ageYears = (this.reference - Date.parse(`${child.dateOfBirth}T00:00:00Z`)) / DAY / YEAR_DAYS;
    const roll = rng();
    const profile: Profile =
      mother && roll < 0.45
        ? 'domestic-abuse'
        : roll < 0.7
          ? 'welfare'
          : ageYears >= 11 && roll < 0.82
            ? 'missing'
            : 'mixed';

    let perpetrator: PersonRow | null = null;
    if (profile === 'domestic-abuse' && mother) {
      perpetrator = partner && rng() < 0.7 ? partner : this.outsider(MEN, 19, 50);
      if (perpetrator !== partner && rng() < 0.15)
        this.alias(perpetrator, 'known-as', nicknameOrSelf(perpetrator.firstName, rng), perpetrator.lastName);
      this.domesticAbuse(mother, perpetrator, childRow, home);
    }

    const others = 1 + Math.floor(rng() ** 2 * 4);
    for (let n = 0; n < others; n++) {
      const type: PoliceIncidentType =
        profile === 'missing' && rng() < 0.6
          ? 'missing-person'
          : pick(rng, ['concern-for-welfare', 'concern-for-welfare', 'assault', 'antisocial-behaviour'] as const);
      if (profile === 'domestic-abuse' && n > 0 && rng() < 0.5) continue;
      this.otherIncident(type, childRow, mother, partner, home, ageYears);
    }

    this.markersAndInvestigations(perpetrator, partner ?? mother, childRow);
    this.out.households.push(this.household);
  }

  private domesticAbuse(victim: PersonRow, perpetrator: PersonRow, child: PersonRow, home: Address): void {
    const { rng } = this;
    const recent = 1 + Math.floor(rng() ** 1.5 * 6);
    const dates = Array.from({ length: recent }, () => this.dateWithin(4 * 365)).sort((a, b) => a - b);
    const earlier = rng() < 0.3 ? 1 + Math.floor(rng() * 4) : 0;
    for (const at of dates) {
      const people: [PersonRow, IncidentRole][] = [
        [victim, 'victim'],
        [perpetrator, 'suspect'],
        [child, rng() < 0.55 ? 'child-present' : 'child-resident'],
      ];
      if (rng() < 0.15) people.push([this.outsider(rng() < 0.5 ? WOMEN : MEN, 20, 70, home), 'witness']);
      this.incident('domestic-abuse', at, rng() < 0.9 ? home : this.publicPlace(home), people);
    }
    const first = earlier ? dates[0] - Math.floor((1 + rng() * 3) * 365) * DAY : dates[0];
    const lastDay = isoDay(dates[dates.length - 1]);
    // DASH: completed at most attended incidents; yes-counts cluster at 5-12, a tail reaches high risk.
    const completed = rng() < 0.75;
    const severity = 0.15 + rng() ** 1.4 * 0.6;
    const dashScore = completed
      ? Array.from({ length: 24 }, () => (rng() < severity ? 1 : 0)).reduce<number>((a, b) => a + b, 0)
      : null;
    this.out.domesticAbuse.push({
      id: this.ids('domestic-abuse'),
      victimId: victim.id,
      perpetratorId: perpetrator.id,
      firstIncidentOn: isoDay(first),
      lastIncidentOn: lastDay,
      incidentCount: recent + earlier,
      dashScore,
      dashCompletedOn: completed ? lastDay : null,
    });
    // Some victims have moved to a refuge: that address never leaves GMP.
    if ((dashScore !== null && dashScore >= 14 && rng() < 0.6) || rng() < 0.08) {
      const [district, town] = pick(rng, ELSEWHERE);
      victim.safeAddress = `${1 + Math.floor(rng() * 60)} ${pick(rng, REFUGE_STREETS)}, ${town} ${district} ${Math.floor(rng() * 10)}X${pick(rng, [...INWARD_LETTERS])}`;
    }
    // A recent incident is usually still under investigation.
    const last = dates[dates.length - 1];
    if (this.reference - last < 180 * DAY && rng() < 0.6) {
      this.investigation(
        pick(rng, [
          'assault occasioning actual bodily harm',
          'controlling or coercive behaviour',
          'common assault',
          'criminal damage',
        ]),
        isoDay(last + DAY),
        false,
        `Arising from the domestic incident on ${isoDay(last)}; suspect interviewed and released under investigation.`,
        [
          [perpetrator, 'suspect'],
          [victim, 'victim'],
        ],
      );
    }
  }

  private otherIncident(
    type: PoliceIncidentType,
    child: PersonRow,
    mother: PersonRow | null,
    partner: PersonRow | null,
    home: Address,
    age: number,
  ): void {
    const { rng } = this;
    const at = this.dateWithin(4 * 365);
    const adult = mother ?? partner;
    switch (type) {
      case 'missing-person':
        this.incident(type, at, home, [
          [child, 'missing-person'],
          ...(adult ? [[adult, 'witness'] as [PersonRow, IncidentRole]] : []),
        ]);
        return;
      case 'concern-for-welfare':
        if (adult && rng() < 0.5)
          this.incident(type, at, home, [
            [adult, 'subject-of-concern'],
            [child, rng() < 0.6 ? 'child-present' : 'child-resident'],
          ]);
        else
          this.incident(type, at, home, [
            [child, 'subject-of-concern'],
            ...(adult ? [[adult, 'witness'] as [PersonRow, IncidentRole]] : []),
          ]);
        return;
      case 'assault': {
        const victim = age >= 8 && rng() < 0.5 ? child : (adult ?? child);
        const people: [PersonRow, IncidentRole][] = [[victim, 'victim']];
        if (rng() < 0.7) people.push([this.outsider(MEN, 15, 45), 'suspect']);
        this.incident(type, at, this.publicPlace(home), people);
        return;
      }
      default: {
        const suspect = age >= 12 && rng() < 0.5 ? child : (partner ?? adult ?? child);
        this.incident(type, at, rng() < 0.5 ? home : this.publicPlace(home), [[suspect, 'suspect']]);
      }
    }
  }

  private markersAndInvestigations(perpetrator: PersonRow | null, adult: PersonRow | null, child: PersonRow): void {
    const { rng } = this;
    if (perpetrator) {
      if (rng() < 0.5)
        this.marker(perpetrator, 'violence', 'Violent towards partners; use caution when attending', rng() < 0.05);
      if (rng() < 0.2) this.marker(perpetrator, 'weapons', 'Known to carry a bladed article', rng() < 0.08);
      if (rng() < 0.2) this.marker(perpetrator, 'drugs', 'Class A drug user', rng() < 0.08);
    }
    if (adult && rng() < 0.06)
      this.marker(adult, 'mental-health', 'Self-reported depression; may be vulnerable when spoken to', false);
    if (rng() < 0.03) this.marker(child, 'self-harm', 'History of self-harm', false);
    // Intelligence-led markers are restricted; their note is never quoted.
    const target = perpetrator ?? adult;
    if (target && rng() < 0.07) {
      const ref = `FIB-${String(this.child.index).padStart(6, '0')}`;
      this.marker(
        target,
        pick(rng, ['firearms', 'weapons', 'drugs'] as const),
        `Intelligence report ${ref}: ${pick(rng, ['access to a firearm', 'stores drugs for an organised crime group', 'linked to county lines supply'])}`,
        true,
      );
    }
    // Operationally sensitive investigations: withheld from every answer, and a request waits for review.
    if (target && rng() < 0.06) {
      const codename = pick(rng, CODENAMES);
      const reference = `OP-${codename}-${this.seed % 100}${String(this.child.index).padStart(6, '0')}`;
      this.investigation(
        pick(rng, ['supply of controlled drugs', 'child criminal exploitation', 'money laundering']),
        isoDay(this.dateWithin(400)),
        true,
        `Operation ${codename[0]}${codename.slice(1).toLowerCase()} (${reference}): covert enquiry; do not disclose outside the investigation team.`,
        [[target, 'suspect']],
      );
    }
    if (adult && rng() < 0.1) {
      this.investigation(
        'theft',
        isoDay(this.dateWithin(3 * 365)),
        false,
        'No further action: insufficient evidence.',
        [[adult, 'suspect']],
        'closed',
      );
    }
  }

  // --- rows ---

  private person(firstName: string, lastName: string, dateOfBirth: string | null, address: Address | null): PersonRow {
    const n = this.personNumber++;
    // Police systems often hold surnames in capitals; matching ignores case.
    const recordedLast = this.rng() < 0.3 ? lastName.toUpperCase() : lastName;
    const row: PersonRow = {
      id: this.ids('person'),
      pncId: pncId(this.seed, this.child.index * 10 + n),
      firstName,
      lastName: recordedLast,
      firstNameKey: normaliseName(firstName),
      lastNameKey: normaliseName(recordedLast),
      dateOfBirth,
      addressLine: address?.addressLine ?? null,
      town: address?.town ?? null,
      postcode: address ? normalisePostcode(address.postcode) : null,
      safeAddress: null,
    };
    this.out.people.push(row);
    return row;
  }

  /** Someone outside the household, living elsewhere in Greater Manchester. */
  private outsider(names: readonly string[], minAge: number, maxAge: number, near?: Address): PersonRow {
    const { rng } = this;
    const [district, town] = pick(rng, ELSEWHERE);
    const address: Address = near
      ? { ...near, addressLine: `${1 + Math.floor(rng() * 180)} ${near.addressLine.replace(/^\d+\s+/, '')}` }
      : {
          addressLine: `${1 + Math.floor(rng() * 200)} ${pick(rng, STREETS)}`,
          town,
          postcode: `${district} ${Math.floor(rng() * 10)}Z${pick(rng, [...INWARD_LETTERS])}`,
        };
    const birth = isoDay(this.reference - Math.floor((minAge + rng() * (maxAge - minAge)) * YEAR_DAYS) * DAY);
    const row = this.person(
      pick(rng, names),
      pick(rng, LAST_NAMES),
      rng() < 0.95 ? birth : null,
      rng() < 0.9 ? address : null,
    );
    this.household.otherIds.push(row.id);
    return row;
  }

  private alias(person: PersonRow, kind: PersonAlias['kind'], firstName: string, lastName: string): void {
    if (normaliseName(firstName) === person.firstNameKey && normaliseName(lastName) === person.lastNameKey) return;
    this.out.aliases.push({
      id: this.ids('alias'),
      personId: person.id,
      kind,
      firstName,
      lastName,
      firstNameKey: normaliseName(firstName),
      lastNameKey: normaliseName(lastName),
    });
  }

  private incident(type: PoliceIncidentType, at: number, place: Address, people: [PersonRow, IncidentRole][]): void {
    const id = this.ids('incident');
    const sequence = this.child.index * 20 + this.incidentNumber++;
    this.out.incidents.push({
      id,
      reference: `GMP-${isoDay(at).replace(/-/g, '')}-${this.seed % 100}${String(sequence).padStart(7, '0')}`,
      occurredAt: new Date(at),
      type,
      location: `${place.addressLine}, ${place.town} ${place.postcode}`,
      locationPostcode: normalisePostcode(place.postcode),
    });
    const seen = new Set<string>();
    for (const [person, role] of people) {
      const key = `${person.id}:${role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.out.incidentPeople.push({ incidentId: id, personId: person.id, role });
    }
  }

  private marker(person: PersonRow, type: WarningMarkerType, note: string, restricted: boolean): void {
    this.out.markers.push({
      id: this.ids('marker'),
      personId: person.id,
      type,
      note,
      recordedOn: isoDay(this.dateWithin(5 * 365)),
      restricted,
    });
  }

  private investigation(
    offence: string,
    openedOn: string,
    sensitive: boolean,
    summary: string,
    people: [PersonRow, InvestigationPerson['role']][],
    status: Investigation['status'] = 'open',
  ): void {
    const id = this.ids('investigation');
    const reference = sensitive
      ? /\((OP-[^)]+)\)/.exec(summary)![1]
      : `GMP-INV-${this.seed % 100}${String(this.child.index).padStart(6, '0')}-${this.investigationNumber++}`;
    this.out.investigations.push({ id, reference, offence, openedOn, status, sensitive, summary });
    for (const [person, role] of people)
      this.out.investigationPeople.push({ investigationId: id, personId: person.id, role });
  }

  // --- dates and places ---

  /** A moment in the `days` before the reference date, more often recent than not. */
  private dateWithin(days: number): number {
    const back = Math.floor(this.rng() ** 1.3 * days) * DAY;
    const minute = Math.floor(this.rng() * 24 * 60) * 60_000;
    return this.reference - DAY - back + minute;
  }

  private adultBirthDate(childBirth: string, minYearsOlder: number, maxYearsOlder: number): string {
    const child = Date.parse(`${childBirth}T00:00:00Z`);
    return isoDay(child - Math.floor((minYearsOlder + this.rng() * (maxYearsOlder - minYearsOlder)) * YEAR_DAYS) * DAY);
  }

  private publicPlace(home: Address): Address {
    return {
      addressLine: pick(this.rng, PUBLIC_PLACES),
      town: home.town,
      postcode: home.postcode.split(' ')[0] + ' 1AA',
    };
  }
}

interface Address {
  addressLine: string;
  town: string;
  postcode: string;
}

/** About 5% of children are recorded under a short form or with two letters swapped. */
function recordedName(firstName: string, rng: RandomSource): { firstName: string; nameVariant?: NameVariant } {
  if (rng() >= 0.05) return { firstName };
  const short = nicknamesOf(firstName).filter((name) => name.length > 2);
  if (short.length > 0 && rng() < 0.6) {
    const nickname = pick(rng, short);
    return { firstName: nickname[0].toUpperCase() + nickname.slice(1), nameVariant: 'nickname' };
  }
  const at = 1 + Math.floor(rng() * (firstName.length - 2));
  const swapped = firstName.slice(0, at) + firstName[at + 1] + firstName[at] + firstName.slice(at + 2);
  if (swapped.toLowerCase() === firstName.toLowerCase()) return { firstName };
  return { firstName: swapped, nameVariant: 'transposition' };
}

function nicknameOrSelf(firstName: string, rng: RandomSource): string {
  const short = nicknamesOf(firstName);
  if (short.length === 0) return firstName;
  const name = pick(rng, short);
  return name[0].toUpperCase() + name.slice(1);
}

/** PNC-style ids for synthetic people take their year from the seed. */
export { pncId };

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function householdSeed(seed: number, index: number): number {
  let hash = 0x811c9dc5;
  for (const character of `police:${seed}:${index}`) {
    hash ^= character.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Deterministic UUIDs (version 4 layout), so a seed gives the same rows on every machine. */
function idFactory(seed: number, index: number): (kind: string) => string {
  const counters = new Map<string, number>();
  return (kind) => {
    const n = counters.get(kind) ?? 0;
    counters.set(kind, n + 1);
    const hex = createHash('sha256').update(`police:${seed}:${index}:${kind}:${n}`).digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}
