import { RandomSource, generateNhsNumber, normaliseName, seededRandom } from '@frontdoor/identifiers';
import { createHash } from 'node:crypto';
import { MissedAppointment } from '../appointments/missed-appointment.entity';
import { ChildProtectionFlag } from '../child-protection/child-protection-flag.entity';
import { GpRegistration } from '../gp-registration/gp-registration.entity';
import { HealthInvolvement, HealthService } from '../involvement/health-involvement.entity';
import { Patient } from '../patients/patient.entity';
import { SafeAddress } from '../patients/safe-address.entity';
import {
  LAST_NAMES,
  pick,
  POPULATION_REFERENCE_DATE,
  PopulationPerson,
  POSTCODE_DISTRICTS,
  sharedPopulation,
  transposeAdjacentLetters,
  TOWNS,
} from '@frontdoor/synthetic-population';

/**
 * Health's synthetic records, drawn from the shared population so that the same children are
 * known to police and education too. Health knows most children (every other person of the
 * population: index % 2 === 0), and adds adults of its own: some of those children's mothers,
 * a few with a safe address, a few expecting a baby on a child-protection plan.
 *
 * Deterministic: the same seed gives the same records, and person i's records do not depend on
 * the count (each person's health details come from a generator seeded by seed and index, so
 * nothing drawn here disturbs the shared draws). Every name, address, practice, ODS code and
 * clinician is invented; NHS numbers are in the never-issued 999 range.
 *
 * About 5% of the children are recorded under a variant of the name the other agencies hold
 * (a nickname, or two letters transposed), as real records are: those must not match on name,
 * date of birth and postcode, only on the NHS number.
 */
export function includeInHealth(index: number): boolean {
  return index % 2 === 0;
}

export type NameVariant = 'nickname' | 'transposition';

export interface SyntheticPatient {
  /** 'child-<index>' or 'mother-<index>' (the mother of population person <index>). */
  key: string;
  role: 'child' | 'adult';
  /** For a child: who the other agencies know (the name as they hold it). */
  person?: PopulationPerson;
  nameVariant?: NameVariant;
  patient: Omit<Patient, 'createdAt'>;
  safeAddress: SafeAddress | null;
  gpRegistrations: GpRegistration[];
  involvements: HealthInvolvement[];
  childProtectionFlags: ChildProtectionFlag[];
  missedAppointments: MissedAppointment[];
}

export interface HealthPopulation {
  seed: number;
  count: number;
  patients: SyntheticPatient[];
  /** People left out because an earlier person already had their NHS number (6 random digits). */
  skippedDuplicateNhsNumbers: number;
}

/** The day the synthetic records run up to. */
export const HEALTH_RECORDS_AS_OF = POPULATION_REFERENCE_DATE;

// --- invented reference data ------------------------------------------------------------------

const STREETS = [
  'Acorn Avenue',
  'Beech Grove',
  'Canal Side',
  'Daisy Bank Road',
  'Elm Close',
  'Fernlea Drive',
  'Greenway',
  'Hawthorn Road',
  'Ivy Lane',
  'Juniper Walk',
  'Kingfisher Way',
  'Larch Crescent',
  'Meadow Street',
  'Nutfield Road',
  'Orchard Place',
  'Poplar Terrace',
  'Quayside Mews',
  'Rowan Court',
  'Sycamore Street',
  'Thistle Close',
  'Upton Row',
  'Victoria Parade',
  'Willow Bank',
  'Yew Tree Lane',
];

/** Fictional practices; 'P99' codes are not issued to real practices here. */
const PRACTICES: readonly { name: string; odsCode: string; districts: string[] }[] = [
  { name: 'Brookside Medical Centre', odsCode: 'P99101', districts: ['M33'] },
  { name: 'Canal Street Surgery', odsCode: 'P99102', districts: ['M33', 'M32'] },
  { name: 'Davyhulme Park Practice', odsCode: 'P99103', districts: ['M41'] },
  { name: 'Flixton Road Health Centre', odsCode: 'P99104', districts: ['M41', 'M31'] },
  { name: 'Longford Family Practice', odsCode: 'P99105', districts: ['M32', 'M16'] },
  { name: 'Chester Road Medical Group', odsCode: 'P99106', districts: ['M16', 'M32'] },
  { name: 'Altrincham Moss Surgery', odsCode: 'P99107', districts: ['WA14'] },
  { name: 'Hale Barns Village Practice', odsCode: 'P99108', districts: ['WA15', 'WA14'] },
  { name: 'Partington Community Practice', odsCode: 'P99109', districts: ['M31'] },
  { name: 'Lymm Dam Surgery', odsCode: 'P99110', districts: ['WA13', 'WA14'] },
];

const PRACTITIONER_FIRST = [
  'Amy',
  'Beth',
  'Carys',
  'Deepa',
  'Erin',
  'Fatima',
  'Gemma',
  'Helen',
  'Joanne',
  'Kiran',
  'Laura',
  'Nadia',
  'Paul',
  'Rachel',
  'Sian',
  'Tom',
];
const PRACTITIONER_LAST = [
  'Ashworth',
  'Bramhall',
  'Chadwick',
  'Dunmore',
  'Entwistle',
  'Fairclough',
  'Greenhalgh',
  'Hartley',
  'Ingham',
  'Kershaw',
  'Lomax',
  'Mellor',
  'Ormerod',
  'Pilling',
];
/** Restricted clinics' clinicians come from their own pool, so their names mark only those records. */
const RESTRICTED_CLINICIANS = [
  'Dr Morwenna Quillfeather',
  'Dr Ezra Thistlewood',
  'Dr Lowenna Brightwater',
  'Dr Caspian Ravensworth',
];

const MOTHER_FIRST_NAMES = [
  'Kerry',
  'Jade',
  'Sophie',
  'Laura',
  'Gemma',
  'Stacey',
  'Hannah',
  'Amina',
  'Natalie',
  'Chloe',
  'Zainab',
  'Leanne',
  'Rebecca',
  'Agnieszka',
  'Danielle',
  'Priya',
  'Shannon',
  'Katie',
  'Rachel',
  'Nadia',
];

const NICKNAMES: Record<string, string> = {
  Oliver: 'Ollie',
  Alexander: 'Alex',
  Benjamin: 'Ben',
  Joshua: 'Josh',
  Samuel: 'Sam',
  Thomas: 'Tom',
  William: 'Will',
  James: 'Jamie',
  Matthew: 'Matt',
  Daniel: 'Dan',
  Joseph: 'Joe',
  Elizabeth: 'Beth',
  Katherine: 'Kate',
  Rebecca: 'Becky',
  Charlotte: 'Lottie',
  Isabella: 'Bella',
  Florence: 'Flo',
  Jessica: 'Jess',
  Imogen: 'Immy',
  Matilda: 'Tilly',
  Sophia: 'Sophie',
  Evelyn: 'Evie',
  Freddie: 'Fred',
  Harrison: 'Harry',
  Theo: 'Teddy',
  Alfie: 'Alf',
};

const OTHER_LOCAL_AUTHORITIES = [
  'Manchester City Council',
  'Salford City Council',
  'Stockport Council',
  'Cheshire East Council',
];
const HOME_LOCAL_AUTHORITY = 'Trafford Council';

const REFERENCE = Date.parse(`${HEALTH_RECORDS_AS_OF}T00:00:00Z`);
const DAY = 86_400_000;
const YEAR_DAYS = 365.25;

// --- the population ---------------------------------------------------------------------------

export function healthPopulation(seed: number, count: number): HealthPopulation {
  const people = sharedPopulation(seed, count);
  const usedNhsNumbers = new Set<string>();
  const patients: SyntheticPatient[] = [];
  let skippedDuplicateNhsNumbers = 0;

  for (const person of people) {
    // Every person's number counts as used, in order, whether health holds them or not: a number
    // drawn for a mother never belongs to a child another agency knows.
    const duplicate = usedNhsNumbers.has(person.nhsNumber);
    usedNhsNumbers.add(person.nhsNumber);
    if (!includeInHealth(person.index)) continue;
    if (duplicate) {
      skippedDuplicateNhsNumbers += 1;
      continue;
    }
    const rng = seededRandom(personSeed(seed, person.index));
    const ids = idFactory(seed, `child-${person.index}`);
    const child = syntheticChild(person, rng, ids);
    patients.push(child);

    if (rng() < 0.3) {
      let nhsNumber = generateNhsNumber(rng);
      while (usedNhsNumbers.has(nhsNumber)) nhsNumber = generateNhsNumber(rng);
      usedNhsNumbers.add(nhsNumber);
      patients.push(syntheticMother(person, child, nhsNumber, rng, idFactory(seed, `mother-${person.index}`)));
    }
  }
  return { seed, count, patients, skippedDuplicateNhsNumbers };
}

function syntheticChild(person: PopulationPerson, rng: RandomSource, ids: IdFactory): SyntheticPatient {
  const ageDays = (REFERENCE - Date.parse(`${person.dateOfBirth}T00:00:00Z`)) / DAY;
  const age = Math.floor(ageDays / YEAR_DAYS);
  const { firstName, nameVariant } = recordedFirstName(person.firstName, rng);
  const district = person.postcode.split(' ')[0];
  const patientId = ids('patient');

  const gpRegistrations = registrations(patientId, person.dateOfBirth, district, rng, ids);
  const involvements: HealthInvolvement[] = [];
  const involvement = (fields: Omit<HealthInvolvement, 'id' | 'patientId' | 'restricted'> & { restricted?: boolean }) =>
    involvements.push({ id: ids('involvement'), patientId, restricted: false, ...fields });
  const town = TOWNS[district] ?? 'Sale';

  if (age < 5) {
    if (rng() < 0.96) {
      involvement({
        service: 'health-visiting',
        provider: `${town} 0-19 Health Visiting Team`,
        status: 'open',
        ...practitioner(rng, 'health visitor'),
        startedOn: clampToReference(addDays(person.dateOfBirth, 10 + Math.floor(rng() * 5))),
        endedOn: null,
      });
    }
  } else {
    if (rng() < 0.7) {
      involvement({
        service: 'health-visiting',
        provider: `${town} 0-19 Health Visiting Team`,
        status: 'closed',
        ...practitioner(rng, 'health visitor'),
        startedOn: addDays(person.dateOfBirth, 10 + Math.floor(rng() * 5)),
        endedOn: addDays(person.dateOfBirth, Math.round(5 * YEAR_DAYS)),
      });
    }
    if (rng() < 0.3) {
      const startedOn = randomDateBetween(
        rng,
        maxDate(addDays(person.dateOfBirth, Math.round(5 * YEAR_DAYS)), daysBeforeReference(4 * 365)),
        HEALTH_RECORDS_AS_OF,
      );
      const open = rng() < 0.55;
      involvement({
        service: 'school-nursing',
        provider: `${town} School Nursing Team`,
        status: open ? 'open' : 'closed',
        ...practitioner(rng, 'school nurse'),
        startedOn,
        endedOn: open ? null : clampToReference(addDays(startedOn, 30 + Math.floor(rng() * 335))),
      });
    }
    if (rng() < (age >= 11 ? 0.09 : 0.03)) {
      const startedOn = randomDateBetween(
        rng,
        maxDate(addDays(person.dateOfBirth, Math.round(5 * YEAR_DAYS)), daysBeforeReference(3 * 365)),
        HEALTH_RECORDS_AS_OF,
      );
      const open = rng() < 0.5;
      involvement({
        service: 'camhs',
        provider: 'Trafford Community CAMHS',
        status: open ? 'open' : 'closed',
        ...practitioner(rng, 'CAMHS practitioner'),
        startedOn,
        endedOn: open ? null : clampToReference(addDays(startedOn, 90 + Math.floor(rng() * 310))),
      });
    }
  }

  const restrictedService: HealthService | null =
    age >= 13 && rng() < 0.05 ? (rng() < 0.6 ? 'sexual-health' : 'gender-identity') : null;
  if (restrictedService) {
    const open = rng() < 0.6;
    const startedOn = randomDateBetween(rng, daysBeforeReference(2 * 365), HEALTH_RECORDS_AS_OF);
    involvement({
      service: restrictedService,
      provider:
        restrictedService === 'sexual-health'
          ? 'Riverside Young People’s Sexual Health Clinic'
          : 'Northshire Gender Identity Service for Young People',
      status: open ? 'open' : 'closed',
      leadPractitioner: pick(rng, RESTRICTED_CLINICIANS),
      leadPractitionerRole: restrictedService === 'sexual-health' ? 'sexual health doctor' : 'clinical psychologist',
      startedOn,
      endedOn: open ? null : clampToReference(addDays(startedOn, 30 + Math.floor(rng() * 200))),
      restricted: true,
    });
  }

  const childProtectionFlags: ChildProtectionFlag[] = [];
  if (rng() < 0.035) {
    const active = rng() < 0.65;
    const startedOn = active
      ? randomDateBetween(rng, maxDate(person.dateOfBirth, daysBeforeReference(540)), HEALTH_RECORDS_AS_OF)
      : randomDateBetween(rng, maxDate(person.dateOfBirth, daysBeforeReference(4 * 365)), daysBeforeReference(200));
    childProtectionFlags.push({
      id: ids('flag'),
      patientId,
      kind: 'child-protection-plan',
      startedOn: clampToReference(startedOn),
      endedOn: active ? null : clampToReference(addDays(startedOn, 180 + Math.floor(rng() * 360))),
      responsibleLocalAuthority: localAuthority(rng),
      expectedDeliveryOn: null,
    });
  }
  if (rng() < 0.012) {
    const active = rng() < 0.8;
    const startedOn = randomDateBetween(
      rng,
      maxDate(person.dateOfBirth, daysBeforeReference(6 * 365)),
      HEALTH_RECORDS_AS_OF,
    );
    childProtectionFlags.push({
      id: ids('flag'),
      patientId,
      kind: 'looked-after',
      startedOn,
      endedOn: active ? null : clampToReference(addDays(startedOn, 200 + Math.floor(rng() * 700))),
      responsibleLocalAuthority: localAuthority(rng),
      expectedDeliveryOn: null,
    });
  }

  const missedAppointments: MissedAppointment[] = [];
  if (rng() < (childProtectionFlags.length > 0 ? 0.5 : 0.15)) {
    const services =
      age < 5
        ? ['health visiting review', 'immunisation', 'developmental review', 'hearing screening']
        : ['school immunisation', 'dental', 'paediatric outpatients', 'audiology', 'ophthalmology'];
    if (involvements.some((i) => i.service === 'camhs')) services.push('CAMHS');
    const howMany = 1 + Math.floor(rng() * 4);
    for (let n = 0; n < howMany; n++) {
      missedAppointments.push({
        id: ids('missed'),
        patientId,
        appointmentOn: randomDateBetween(
          rng,
          maxDate(person.dateOfBirth, daysBeforeReference(730)),
          HEALTH_RECORDS_AS_OF,
        ),
        service: pick(rng, services),
        wasNotBrought: true,
        restricted: false,
      });
    }
  }
  if (restrictedService && rng() < 0.35) {
    missedAppointments.push({
      id: ids('missed'),
      patientId,
      appointmentOn: randomDateBetween(rng, daysBeforeReference(300), HEALTH_RECORDS_AS_OF),
      service: restrictedService === 'sexual-health' ? 'sexual health clinic' : 'gender identity clinic',
      wasNotBrought: false,
      restricted: true,
    });
  }

  return {
    key: `child-${person.index}`,
    role: 'child',
    person,
    ...(nameVariant && { nameVariant }),
    patient: {
      id: patientId,
      nhsNumber: person.nhsNumber,
      firstName,
      lastName: person.lastName,
      firstNameKey: normaliseName(firstName),
      lastNameKey: normaliseName(person.lastName),
      dateOfBirth: person.dateOfBirth,
      addressLine1: `${1 + Math.floor(rng() * 160)} ${pick(rng, STREETS)}`,
      town,
      postcode: person.postcode,
      registeredPracticeOdsCode: gpRegistrations.find((r) => !r.registeredTo)?.odsCode ?? null,
    },
    safeAddress: null,
    gpRegistrations,
    involvements,
    childProtectionFlags,
    missedAppointments,
  };
}

function syntheticMother(
  person: PopulationPerson,
  child: SyntheticPatient,
  nhsNumber: string,
  rng: RandomSource,
  ids: IdFactory,
): SyntheticPatient {
  const patientId = ids('patient');
  const firstName = pick(rng, MOTHER_FIRST_NAMES);
  const lastName = rng() < 0.75 ? person.lastName : pick(rng, LAST_NAMES);
  const dateOfBirth = addDays(person.dateOfBirth, -Math.round((18 + rng() * 24) * YEAR_DAYS));
  const district = person.postcode.split(' ')[0];
  const practice: { practiceName: string; odsCode: string } =
    child.gpRegistrations.find((r) => !r.registeredTo) ?? practiceFor(district, rng);
  const gpRegistrations: GpRegistration[] = [
    {
      id: ids('registration'),
      patientId,
      practiceName: practice.practiceName,
      odsCode: practice.odsCode,
      registeredFrom: randomDateBetween(rng, addDays(dateOfBirth, Math.round(18 * YEAR_DAYS)), person.dateOfBirth),
      registeredTo: null,
    },
  ];

  let safeAddress: SafeAddress | null = null;
  if (rng() < 0.1) {
    const otherDistricts = POSTCODE_DISTRICTS.filter((d) => d !== district);
    const safeDistrict = pick(rng, otherDistricts);
    safeAddress = {
      patientId,
      line1: `Flat ${1 + Math.floor(rng() * 24)}, ${pick(rng, ['Harbour House', 'Linden Lodge', 'Marigold Court', 'Sanctuary Rise'])}`,
      town: TOWNS[safeDistrict] ?? 'Sale',
      postcode: `${safeDistrict} ${Math.floor(rng() * 10)}Z${pick(rng, [...'ABDEFGHJLNPQRSTUWXY'])}`,
      recordedOn: randomDateBetween(rng, daysBeforeReference(730), HEALTH_RECORDS_AS_OF),
      reason: 'Domestic abuse: address known to the treating team only; never disclosed.',
    };
  }

  const involvements: HealthInvolvement[] = [];
  const childProtectionFlags: ChildProtectionFlag[] = [];
  const pregnant = rng() < 0.06;
  if (pregnant) {
    const startedOn = daysBeforeReference(30 + Math.floor(rng() * 170));
    const due = addDays(HEALTH_RECORDS_AS_OF, 10 + Math.floor(rng() * 240));
    involvements.push({
      id: ids('involvement'),
      patientId,
      service: 'maternity',
      provider: 'Trafford Community Midwifery Team',
      status: 'open',
      ...practitioner(rng, 'community midwife'),
      startedOn,
      endedOn: null,
      restricted: false,
    });
    if (rng() < 0.25) {
      childProtectionFlags.push({
        id: ids('flag'),
        patientId,
        kind: 'unborn-child-protection-plan',
        startedOn: daysBeforeReference(Math.floor(rng() * 60)),
        endedOn: null,
        responsibleLocalAuthority: localAuthority(rng),
        expectedDeliveryOn: due,
      });
    }
  }
  if (rng() < 0.03) {
    const startedOn = randomDateBetween(rng, daysBeforeReference(3 * 365), HEALTH_RECORDS_AS_OF);
    involvements.push({
      id: ids('involvement'),
      patientId,
      service: 'sexual-health',
      provider: 'Riverside Sexual Health Clinic',
      status: 'closed',
      leadPractitioner: pick(rng, RESTRICTED_CLINICIANS),
      leadPractitionerRole: 'sexual health doctor',
      startedOn,
      endedOn: clampToReference(addDays(startedOn, 14 + Math.floor(rng() * 60))),
      restricted: true,
    });
  }

  const missedAppointments: MissedAppointment[] = [];
  if (rng() < 0.12) {
    const services = ['GP review', 'practice nurse', 'mental health outpatients', ...(pregnant ? ['maternity'] : [])];
    const howMany = 1 + Math.floor(rng() * 3);
    for (let n = 0; n < howMany; n++) {
      missedAppointments.push({
        id: ids('missed'),
        patientId,
        appointmentOn: randomDateBetween(rng, daysBeforeReference(730), HEALTH_RECORDS_AS_OF),
        service: pick(rng, services),
        wasNotBrought: false,
        restricted: false,
      });
    }
  }

  return {
    key: `mother-${person.index}`,
    role: 'adult',
    patient: {
      id: patientId,
      nhsNumber,
      firstName,
      lastName,
      firstNameKey: normaliseName(firstName),
      lastNameKey: normaliseName(lastName),
      dateOfBirth,
      addressLine1: child.patient.addressLine1,
      town: child.patient.town,
      postcode: child.patient.postcode,
      registeredPracticeOdsCode: practice.odsCode,
    },
    safeAddress,
    gpRegistrations,
    involvements,
    childProtectionFlags,
    missedAppointments,
  };
}

// --- helpers ----------------------------------------------------------------------------------

/** The name health recorded: usually the one everyone holds, sometimes a nickname or a typo. */
function recordedFirstName(firstName: string, rng: RandomSource): { firstName: string; nameVariant?: NameVariant } {
  if (rng() >= 0.05) return { firstName };
  const nickname = NICKNAMES[firstName];
  if (nickname && rng() < 0.5) return { firstName: nickname, nameVariant: 'nickname' };
  const transposed = transposeAdjacentLetters(firstName, rng);
  return transposed ? { firstName: transposed, nameVariant: 'transposition' } : { firstName };
}

function registrations(
  patientId: string,
  dateOfBirth: string,
  district: string,
  rng: RandomSource,
  ids: IdFactory,
): GpRegistration[] {
  const firstFrom = clampToReference(addDays(dateOfBirth, 14 + Math.floor(rng() * 46)));
  const roll = rng();
  const first = practiceFor(district, rng);
  if (roll < 0.02) {
    // Not registered now; half of them were once.
    if (rng() < 0.5) return [];
    const to = randomDateBetween(rng, firstFrom, HEALTH_RECORDS_AS_OF);
    return [{ id: ids('registration'), patientId, ...first, registeredFrom: firstFrom, registeredTo: to }];
  }
  if (roll < 0.24 && firstFrom < daysBeforeReference(90)) {
    const moved = randomDateBetween(rng, addDays(firstFrom, 60), HEALTH_RECORDS_AS_OF);
    const movedFrom = clampToReference(addDays(moved, 1));
    const second = practiceFor(district, rng, first.odsCode);
    return [
      { id: ids('registration'), patientId, ...first, registeredFrom: firstFrom, registeredTo: moved },
      { id: ids('registration'), patientId, ...second, registeredFrom: movedFrom, registeredTo: null },
    ];
  }
  return [{ id: ids('registration'), patientId, ...first, registeredFrom: firstFrom, registeredTo: null }];
}

function practiceFor(district: string, rng: RandomSource, not?: string): { practiceName: string; odsCode: string } {
  const local = PRACTICES.filter((p) => p.districts.includes(district) && p.odsCode !== not);
  const practice = pick(rng, local.length > 0 ? local : PRACTICES.filter((p) => p.odsCode !== not));
  return { practiceName: practice.name, odsCode: practice.odsCode };
}

function practitioner(rng: RandomSource, role: string): { leadPractitioner: string; leadPractitionerRole: string } {
  return {
    leadPractitioner: `${pick(rng, PRACTITIONER_FIRST)} ${pick(rng, PRACTITIONER_LAST)}`,
    leadPractitionerRole: role,
  };
}

function localAuthority(rng: RandomSource): string {
  return rng() < 0.85 ? HOME_LOCAL_AUTHORITY : pick(rng, OTHER_LOCAL_AUTHORITIES);
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function daysBeforeReference(days: number): string {
  return addDays(HEALTH_RECORDS_AS_OF, -days);
}

function clampToReference(isoDate: string): string {
  return isoDate > HEALTH_RECORDS_AS_OF ? HEALTH_RECORDS_AS_OF : isoDate;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** A day between from and to inclusive (from when to is earlier). */
function randomDateBetween(rng: RandomSource, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (end <= start) return from;
  const days = Math.floor(rng() * ((end - start) / DAY + 1));
  return new Date(start + days * DAY).toISOString().slice(0, 10);
}

/** Each person's own generator, from the seed and their index (FNV-1a). */
function personSeed(seed: number, index: number): number {
  let hash = 0x811c9dc5;
  for (const character of `health:${seed}:${index}`) {
    hash ^= character.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

type IdFactory = (kind: string) => string;

/** Deterministic UUIDs (version 4 layout), so a seed gives the same rows on every machine. */
function idFactory(seed: number, key: string): IdFactory {
  const counters = new Map<string, number>();
  return (kind) => {
    const n = counters.get(kind) ?? 0;
    counters.set(kind, n + 1);
    const hex = createHash('sha256').update(`health:${seed}:${key}:${kind}:${n}`).digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}
