import { AGENCY_DATASETS } from '@frontdoor/contracts';
import { redactRestricted } from '@frontdoor/information-sharing';
import type { Pupil } from '../pupils/pupil.entity';
import type { School } from '../schools/school.entity';
import { PupilFile, pupilAnswer, restrictedValuesOf } from './education-findings';

const ALL = AGENCY_DATASETS.education;
const NOW = new Date('2026-11-23T10:00:00Z');

const oakfield: School = {
  urn: '141001',
  name: 'Oakfield Lane Primary',
  phase: 'primary',
  dslName: 'Olive Oakfield',
  dslPhone: '0161 496 0101',
  dslEmail: 'dsl@oakfield-lane.example.org',
  schoolDayStartsAt: '08:45',
};

function pupil(overrides: Partial<Pupil> = {}): Pupil {
  return {
    id: 'p1',
    upn: 'A358000000001',
    firstName: 'Ava',
    lastName: 'Sampleton',
    firstNameKey: 'ava',
    lastNameKey: 'sampleton',
    dateOfBirth: '2018-05-14',
    addressLine1: '7 Sample Street',
    town: 'Sale',
    postcode: 'M33 9ZZ',
    schoolUrn: '141001',
    yearGroup: 4,
    admittedOn: '2022-09-01',
    senStatus: 'none',
    senPrimaryNeed: null,
    senSince: null,
    protectedRoll: false,
    restrictionReason: null,
    safeAddressLine1: null,
    safeAddressTown: null,
    safeAddressPostcode: null,
    ...overrides,
  };
}

function file(overrides: Partial<PupilFile> = {}): PupilFile {
  return {
    pupil: pupil(),
    school: oakfield,
    attendance: [
      {
        id: 'a1',
        pupilId: 'p1',
        academicYear: '2026/27',
        term: 'autumn',
        termStartsOn: '2026-09-01',
        sessionsPossible: 100,
        sessionsAttended: 85,
      },
      {
        id: 'a2',
        pupilId: 'p1',
        academicYear: '2025/26',
        term: 'summer',
        termStartsOn: '2026-04-01',
        sessionsPossible: 122,
        sessionsAttended: 116,
      },
      {
        id: 'a3',
        pupilId: 'p1',
        academicYear: '2025/26',
        term: 'spring',
        termStartsOn: '2026-01-01',
        sessionsPossible: 116,
        sessionsAttended: 116,
      },
    ],
    exclusions: [
      {
        id: 'e1',
        pupilId: 'p1',
        kind: 'suspension',
        startsOn: '2026-03-12',
        days: 1.5,
        reason: 'Physical assault against a pupil',
      },
      {
        id: 'e2',
        pupilId: 'p1',
        kind: 'suspension',
        startsOn: '2024-06-01',
        days: 2,
        reason: 'Persistent disruptive behaviour',
      },
    ],
    concerns: [
      {
        id: 'c1',
        pupilId: 'p1',
        loggedOn: '2026-10-01',
        category: 'neglect',
        summary: 'Arrived hungry on four days this week.',
        restricted: false,
        restrictionReason: null,
      },
      {
        id: 'c2',
        pupilId: 'p1',
        loggedOn: '2026-06-10',
        category: 'sexual abuse',
        summary: 'Disclosure made to class teacher.',
        restricted: true,
        restrictionReason: 'Subject to a police investigation; ask the DSL',
      },
    ],
    ...overrides,
  };
}

describe('pupilAnswer', () => {
  it('shares only the datasets asked for', () => {
    const answer = pupilAnswer('child-1', file(), ['attendance'], NOW);
    expect(new Set(answer.findings.map((f) => f.dataset))).toEqual(new Set(['attendance']));
    expect(answer.withheld).toEqual([]);
    expect(answer.needsReview).toBe(false);
  });

  it('states the school, year group and DSL as facts with dates', () => {
    const [school] = pupilAnswer('child-1', file(), ['school'], NOW).findings;
    expect(school).toEqual({
      dataset: 'school',
      summary: 'On roll at Oakfield Lane Primary (URN 141001), Year 4, since 2022-09-01',
      detail:
        'Designated safeguarding lead: Olive Oakfield, 0161 496 0101, dsl@oakfield-lane.example.org. School day starts 08:45.',
      occurredAt: '2022-09-01',
    });
  });

  it('gives attendance for the current term to date and the previous term, flagging persistent absence', () => {
    const findings = pupilAnswer('child-1', file(), ['attendance'], NOW).findings;
    expect(findings.map((f) => f.summary)).toEqual([
      'Attendance autumn term 2026/27 (to date): 85.0% (85 of 100 sessions); persistently absent (below 90%)',
      'Attendance summer term 2025/26: 95.1% (116 of 122 sessions)',
    ]);
    expect(findings.map((f) => f.occurredAt)).toEqual(['2026-09-01', '2026-04-01']);
  });

  it('lists exclusions of the last two years only', () => {
    const findings = pupilAnswer('child-1', file(), ['exclusions'], NOW).findings;
    expect(findings).toEqual([
      {
        dataset: 'exclusions',
        summary: 'Suspension of 1.5 days from 2026-03-12: physical assault against a pupil',
        occurredAt: '2026-03-12',
      },
    ]);
    const none = pupilAnswer('child-1', file({ exclusions: [] }), ['exclusions'], NOW).findings;
    expect(none[0].summary).toBe('No suspensions or permanent exclusions since 2024-11-23');
  });

  it('shares concern summaries and withholds restricted concerns with the reason', () => {
    const answer = pupilAnswer('child-1', file(), ['safeguarding-concerns'], NOW);
    expect(answer.findings).toEqual([
      {
        dataset: 'safeguarding-concerns',
        summary: 'DSL logged a concern on 2026-10-01 (neglect): Arrived hungry on four days this week.',
        occurredAt: '2026-10-01',
      },
    ]);
    expect(answer.withheld).toEqual([
      {
        what: 'safeguarding concern logged 2026-06-10 about child-1',
        reason: 'Subject to a police investigation; ask the DSL',
      },
    ]);
    expect(JSON.stringify(answer.findings)).not.toContain('Disclosure');
  });

  it('describes SEN support and EHC plans, and says so when there is none', () => {
    const ehcp = pupil({ senStatus: 'ehcp', senPrimaryNeed: 'ASD', senSince: '2024-01-15' });
    expect(pupilAnswer('c', file({ pupil: ehcp }), ['special-educational-needs'], NOW).findings).toEqual([
      {
        dataset: 'special-educational-needs',
        summary: 'Education, health and care plan since 2024-01-15; primary need: autistic spectrum disorder',
        occurredAt: '2024-01-15',
      },
    ]);
    expect(pupilAnswer('c', file(), ['special-educational-needs'], NOW).findings[0].summary).toBe(
      'No special educational needs recorded',
    );
  });

  it('never puts an address in any finding', () => {
    const text = JSON.stringify(pupilAnswer('child-1', file(), ALL, NOW).findings);
    expect(text).not.toContain('Sample Street');
    expect(text).not.toContain('M33 9ZZ');
  });

  describe('a pupil on the protected roll', () => {
    const refuge = pupil({
      protectedRoll: true,
      restrictionReason: 'Child in refuge (protected roll)',
      safeAddressLine1: '1 Haven Place',
      safeAddressTown: 'Stretford',
      safeAddressPostcode: 'M32 0ZY',
    });
    const answer = pupilAnswer('child-1', file({ pupil: refuge }), ALL, NOW);

    it('needs review, withholds the school and address with the reason, and shares no school identity', () => {
      expect(answer.needsReview).toBe(true);
      expect(answer.withheld[0]).toEqual({
        what: 'school and address of child-1',
        reason: expect.stringContaining('Child in refuge (protected roll)'),
      });
      const school = answer.findings.find((f) => f.dataset === 'school')!;
      expect(school.summary).toBe('On a school roll in the authority, Year 4 (school withheld: restricted record)');
      const text = JSON.stringify(answer.findings);
      for (const value of ['Oakfield', '141001', 'Olive', '0161 496 0101', 'Haven', 'M32 0ZY'])
        expect(text).not.toContain(value);
    });

    it('lists the safe address and the school as restricted values, and the lib then removes any leak', () => {
      expect(answer.restrictedValues).toEqual(
        expect.arrayContaining([
          '1 Haven Place',
          'M32 0ZY',
          '7 Sample Street',
          'Oakfield Lane Primary',
          '141001',
          'school-141001',
        ]),
      );
      const leaked = [
        {
          subjectRef: 'child-1',
          known: true,
          findings: [{ dataset: 'school' as const, summary: 'Now at oakfield lane primary' }],
        },
      ];
      expect(redactRestricted(leaked, [], answer.restrictedValues).subjects[0].findings).toEqual([]);
    });
  });

  it('restricts nothing but a safe address for a pupil not on the protected roll', () => {
    expect(restrictedValuesOf(file())).toEqual([]);
    expect(
      restrictedValuesOf(file({ pupil: pupil({ safeAddressLine1: '2 Quiet Row', safeAddressPostcode: 'M41 1ZA' }) })),
    ).toEqual(['2 Quiet Row', 'M41 1ZA']);
  });
});
