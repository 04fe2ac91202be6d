import { Role } from '@frontdoor/auth';
import {
  AdultV1,
  ChildV1,
  CinReferralSource,
  ConcernCategory,
  ContactDetailsV1,
  FamilyAwareness,
  SourceType,
} from '@frontdoor/contracts';
import { RandomSource, generateNhsNumber, generateUpn } from '@frontdoor/identifiers';
import { EXAMPLE_CONTACT } from '../../apps/intake/src/contacts/contact.example';

/** A contact to post, who may post it, and the marker that makes it this test's own. */
export interface VariedContact {
  body: ContactDetailsV1;
  submitterRole: Role;
  marker: string;
}

interface Referrer {
  type: SourceType;
  cinCodes: CinReferralSource[];
  submitterRole: Role;
  name: string;
  role: string;
  organisation: string;
}

// Every person, school and service here is invented.
const REFERRERS: Referrer[] = [
  {
    type: SourceType.School,
    cinCodes: ['2A'],
    submitterRole: Role.SchoolDsl,
    name: 'Priya Shah',
    role: 'Designated Safeguarding Lead',
    organisation: 'Oakfield Lane Primary School',
  },
  {
    type: SourceType.Police,
    cinCodes: ['6'],
    submitterRole: Role.PoliceOfficer,
    name: 'PC 4471 Dan Hughes',
    role: 'Response officer',
    organisation: 'Greater Manchester Police',
  },
  {
    type: SourceType.Health,
    cinCodes: ['3A', '3B', '3E'],
    submitterRole: Role.HealthPractitioner,
    name: 'Grace Obi',
    role: 'Health visitor',
    organisation: 'Demo Community Health Trust',
  },
  {
    type: SourceType.Public,
    cinCodes: ['1A', '1B', '9'],
    submitterRole: Role.Screener,
    name: 'Caller (neighbour)',
    role: 'Member of the public',
    organisation: 'None',
  },
];

const FIRST_NAMES = ['Amira', 'Leo', 'Maisie', 'Kacper', 'Ava', 'Tyler', 'Zainab', 'Oscar', 'Lily', 'Jayden', 'Mia'];
const LAST_NAMES = ['Okafor', 'Walsh', 'Nowak', 'Hussain', 'Brennan', 'Campbell', 'Ahmed', 'Fletcher', 'Kowalski'];
const POSTCODES = ['M33 7ZZ', 'M32 0JG', 'M41 5AA', 'WA15 8RL', 'M16 0RA', 'M33 3BS', 'WA14 1QP'];
const STREETS = ['Cross Street', 'Brooklands Road', 'Moss Lane', 'Park Road', 'Church Road', 'Derbyshire Lane'];
const CONCERN_SETS: { categories: ConcernCategory[]; narrative: string }[] = [
  {
    categories: [ConcernCategory.DomesticAbuse],
    narrative: 'Police attended a DA incident at the home overnight; children were present.',
  },
  {
    categories: [ConcernCategory.Neglect],
    narrative: 'Child repeatedly arrives hungry, in the same clothes, with untreated head lice.',
  },
  {
    categories: [ConcernCategory.PhysicalAbuse],
    narrative: 'Bruising to the upper arm; the account given does not fit the injury.',
  },
  {
    categories: [ConcernCategory.ParentMentalHealth, ConcernCategory.YoungCarer],
    narrative: 'Mum is unwell and the eldest is caring for siblings most days.',
  },
  {
    categories: [ConcernCategory.SchoolAttendance],
    narrative: 'Attendance has fallen to 71% this term with no explanation from home.',
  },
  {
    categories: [ConcernCategory.ChildCriminalExploitation, ConcernCategory.Missing],
    narrative: 'Missing overnight twice; found in another town with new clothes and a phone.',
  },
  {
    categories: [ConcernCategory.ParentSubstanceMisuse],
    narrative: 'Dad appeared intoxicated at pick-up and drove off with the children.',
  },
];
const FAMILY_AWARENESS = Object.values(FamilyAwareness);

const pick = <T>(rng: RandomSource, items: readonly T[]): T => items[Math.floor(rng() * items.length) % items.length];

function isoDateYearsAgo(now: Date, years: number): string {
  return new Date(now.getTime() - years * 365.25 * 86_400_000).toISOString().slice(0, 10);
}

function child(rng: RandomSource, lastName: string, now: Date, source: SourceType): ChildV1 {
  const firstName = pick(rng, FIRST_NAMES);
  const kind = rng();
  const address = {
    line1: `${1 + Math.floor(rng() * 120)} ${pick(rng, STREETS)}`,
    town: 'Sale',
    postcode: pick(rng, POSTCODES),
  };
  if (kind < 0.08) {
    // Unborn: no date of birth, no views to give.
    return {
      firstName: 'Unborn',
      lastName,
      dateOfBirthStatus: 'unborn',
      expectedDateOfBirth: new Date(now.getTime() + (20 + rng() * 150) * 86_400_000).toISOString().slice(0, 10),
      address,
      viewsNotObtainedReason: 'Unborn baby',
    };
  }
  if (kind < 0.14) {
    return {
      firstName,
      lastName,
      dateOfBirthStatus: 'unknown',
      address,
      wordsAndViews: `${firstName} told the caller that "nobody is home at night".`,
    };
  }
  const ageYears = rng() * 17;
  const base: ChildV1 = {
    firstName,
    lastName,
    dateOfBirthStatus: 'known',
    dateOfBirth: isoDateYearsAgo(now, ageYears),
    nhsNumber: generateNhsNumber(rng),
    address,
    gender: pick(rng, ['female', 'male', 'not stated']),
  };
  if (source === SourceType.School && ageYears >= 4) base.upn = generateUpn(rng, { laCode: '358' });
  if (ageYears < 3) base.viewsNotObtainedReason = `${firstName} is too young to give their views`;
  else base.wordsAndViews = `${firstName} said they "feel safe at school but not at home".`;
  return base;
}

/**
 * A realistic, varied contact (1-3 children, unborn and unknown ages, different referrers and
 * concerns), built from EXAMPLE_CONTACT and carrying `marker` in its narrative.
 */
export function variedContact(rng: RandomSource, marker: string, now = new Date()): VariedContact {
  const referrer = pick(rng, REFERRERS);
  const lastName = pick(rng, LAST_NAMES);
  const children = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => child(rng, lastName, now, referrer.type));
  const adults: AdultV1[] = [
    {
      firstName: pick(rng, ['Kerry', 'Sana', 'Joanne', 'Olena']),
      lastName,
      relationshipToChildren: 'mother',
      livesWithChildren: true,
    },
  ];
  if (rng() < 0.6) {
    adults.push({
      firstName: pick(rng, ['Wayne', 'Tariq', 'Marek', 'Connor']),
      lastName,
      dateOfBirth: isoDateYearsAgo(now, 25 + rng() * 20),
      relationshipToChildren: rng() < 0.5 ? 'father' : "mother's partner",
      livesWithChildren: rng() < 0.7,
    });
  }
  const concerns = pick(rng, CONCERN_SETS);
  const body: ContactDetailsV1 = {
    ...structuredClone(EXAMPLE_CONTACT),
    source: { type: referrer.type, cinCode: pick(rng, referrer.cinCodes) },
    referrer: {
      ...EXAMPLE_CONTACT.referrer,
      name: referrer.name,
      role: referrer.role,
      organisation: referrer.organisation,
    },
    children,
    adults,
    concerns: {
      categories: concerns.categories,
      narrative: `${concerns.narrative} [${marker}]`,
      immediateDanger: rng() < 0.05,
      familyAwareness: pick(rng, FAMILY_AWARENESS),
      actionTakenSoFar: 'Recorded on the safeguarding system; front door called.',
    },
  };
  if (referrer.type !== SourceType.School) delete body.referrer.email;
  return { body, submitterRole: referrer.submitterRole, marker };
}
