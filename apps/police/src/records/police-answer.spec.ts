import { AGENCY_DATASETS, RequestSubjectV1 } from '@frontdoor/contracts';
import { PoliceMatch } from '../matching/police-match';
import {
  OPERATIONALLY_SENSITIVE,
  SubjectOutcome,
  answerFromPoliceFile,
  safeAddressValues,
  yearsBefore,
} from './police-answer';
import { PoliceFile } from './police-file';

const ALL = AGENCY_DATASETS.police;
const NOW = new Date('2026-11-23T10:00:00Z');
const SAFE_ADDRESS = '7 Hollin Lane, Bolton BL1 4QX';

const subject = (subjectRef: string, firstName: string, lastName: string, extra: Partial<RequestSubjectV1> = {}) =>
  ({
    subjectRef,
    role: subjectRef.startsWith('child') ? 'child' : 'adult',
    firstName,
    lastName,
    ...extra,
  }) as RequestSubjectV1;
const matched = (personId: string): PoliceMatch => ({ matched: true, personId, matchedOn: 'name-dob-postcode' });

const AVA = subject('child-1', 'Ava', 'Smith', { dateOfBirth: '2018-02-03', postcode: 'M33 7ZZ' });
const JANE = subject('adult-1', 'Jane', 'Smith', { dateOfBirth: '1990-05-06', postcode: 'M33 7ZZ' });
const MARK = subject('adult-2', 'Mark', 'Smith', { dateOfBirth: '1988-07-08', postcode: 'M33 7ZZ' });

const household: SubjectOutcome[] = [
  { subject: AVA, match: matched('p-ava') },
  { subject: JANE, match: matched('p-jane') },
  { subject: MARK, match: matched('p-mark') },
];

function policeFile(overrides: Partial<PoliceFile> = {}): PoliceFile {
  return {
    people: [
      { personId: 'p-ava', safeAddress: null },
      { personId: 'p-jane', safeAddress: SAFE_ADDRESS },
      { personId: 'p-mark', safeAddress: null },
      { personId: 'p-neighbour', safeAddress: null },
    ],
    incidents: [
      {
        id: 'i1',
        reference: 'GMP-20260914-0042',
        occurredAt: new Date('2026-09-14T21:30:00Z'),
        type: 'domestic-abuse',
        locationPostcode: 'M33 7ZZ',
        people: [
          { personId: 'p-jane', role: 'victim' },
          { personId: 'p-mark', role: 'suspect' },
          { personId: 'p-ava', role: 'child-present' },
          { personId: 'p-neighbour', role: 'witness' },
        ],
      },
      {
        id: 'i0',
        reference: 'GMP-20230101-0007',
        occurredAt: new Date('2023-01-01T12:00:00Z'),
        type: 'domestic-abuse',
        locationPostcode: 'M33 7ZZ',
        people: [
          { personId: 'p-jane', role: 'victim' },
          { personId: 'p-ava', role: 'child-resident' },
        ],
      },
    ],
    domesticAbuse: [
      {
        victimId: 'p-jane',
        perpetratorId: 'p-mark',
        firstIncidentOn: '2023-01-01',
        lastIncidentOn: '2026-09-14',
        incidentCount: 4,
        dashScore: 15,
        dashCompletedOn: '2026-09-14',
      },
    ],
    markers: [
      {
        personId: 'p-mark',
        type: 'weapons',
        note: 'Known to carry a knife',
        recordedOn: '2025-02-01',
        restricted: false,
      },
      {
        personId: 'p-mark',
        type: 'firearms',
        note: 'Intelligence report FIB-2201: access to a firearm',
        recordedOn: '2026-06-01',
        restricted: true,
      },
    ],
    investigations: [
      {
        id: 'inv1',
        reference: 'GMP-INV-26-0101',
        offence: 'assault occasioning actual bodily harm',
        openedOn: '2026-09-15',
        status: 'open',
        sensitive: false,
        summary: 'Arising from the incident of 14 September; suspect interviewed and released under investigation.',
        people: [
          { personId: 'p-mark', role: 'suspect' },
          { personId: 'p-jane', role: 'victim' },
        ],
      },
      {
        id: 'inv2',
        reference: 'OP-NIGHTJAR-77',
        offence: 'supply of controlled drugs',
        openedOn: '2026-05-01',
        status: 'open',
        sensitive: true,
        summary: 'Operation Nightjar: covert enquiry into supply from the address',
        people: [{ personId: 'p-mark', role: 'suspect' }],
      },
      {
        id: 'inv3',
        reference: 'GMP-INV-24-0500',
        offence: 'criminal damage',
        openedOn: '2024-01-01',
        status: 'closed',
        sensitive: false,
        summary: 'No further action.',
        people: [{ personId: 'p-mark', role: 'suspect' }],
      },
    ],
    ...overrides,
  };
}

const answer = (datasets: readonly string[] = ALL, file = policeFile(), outcomes = household) =>
  answerFromPoliceFile(outcomes, file, { datasets: datasets as never, now: NOW, incidentLookbackYears: 2 });

const findingsOf = (result: ReturnType<typeof answer>, ref: string) =>
  result.subjects.find((s) => s.subjectRef === ref)!.findings;

describe('answerFromPoliceFile', () => {
  it('answers every subject, in order, with how each was matched', () => {
    const result = answer();
    expect(result.subjects.map((s) => [s.subjectRef, s.known, s.matchedOn])).toEqual([
      ['child-1', true, 'name-dob-postcode'],
      ['adult-1', true, 'name-dob-postcode'],
      ['adult-2', true, 'name-dob-postcode'],
    ]);
  });

  it('states incidents as dated facts, naming only people on the request, within the lookback', () => {
    const [finding, ...older] = findingsOf(answer(['incidents']), 'child-1');
    expect(older).toEqual([]); // the 2023 incident is older than two years
    expect(finding).toEqual({
      dataset: 'incidents',
      summary:
        'Police attended a domestic abuse incident on 2026-09-14 (ref GMP-20260914-0042) at the address given on this request; ' +
        'Ava Smith recorded as child present. Also on this request: Jane Smith (victim), Mark Smith (suspect). ' +
        '1 other person not named on this request involved.',
      occurredAt: '2026-09-14',
    });
  });

  it('shares incidents from further back when the lookback is longer', () => {
    const result = answerFromPoliceFile(household, policeFile(), {
      datasets: ['incidents'],
      now: NOW,
      incidentLookbackYears: 5,
    });
    expect(findingsOf(result, 'child-1').map((f) => f.occurredAt)).toEqual(['2026-09-14', '2023-01-01']);
    expect(findingsOf(result, 'child-1')[1].summary).toContain('child living at the address, not present');
  });

  it('answers only the datasets the request lists', () => {
    const result = answer(['incidents']);
    const datasets = new Set(result.subjects.flatMap((s) => s.findings.map((f) => f.dataset)));
    expect([...datasets]).toEqual(['incidents']);
    expect(result.withheld).toEqual([]); // markers and investigations were not asked for
  });

  it('gives domestic abuse history per victim-perpetrator pair, with the DASH score', () => {
    const result = answer(['domestic-abuse-history']);
    expect(findingsOf(result, 'adult-1')).toEqual([
      {
        dataset: 'domestic-abuse-history',
        summary:
          'Domestic abuse history: Jane Smith recorded as victim, with Mark Smith (on this request) as perpetrator; ' +
          '4 incidents from 2023-01-01 to 2026-09-14; latest DASH 15 of 24 on 2026-09-14 (visible high risk).',
        occurredAt: '2026-09-14',
      },
    ]);
    expect(findingsOf(result, 'adult-2')[0].summary).toContain('Mark Smith recorded as perpetrator, with Jane Smith');
    expect(findingsOf(result, 'child-1')).toEqual([]);
  });

  it('does not name a DA partner who is not on the request, and says when no DASH was done', () => {
    const file = policeFile({
      domesticAbuse: [
        {
          victimId: 'p-jane',
          perpetratorId: 'p-ex',
          firstIncidentOn: '2025-03-02',
          lastIncidentOn: '2025-03-02',
          incidentCount: 1,
          dashScore: null,
          dashCompletedOn: null,
        },
      ],
    });
    expect(findingsOf(answer(['domestic-abuse-history'], file), 'adult-1')[0].summary).toBe(
      'Domestic abuse history: Jane Smith recorded as victim, with a perpetrator not named on this request; ' +
        '1 incident on 2025-03-02; no DASH risk assessment recorded.',
    );
  });

  it('shares non-restricted warning markers and withholds restricted ones with a reason', () => {
    const result = answer(['warning-markers']);
    expect(findingsOf(result, 'adult-2')).toEqual([
      {
        dataset: 'warning-markers',
        summary: 'Warning marker on Mark Smith: weapons (recorded 2025-02-01).',
        detail: 'Known to carry a knife',
        occurredAt: '2025-02-01',
      },
    ]);
    expect(result.withheld).toEqual([
      {
        what: 'A restricted warning marker on Mark Smith',
        reason: 'restricted: held by GMP and not shared outside the police',
      },
    ]);
    expect(result.restrictedValues).toContain('Intelligence report FIB-2201: access to a firearm');
  });

  it('summarises open investigations, withholds operationally sensitive ones, and asks for review', () => {
    const result = answer(['open-investigations']);
    expect(findingsOf(result, 'adult-2')).toEqual([
      expect.objectContaining({
        dataset: 'open-investigations',
        summary:
          'Open investigation since 2026-09-15 (ref GMP-INV-26-0101): assault occasioning actual bodily harm; Mark Smith recorded as suspect.',
        occurredAt: '2026-09-15',
      }),
    ]);
    expect(findingsOf(result, 'adult-1')[0].summary).toContain('Jane Smith recorded as victim');
    expect(result.withheld).toEqual([
      { what: 'An open investigation involving Mark Smith', reason: OPERATIONALLY_SENSITIVE },
    ]);
    expect(result.restrictedValues).toEqual(
      expect.arrayContaining(['OP-NIGHTJAR-77', 'Operation Nightjar: covert enquiry into supply from the address']),
    );
    expect(result.needsReview).toBe(true);
  });

  it('asks for review whatever datasets were asked, but only for an open sensitive investigation', () => {
    expect(answer(['incidents']).needsReview).toBe(true);
    const closed = policeFile();
    const investigations = closed.investigations.map((inv) =>
      inv.sensitive ? { ...inv, status: 'closed' as const } : inv,
    );
    const result = answer(ALL, { ...closed, investigations });
    expect(result.needsReview).toBe(false);
    expect(result.withheld.filter((w) => w.reason === OPERATIONALLY_SENSITIVE)).toEqual([]);
    // Closed, but still never to be quoted.
    expect(result.restrictedValues).toContain('OP-NIGHTJAR-77');
  });

  it('lists the safe address as restricted and never puts any restricted value in an answer', () => {
    const result = answer();
    expect(result.restrictedValues).toEqual(expect.arrayContaining([SAFE_ADDRESS, '7 Hollin Lane', 'BL1 4QX']));
    const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
    const shared = squash(JSON.stringify({ subjects: result.subjects, withheld: result.withheld }));
    for (const value of result.restrictedValues) expect(shared).not.toContain(squash(value));
  });

  it('does not say "at the address given" when that address is a safe address', () => {
    const inRefuge = [{ subject: { ...JANE, postcode: 'BL1 4QX' }, match: matched('p-jane') }];
    const file = policeFile();
    const incidents = [{ ...file.incidents[0], locationPostcode: 'BL1 4QX' }];
    const [finding] = findingsOf(answer(['incidents'], { ...file, incidents }, inRefuge), 'adult-1');
    expect(finding.summary).not.toContain('at the address given');
  });

  it('answers "not known" for an unmatched subject, and notes a possible record for an officer to confirm', () => {
    const outcomes: SubjectOutcome[] = [
      {
        subject: AVA,
        match: { matched: false, reason: 'No police record has this name and date of birth.', possibleMatches: 0 },
      },
      {
        subject: JANE,
        match: {
          matched: false,
          reason: 'A police record with the same date of birth has a similar name; not matched automatically.',
          possibleMatches: 1,
        },
      },
    ];
    const result = answer(ALL, policeFile(), outcomes);
    expect(result.subjects).toEqual([
      { subjectRef: 'child-1', known: false, findings: [] },
      { subjectRef: 'adult-1', known: false, findings: [] },
    ]);
    expect(result.withheld).toEqual([
      {
        what: 'A possible police record for Jane Smith',
        reason:
          'A police record with the same date of birth has a similar name; not matched automatically. A police officer can confirm identity on request.',
      },
    ]);
    expect(result.needsReview).toBe(false);
  });
});

describe('safeAddressValues', () => {
  it('lists the address, its numbered parts, the bare street and the postcode', () => {
    expect(safeAddressValues('Flat 2, 14 Linden Row, Bolton BL1 4QX')).toEqual([
      'Flat 2, 14 Linden Row, Bolton BL1 4QX',
      'Flat 2',
      '14 Linden Row',
      'Bolton BL1 4QX',
      'Linden Row',
      'BL1 4QX',
    ]);
  });

  it('leaves a town on its own out, so people named like it are not redacted', () => {
    expect(safeAddressValues('3 Mill Street, Bolton, bl14qx')).not.toContain('Bolton');
    expect(safeAddressValues('3 Mill Street, Bolton, bl14qx')).toContain('BL1 4QX');
  });
});

describe('yearsBefore', () => {
  it('goes back whole calendar years', () => {
    expect(yearsBefore(new Date('2026-11-23T10:00:00Z'), 2).toISOString()).toBe('2024-11-23T10:00:00.000Z');
    expect(yearsBefore(new Date('2028-02-29T00:00:00Z'), 1).toISOString()).toBe('2027-02-28T00:00:00.000Z');
  });
});
