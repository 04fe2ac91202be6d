import { RandomSource, generateUpn, normaliseName, seededRandom } from '@frontdoor/identifiers';
import {
  pick,
  PopulationPerson,
  SHARED_POPULATION_SEED,
  sharedPopulation,
  transposeAdjacentLetters,
  TOWNS,
} from '@frontdoor/synthetic-population';
import { createHash } from 'node:crypto';
import type { AttendanceRecord } from '../pupils/attendance-record.entity';
import type { Exclusion } from '../pupils/exclusion.entity';
import type { Pupil, SenStatus } from '../pupils/pupil.entity';
import type { SafeguardingConcern } from '../pupils/safeguarding-concern.entity';
import {
  FULL_TERM_SESSIONS,
  SchoolTerm,
  academicYearStart,
  previousTerm,
  termOf,
  yearGroupIn,
} from '../terms/school-terms';
import { DEMO_PUPILS, DemoPupil } from './demo-pupils';
import { SyntheticSchool, syntheticSchools } from './schools';

/** Education's records are as of this day by default: mid autumn term 2026/27. */
export const EDUCATION_RECORDS_AS_OF = '2026-11-20';

export type NameVariant = 'nickname' | 'transposed';

/** A generated pupil, with where it came from (for tests and tooling; not stored). */
export interface SyntheticPupil extends Pupil {
  /** Index in the shared population, or null for the hand-written demo pupils. */
  populationIndex: number | null;
  /** Set when the school holds the name differently from the shared population (about 5%). */
  nameVariant?: NameVariant;
}

export interface EducationDataset {
  seed: number;
  count: number;
  asOf: string;
  schools: SyntheticSchool[];
  pupils: SyntheticPupil[];
  attendance: AttendanceRecord[];
  exclusions: Exclusion[];
  concerns: SafeguardingConcern[];
}

export interface EducationDatasetOptions {
  seed?: number;
  /** Size of the shared population; education keeps about 62% (school-age, i % 5 !== 4). */
  count: number;
  /** yyyy-MM-dd: the day the records are as of. */
  asOf?: string;
}

/**
 * Education's rule for the shared population: every child except each fifth (i % 5 === 4), and
 * only children of school age, Reception to Year 13, in the academic year of the records.
 */
export function includeInEducation(person: Pick<PopulationPerson, 'index' | 'dateOfBirth'>, asOf: string): boolean {
  if (person.index % 5 === 4) return false;
  const yearGroup = yearGroupIn(academicYearStart(asOf), person.dateOfBirth);
  return yearGroup >= 0 && yearGroup <= 13;
}

/**
 * The schools, pupils and their records, the same for the same seed, count and day. Each pupil's
 * records come from their own generator (seeded from the seed and their population index), so a
 * pupil does not change when the count does. Distributions follow published national figures
 * (DfE, 2023/24-2024/25): persistent absence about 15% primary and 25% secondary; SEN support
 * about 13.5% and EHC plans about 4.8%; suspensions concentrated in secondary schools; a small
 * share of pupils with DSL-logged concerns; a few on the protected roll.
 */
export function educationDataset(options: EducationDatasetOptions): EducationDataset {
  const seed = options.seed ?? SHARED_POPULATION_SEED;
  const asOf = options.asOf ?? EDUCATION_RECORDS_AS_OF;
  const schools = syntheticSchools();
  const dataset: EducationDataset = {
    seed,
    count: options.count,
    asOf,
    schools,
    pupils: [],
    attendance: [],
    exclusions: [],
    concerns: [],
  };
  for (const person of sharedPopulation(seed, options.count)) {
    if (!includeInEducation(person, asOf)) continue;
    const rng = seededRandom(hashSeed(`${seed}:${person.index}`));
    new PupilBuilder(dataset, rng, idFactory(`${seed}:${person.index}`)).fromPopulation(person);
  }
  for (const demo of DEMO_PUPILS) {
    new PupilBuilder(dataset, seededRandom(hashSeed(`demo:${demo.key}`)), idFactory(`demo:${demo.key}`)).fromDemo(demo);
  }
  return dataset;
}

const NICKNAMES: Record<string, string> = {
  Oliver: 'Ollie',
  Alexander: 'Alex',
  William: 'Will',
  Thomas: 'Tom',
  Charlotte: 'Lottie',
  Elizabeth: 'Lizzie',
  Isabella: 'Bella',
  Samuel: 'Sam',
  James: 'Jamie',
  Joseph: 'Joe',
  Matthew: 'Matt',
  Daniel: 'Dan',
  Benjamin: 'Ben',
  Jacob: 'Jake',
  Henry: 'Harry',
  Katherine: 'Kate',
  Rebecca: 'Becky',
  Jessica: 'Jess',
  Florence: 'Flo',
  Matilda: 'Tilly',
  Frederick: 'Freddie',
  Harrison: 'Harri',
  Joshua: 'Josh',
  Archie: 'Arch',
  Theo: 'Teddy',
  Evelyn: 'Evie',
  Imogen: 'Immy',
  Eliza: 'Liza',
  Phoebe: 'Phoebs',
  Maryam: 'Mariam',
};

const STREETS = [
  'Acorn Street',
  'Barley Road',
  'Chestnut Avenue',
  'Dovecote Lane',
  'Elder Close',
  'Fieldfare Way',
  'Gorse Road',
  'Hawthorn Drive',
  'Ivy Bank',
  'Juniper Court',
  'Kestrel Road',
  'Lime Grove',
  'Maple Crescent',
  'Nettle Lane',
  'Osier Road',
  'Plover Close',
  'Quarry Bank',
  'Rowan Avenue',
  'Sedge Walk',
  'Teal Street',
  'Upton Road',
  'Vetch Close',
  'Wren Gardens',
  'Yew Tree Lane',
];

const SEN_SUPPORT_NEEDS: [string, number][] = [
  ['SLCN', 24],
  ['SEMH', 21],
  ['SpLD', 13],
  ['MLD', 12],
  ['ASD', 11],
  ['OTH', 6],
  ['PD', 3],
  ['HI', 2],
  ['VI', 1],
  ['SLD', 1],
  ['MSI', 1],
];
const EHCP_NEEDS: [string, number][] = [
  ['ASD', 33],
  ['SLCN', 21],
  ['SEMH', 15],
  ['SLD', 8],
  ['MLD', 7],
  ['PD', 4],
  ['OTH', 4],
  ['SpLD', 3],
  ['PMLD', 2],
  ['HI', 2],
  ['VI', 1],
];

const SUSPENSION_REASONS: [string, number][] = [
  ['Persistent disruptive behaviour', 34],
  ['Physical assault against a pupil', 17],
  ['Verbal abuse or threatening behaviour against an adult', 17],
  ['Verbal abuse or threatening behaviour against a pupil', 6],
  ['Physical assault against an adult', 5],
  ['Use or threat of use of an offensive weapon or prohibited item', 4],
  ['Drug and alcohol related', 4],
  ['Damage', 3],
  ['Bullying', 3],
  ['Racist abuse', 2],
  ['Inappropriate use of social media or online technology', 2],
  ['Sexual misconduct', 1],
  ['Theft', 1],
  ['Abuse against sexual orientation and gender identity', 1],
];
const PERMANENT_REASONS: [string, number][] = [
  ['Persistent disruptive behaviour', 35],
  ['Physical assault against a pupil', 16],
  ['Use or threat of use of an offensive weapon or prohibited item', 14],
  ['Drug and alcohol related', 12],
  ['Physical assault against an adult', 10],
  ['Verbal abuse or threatening behaviour against an adult', 8],
  ['Sexual misconduct', 5],
];
const SUSPENSION_DAYS: [number, number][] = [
  [1, 50],
  [0.5, 10],
  [2, 18],
  [3, 12],
  [5, 7],
  [10, 3],
];

/** DSL-logged concerns: category, weight and factual summaries (no names, no addresses). */
const CONCERNS: { category: string; weight: number; summaries: string[] }[] = [
  {
    category: 'neglect',
    weight: 24,
    summaries: [
      'Arrived hungry on four days this week and asked staff for food; breakfast club place offered.',
      'Same uniform worn unwashed for two weeks; no PE kit since the start of term.',
      'Head lice untreated for several weeks despite letters home; parent did not attend a meeting.',
      'Collected late from school three times this half term; once not collected until 17:30.',
    ],
  },
  {
    category: 'emotional wellbeing',
    weight: 18,
    summaries: [
      'Tearful and withdrawn in class for several weeks; told the class teacher they "do not want to go home".',
      'Referred to the school counsellor after a panic attack in a lesson.',
      'Said that arguments at home keep them awake at night; appeared exhausted.',
    ],
  },
  {
    category: 'domestic abuse',
    weight: 14,
    summaries: [
      'Operation Encompass notification received: police attended a domestic incident at the home overnight, child present.',
      'Told a teaching assistant that "dad shouted and pushed mum" at the weekend.',
    ],
  },
  {
    category: 'physical injury',
    weight: 12,
    summaries: [
      'Bruising to the upper arm seen in PE; the explanation given changed twice. Body map completed.',
      'Arrived with a cut above the eye; said they fell. Parent informed and gave the same account.',
    ],
  },
  {
    category: 'attendance',
    weight: 10,
    summaries: [
      'Absent without explanation for five consecutive days; home visit made, no answer.',
      'Frequently late; says they take a younger sibling to nursery first.',
    ],
  },
  {
    category: 'online safety',
    weight: 8,
    summaries: [
      'Reported receiving messages from an unknown adult on a gaming platform; screenshots kept; parent informed.',
      'Shared an explicit image of another pupil; police Schools Officer informed.',
    ],
  },
  {
    category: 'child-on-child abuse',
    weight: 7,
    summaries: ['Reported being repeatedly hit on the way home by older pupils; parents of both informed.'],
  },
  {
    category: 'self-harm',
    weight: 5,
    summaries: ['Scratches on the forearm seen by a teacher; school nurse informed and parent contacted.'],
  },
  {
    category: 'missing from home',
    weight: 2,
    summaries: ['Parent reported the pupil missing overnight; returned the next morning. Return interview requested.'],
  },
];
const RESTRICTED_CONCERN = {
  category: 'sexual abuse',
  summary: 'Disclosure to a member of staff; reported to police and children’s social care the same day.',
  reason: 'Under police investigation: shared only by the DSL after checking with the investigating officer',
};

/** Builds one pupil and their records into the dataset, drawing only from its own generator. */
class PupilBuilder {
  private readonly today: string;
  private readonly current: SchoolTerm;

  constructor(
    private readonly dataset: EducationDataset,
    private readonly rng: RandomSource,
    private readonly id: (kind: string) => string,
  ) {
    this.today = dataset.asOf;
    this.current = termOf(dataset.asOf);
  }

  fromPopulation(person: PopulationPerson): void {
    const { rng } = this;
    const yearGroup = yearGroupIn(academicYearStart(this.today), person.dateOfBirth);
    const phase = yearGroup <= 6 ? 'primary' : 'secondary';
    const district = person.postcode.split(' ')[0];
    const school = this.chooseSchool(phase, district);
    const recorded = recordedFirstName(person.firstName, rng);
    const protectedRoll = rng() < 0.004;
    const pupil: SyntheticPupil = {
      id: this.id('pupil'),
      populationIndex: person.index,
      ...(recorded.variant ? { nameVariant: recorded.variant } : {}),
      upn: person.upn,
      firstName: recorded.firstName,
      lastName: person.lastName,
      firstNameKey: normaliseName(recorded.firstName),
      lastNameKey: normaliseName(person.lastName),
      dateOfBirth: person.dateOfBirth,
      addressLine1: `${1 + Math.floor(rng() * 180)} ${pick(rng, STREETS)}`,
      town: TOWNS[district] ?? 'Trafford',
      postcode: person.postcode,
      schoolUrn: school.urn,
      yearGroup,
      admittedOn: this.admission(yearGroup),
      ...this.sen(),
      protectedRoll,
      restrictionReason: protectedRoll ? 'Child in refuge (protected roll)' : null,
      safeAddressLine1: protectedRoll
        ? `Flat ${1 + Math.floor(rng() * 12)}, ${pick(rng, ['Haven', 'Harbour', 'Shelter', 'Beacon'])} House`
        : null,
      safeAddressTown: protectedRoll ? pick(rng, Object.values(TOWNS)) : null,
      // 'Y' second in the inward code: no home postcode in the shared population looks like it.
      safeAddressPostcode: protectedRoll
        ? `${pick(rng, Object.keys(TOWNS))} ${Math.floor(rng() * 10)}Y${pick(rng, [...'ABDEFGHJLNPQRSTUWXYZ'])}`
        : null,
    };
    const persistentlyAbsentProne = rng() < (phase === 'primary' ? 0.15 : 0.25);
    this.add(pupil, { persistentlyAbsentProne, phase });
  }

  fromDemo(demo: DemoPupil): void {
    const yearGroup = yearGroupIn(academicYearStart(this.today), demo.dateOfBirth);
    const upn = generateUpn(this.rng, { laCode: '358' });
    const pupil: SyntheticPupil = {
      id: this.id('pupil'),
      populationIndex: null,
      upn,
      firstName: demo.firstName,
      lastName: demo.lastName,
      firstNameKey: normaliseName(demo.firstName),
      lastNameKey: normaliseName(demo.lastName),
      dateOfBirth: demo.dateOfBirth,
      addressLine1: demo.address.line1,
      town: demo.address.town,
      postcode: demo.address.postcode,
      schoolUrn: demo.schoolUrn,
      yearGroup,
      admittedOn: this.admission(yearGroup),
      senStatus: demo.sen?.status ?? 'none',
      senPrimaryNeed: demo.sen?.primaryNeed ?? null,
      senSince: demo.sen?.since ?? null,
      protectedRoll: Boolean(demo.safeAddress),
      restrictionReason: demo.safeAddress ? 'Child in refuge (protected roll)' : null,
      safeAddressLine1: demo.safeAddress?.line1 ?? null,
      safeAddressTown: demo.safeAddress?.town ?? null,
      safeAddressPostcode: demo.safeAddress?.postcode ?? null,
    };
    this.dataset.pupils.push(pupil);
    this.attendance(pupil, { fixedRates: demo.attendance });
    demo.exclusions?.forEach((exclusion, n) =>
      this.dataset.exclusions.push({ id: this.id(`exclusion-${n}`), pupilId: pupil.id, ...exclusion }),
    );
    demo.concerns?.forEach((concern, n) =>
      this.dataset.concerns.push({
        id: this.id(`concern-${n}`),
        pupilId: pupil.id,
        restricted: false,
        restrictionReason: null,
        ...concern,
      }),
    );
  }

  private add(
    pupil: SyntheticPupil,
    traits: { persistentlyAbsentProne: boolean; phase: 'primary' | 'secondary' },
  ): void {
    this.dataset.pupils.push(pupil);
    const { rng } = this;
    const base = traits.persistentlyAbsentProne ? 0.7 + rng() * 0.195 : 1 - 0.1 * rng() ** 1.5;
    this.attendance(pupil, { base });

    // Suspensions and permanent exclusions: mostly secondary, more likely with SEN or absence.
    const risk = (pupil.senStatus === 'none' ? 1 : 2.5) * (traits.persistentlyAbsentProne ? 2 : 1);
    const windowStart = addDays(this.today, -730);
    const since = maxDate(windowStart, pupil.admittedOn);
    if (rng() < (traits.phase === 'secondary' ? 0.055 : 0.01) * risk) {
      // Repeat suspensions are common: about three per suspended pupil over two years.
      const howMany = 1 + Math.floor(rng() ** 1.5 * 6);
      for (let n = 0; n < howMany; n++) {
        this.dataset.exclusions.push({
          id: this.id(`suspension-${n}`),
          pupilId: pupil.id,
          kind: 'suspension',
          startsOn: schoolDayBetween(rng, since, this.today),
          days: weighted(rng, SUSPENSION_DAYS),
          reason: weighted(rng, SUSPENSION_REASONS),
        });
      }
    }
    if (rng() < (traits.phase === 'secondary' ? 0.0025 : 0.0003) * risk) {
      // Permanently excluded from an earlier school, then admitted here.
      const startsOn = schoolDayBetween(rng, windowStart, addDays(this.today, -60));
      this.dataset.exclusions.push({
        id: this.id('permanent'),
        pupilId: pupil.id,
        kind: 'permanent',
        startsOn,
        days: null,
        reason: weighted(rng, PERMANENT_REASONS),
      });
      pupil.admittedOn = maxDate(pupil.admittedOn, addDays(startsOn, 21));
    }

    // Concerns the DSL logged in the last 18 months.
    const concernChance = 0.08 * (traits.persistentlyAbsentProne ? 2 : 1) * (pupil.protectedRoll ? 6 : 1);
    if (rng() < concernChance) {
      const howMany = 1 + Math.floor(rng() ** 2 * 3);
      for (let n = 0; n < howMany; n++) {
        const loggedOn = schoolDayBetween(rng, maxDate(addDays(this.today, -548), pupil.admittedOn), this.today);
        if (rng() < 0.04) {
          this.dataset.concerns.push({
            id: this.id(`concern-${n}`),
            pupilId: pupil.id,
            loggedOn,
            category: RESTRICTED_CONCERN.category,
            summary: RESTRICTED_CONCERN.summary,
            restricted: true,
            restrictionReason: RESTRICTED_CONCERN.reason,
          });
          continue;
        }
        const kind = weighted(
          rng,
          CONCERNS.map((c): [typeof c, number] => [c, c.weight]),
        );
        this.dataset.concerns.push({
          id: this.id(`concern-${n}`),
          pupilId: pupil.id,
          loggedOn,
          category: kind.category,
          summary: pick(rng, kind.summaries),
          restricted: false,
          restrictionReason: null,
        });
      }
    }
  }

  /** This term to date, and the three terms before it while the child was of school age. */
  private attendance(pupil: SyntheticPupil, model: { base?: number; fixedRates?: readonly number[] }): void {
    const terms: SchoolTerm[] = [this.current];
    for (let n = 0; n < 3; n++) terms.push(previousTerm(terms[terms.length - 1]));
    terms.forEach((term, n) => {
      if (yearGroupIn(academicYearStart(term.startsOn), pupil.dateOfBirth) < 0) return;
      const possible = n === 0 ? sessionsSoFar(term, this.today) : FULL_TERM_SESSIONS[term.term];
      if (possible === 0) return;
      const rate = model.fixedRates?.[n] ?? clamp((model.base ?? 0.96) + (this.rng() - 0.5) * 0.05, 0.3, 1);
      this.dataset.attendance.push({
        id: this.id(`attendance-${term.academicYear}-${term.term}`),
        pupilId: pupil.id,
        academicYear: term.academicYear,
        term: term.term,
        termStartsOn: term.startsOn,
        sessionsPossible: possible,
        sessionsAttended: Math.round(possible * rate),
      });
    });
  }

  private sen(): Pick<Pupil, 'senStatus' | 'senPrimaryNeed' | 'senSince'> {
    const draw = this.rng();
    const status: SenStatus = draw < 0.048 ? 'ehcp' : draw < 0.183 ? 'sen-support' : 'none';
    if (status === 'none') return { senStatus: 'none', senPrimaryNeed: null, senSince: null };
    return {
      senStatus: status,
      senPrimaryNeed: weighted(this.rng, status === 'ehcp' ? EHCP_NEEDS : SEN_SUPPORT_NEEDS),
      senSince: schoolDayBetween(this.rng, addDays(this.today, -365 * 4), addDays(this.today, -30)),
    };
  }

  /** Start of the phase (Reception or Year 7), or for about 8% a move in the last two years. */
  private admission(yearGroup: number): string {
    const thisYear = academicYearStart(this.today);
    const phaseStart = yearGroup <= 6 ? thisYear - yearGroup : thisYear - (yearGroup - 7);
    const started = `${phaseStart}-09-01`;
    if (this.rng() < 0.08 && started < addDays(this.today, -60)) {
      return schoolDayBetween(this.rng, maxDate(started, addDays(this.today, -730)), addDays(this.today, -30));
    }
    return started;
  }

  private chooseSchool(phase: 'primary' | 'secondary', district: string): SyntheticSchool {
    const ofPhase = this.dataset.schools.filter((school) => school.phase === phase);
    const near = ofPhase.filter((school) => school.district === district);
    return pick(this.rng, near.length > 0 && this.rng() < 0.85 ? near : ofPhase);
  }
}

function recordedFirstName(firstName: string, rng: RandomSource): { firstName: string; variant?: NameVariant } {
  if (rng() >= 0.05) return { firstName };
  const nickname = NICKNAMES[firstName];
  if (nickname && rng() < 0.6) return { firstName: nickname, variant: 'nickname' };
  const transposed = transposeAdjacentLetters(firstName, rng);
  return transposed ? { firstName: transposed, variant: 'transposed' } : { firstName };
}

function sessionsSoFar(term: SchoolTerm, today: string): number {
  const start = Date.parse(term.startsOn);
  const end = Date.parse(term.endsOn);
  const fraction = clamp((Date.parse(today) - start) / (end - start), 0, 1);
  return Math.round(FULL_TERM_SESSIONS[term.term] * fraction);
}

function weighted<T>(rng: RandomSource, options: readonly [T, number][]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = rng() * total;
  for (const [value, weight] of options) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return options[options.length - 1][0];
}

/** A weekday between two days (inclusive), or `from` when the range is empty. */
function schoolDayBetween(rng: RandomSource, from: string, to: string): string {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (end <= start) return from;
  let day = new Date(start + Math.floor(rng() * ((end - start) / 86_400_000 + 1)) * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = new Date(day.getTime() - 86_400_000);
  const iso = day.toISOString().slice(0, 10);
  return iso < from ? from : iso;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A generator seed per pupil, so one pupil's draws never shift another's. */
function hashSeed(key: string): number {
  const digest = createHash('sha256').update(`education:${key}`).digest();
  return digest.readUInt32BE(0);
}

/** Stable UUID-shaped ids, so the same seed always writes the same rows. */
function idFactory(scope: string): (kind: string) => string {
  return (kind) => {
    const hex = createHash('sha256').update(`education:${scope}:${kind}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16], 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}
