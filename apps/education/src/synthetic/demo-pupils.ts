import type { Exclusion } from '../pupils/exclusion.entity';
import type { SenStatus } from '../pupils/pupil.entity';
import type { SafeguardingConcern } from '../pupils/safeguarding-concern.entity';

export interface DemoAddress {
  line1: string;
  town: string;
  postcode: string;
}

/** A hand-written pupil for demos, matching a child in deploy/local/demo-data.ts by name, DOB, postcode. */
export interface DemoPupil {
  key: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  address: DemoAddress;
  schoolUrn: '141001' | '141002';
  /** Attendance rates for this term to date, then the three terms before it. */
  attendance: readonly number[];
  sen?: { status: SenStatus; primaryNeed: string; since: string };
  exclusions?: Omit<Exclusion, 'id' | 'pupilId'>[];
  concerns?: Omit<SafeguardingConcern, 'id' | 'pupilId' | 'restricted' | 'restrictionReason'>[];
  /** Only for a child on the protected roll. */
  safeAddress?: DemoAddress;
}

/**
 * The school-age children of the demo contacts (deploy/local/demo-data.ts), on the rolls of the two
 * demo schools, with records that fit their stories; and Lily Harbourne, on the protected roll at
 * Oakfield Lane, for trying the review path. All invented.
 */
export const DEMO_PUPILS: readonly DemoPupil[] = [
  {
    key: 'ava-sampleton',
    firstName: 'Ava',
    lastName: 'Sampleton',
    dateOfBirth: '2018-05-14',
    address: { line1: '7 Sample Street', town: 'Sale', postcode: 'M33 9ZZ' },
    schoolUrn: '141001',
    attendance: [0.91, 0.94, 0.95, 0.96],
    concerns: [
      {
        loggedOn: '2026-10-05',
        category: 'neglect',
        summary: 'Arrived hungry on four days this week and asked staff for food; breakfast club place given.',
      },
      {
        loggedOn: '2026-11-09',
        category: 'neglect',
        summary: 'Same unwashed uniform for two weeks; mother did not attend the second meeting about it.',
      },
    ],
  },
  {
    key: 'leo-demoford',
    firstName: 'Leo',
    lastName: 'Demoford',
    dateOfBirth: '2016-09-02',
    address: { line1: '14 Fictional Avenue', town: 'Sale', postcode: 'M33 4ZZ' },
    schoolUrn: '141001',
    attendance: [0.78, 0.86, 0.9, 0.93],
    concerns: [
      {
        loggedOn: '2026-10-20',
        category: 'young carer',
        summary: 'Often late and tired; said he stays at home to help his father on bad days.',
      },
    ],
  },
  {
    key: 'poppy-demoley',
    firstName: 'Poppy',
    lastName: 'Demoley',
    dateOfBirth: '2017-11-30',
    address: { line1: '30 Sample Street', town: 'Sale', postcode: 'M33 9ZZ' },
    schoolUrn: '141001',
    attendance: [0.88, 0.93, 0.95, 0.94],
    sen: { status: 'sen-support', primaryNeed: 'SLCN', since: '2024-02-05' },
  },
  {
    key: 'ruby-testwood',
    firstName: 'Ruby',
    lastName: 'Testwood',
    dateOfBirth: '2020-02-11',
    address: { line1: '9 Testwood Close', town: 'Altrincham', postcode: 'WA14 9ZZ' },
    schoolUrn: '141001',
    attendance: [0.95, 0.97, 0.96, 0.97],
    concerns: [
      {
        loggedOn: '2026-11-16',
        category: 'domestic abuse',
        summary:
          'Operation Encompass notification received: police attended a domestic incident at the home overnight, child present.',
      },
    ],
  },
  {
    key: 'isla-dummett',
    firstName: 'Isla',
    lastName: 'Dummett',
    dateOfBirth: '2022-03-08',
    address: { line1: 'Flat 12, Sample Court', town: 'Partington', postcode: 'M31 4ZZ' },
    schoolUrn: '141001',
    attendance: [0.89],
  },
  {
    key: 'mia-mockridge',
    firstName: 'Mia',
    lastName: 'Mockridge',
    dateOfBirth: '2013-01-22',
    address: { line1: '3 Placeholder Lane', town: 'Urmston', postcode: 'M41 0ZZ' },
    schoolUrn: '141002',
    attendance: [0.9, 0.95, 0.97, 0.98],
    sen: { status: 'sen-support', primaryNeed: 'SEMH', since: '2026-10-12' },
    concerns: [
      {
        loggedOn: '2026-11-13',
        category: 'self-harm',
        summary: 'Fresh cuts on both forearms seen in PE; school nurse dressed them; CAMHS referral started.',
      },
    ],
  },
  {
    key: 'noah-fictionby',
    firstName: 'Noah',
    lastName: 'Fictionby',
    dateOfBirth: '2011-06-30',
    address: { line1: '41 Makebelieve Road', town: 'Stretford', postcode: 'M32 8ZZ' },
    schoolUrn: '141002',
    attendance: [0.71, 0.8, 0.88, 0.92],
    exclusions: [
      {
        kind: 'suspension',
        startsOn: '2026-03-10',
        days: 2,
        reason: 'Verbal abuse or threatening behaviour against an adult',
      },
      {
        kind: 'suspension',
        startsOn: '2026-10-14',
        days: 3,
        reason: 'Use or threat of use of an offensive weapon or prohibited item',
      },
    ],
    concerns: [
      {
        loggedOn: '2026-09-29',
        category: 'child criminal exploitation',
        summary: 'Seen getting into a car with older youths at the school gate; new phone and expensive trainers.',
      },
      {
        loggedOn: '2026-11-02',
        category: 'missing from education',
        summary: 'Left school at lunchtime without permission on three days; mother informed each time.',
      },
    ],
  },
  {
    key: 'grace-pretendy',
    firstName: 'Grace',
    lastName: 'Pretendy',
    dateOfBirth: '2012-10-05',
    address: { line1: '2 Imaginary Gardens', town: 'Sale', postcode: 'M33 2ZZ' },
    schoolUrn: '141002',
    attendance: [0.83, 0.9, 0.96, 0.97],
    concerns: [
      {
        loggedOn: '2026-11-05',
        category: 'child sexual exploitation',
        summary: 'Reported missing overnight by her mother; friends say she was with older men in a car.',
      },
    ],
  },
  {
    key: 'lily-harbourne',
    firstName: 'Lily',
    lastName: 'Harbourne',
    dateOfBirth: '2016-04-19',
    address: { line1: '12 Old Mill Road', town: 'Sale', postcode: 'M33 7ZZ' },
    schoolUrn: '141001',
    attendance: [0.93, 0.84],
    concerns: [
      {
        loggedOn: '2026-09-21',
        category: 'domestic abuse',
        summary: 'Admitted mid-term from a refuge with her mother; keyworker from the refuge is the contact.',
      },
    ],
    safeAddress: { line1: '1 Haven Place', town: 'Stretford', postcode: 'M32 0YZ' },
  },
];
