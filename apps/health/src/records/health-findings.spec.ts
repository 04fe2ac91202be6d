import { redactRestricted } from '@frontdoor/information-sharing';
import {
  HEALTH_DATASETS,
  PatientRecord,
  RESTRICTED_CLINICAL_RECORD,
  healthFindings,
  monthsBefore,
  restrictedValuesOf,
} from './health-findings';

const REQUESTED_AT = new Date('2026-11-20T10:00:00Z');

function record(overrides: Partial<PatientRecord> = {}): PatientRecord {
  return {
    patientId: 'p1',
    gpRegistrations: [
      { practiceName: 'Brookside Medical Centre', odsCode: 'P91901', registeredFrom: '2021-03-01', registeredTo: null },
      {
        practiceName: 'Canal Street Surgery',
        odsCode: 'P91902',
        registeredFrom: '2018-05-20',
        registeredTo: '2021-02-28',
      },
    ],
    involvements: [
      {
        service: 'health-visiting',
        provider: 'Sale 0-19 Health Visiting Team',
        status: 'open',
        leadPractitioner: 'Amy Lowe',
        leadPractitionerRole: 'health visitor',
        startedOn: '2022-06-01',
        endedOn: null,
        restricted: false,
      },
    ],
    childProtectionFlags: [],
    missedAppointments: [],
    safeAddress: null,
    ...overrides,
  };
}

const ask = (datasets: readonly string[], role: 'child' | 'adult' = 'child') => ({
  subjectRef: 'child-1',
  role,
  datasets,
  requestedAt: REQUESTED_AT,
});

describe('healthFindings', () => {
  it('answers only the datasets asked for, as dated facts', () => {
    const { findings, withheld, holdsRestrictedRecord } = healthFindings(record(), ask(['gp-registration']));
    expect(findings).toEqual([
      {
        dataset: 'gp-registration',
        summary: 'Registered with Brookside Medical Centre (ODS P91901) since 2021-03-01',
        occurredAt: '2021-03-01',
      },
      {
        dataset: 'gp-registration',
        summary: 'Was registered with Canal Street Surgery (ODS P91902) from 2018-05-20 to 2021-02-28',
        occurredAt: '2018-05-20',
      },
    ]);
    expect(withheld).toEqual([]);
    expect(holdsRestrictedRecord).toBe(false);
  });

  it('says so when a patient has no current GP, no flag, or no missed appointment', () => {
    const { findings } = healthFindings(
      record({ gpRegistrations: [] }),
      ask(['gp-registration', 'child-protection-flags', 'missed-appointments']),
    );
    expect(findings.map((f) => f.summary)).toEqual([
      'Not currently registered with a GP practice',
      'No child protection, looked-after or unborn-baby flag held',
      'No missed appointments in the last 12 months',
    ]);
  });

  it('describes involvement with its service, status, dates and lead practitioner', () => {
    const { findings } = healthFindings(
      record({
        involvements: [
          ...record().involvements,
          {
            service: 'camhs',
            provider: 'Trafford CAMHS',
            status: 'closed',
            leadPractitioner: 'Dev Patel',
            leadPractitionerRole: 'CAMHS practitioner',
            startedOn: '2023-01-10',
            endedOn: '2023-07-31',
            restricted: false,
          },
        ],
      }),
      ask(['health-involvement']),
    );
    expect(findings.map((f) => f.summary)).toEqual([
      'CAMHS (Trafford CAMHS): closed; 2023-01-10 to 2023-07-31; lead practitioner Dev Patel, CAMHS practitioner',
      'Health visiting (Sale 0-19 Health Visiting Team): open since 2022-06-01; lead practitioner Amy Lowe, health visitor',
    ]);
  });

  it('reports CP-IS flags, active and ended, with the responsible local authority', () => {
    const { findings } = healthFindings(
      record({
        childProtectionFlags: [
          {
            kind: 'child-protection-plan',
            startedOn: '2026-02-10',
            endedOn: null,
            responsibleLocalAuthority: 'Trafford Council',
            expectedDeliveryOn: null,
          },
          {
            kind: 'looked-after',
            startedOn: '2020-01-01',
            endedOn: '2021-01-01',
            responsibleLocalAuthority: 'Salford City Council',
            expectedDeliveryOn: null,
          },
          {
            kind: 'unborn-child-protection-plan',
            startedOn: '2026-09-01',
            endedOn: null,
            responsibleLocalAuthority: 'Trafford Council',
            expectedDeliveryOn: '2027-01-15',
          },
        ],
      }),
      ask(['child-protection-flags']),
    );
    expect(findings).toEqual([
      {
        dataset: 'child-protection-flags',
        summary:
          'CP-IS flag: unborn baby subject to a child protection plan since 2026-09-01 (flag active), baby due 2027-01-15; responsible local authority Trafford Council',
        occurredAt: '2026-09-01',
      },
      {
        dataset: 'child-protection-flags',
        summary:
          'CP-IS flag: subject to a child protection plan since 2026-02-10 (flag active); responsible local authority Trafford Council',
        occurredAt: '2026-02-10',
      },
      {
        dataset: 'child-protection-flags',
        summary:
          'CP-IS flag: looked after by the local authority from 2020-01-01 to 2021-01-01 (flag ended); responsible local authority Salford City Council',
        occurredAt: '2020-01-01',
      },
    ]);
  });

  it('lists missed appointments of the last 12 months only; a child "was not brought"', () => {
    const missed = [
      { appointmentOn: '2026-10-01', service: 'health visiting review', wasNotBrought: true, restricted: false },
      { appointmentOn: '2025-11-21', service: 'dental', wasNotBrought: true, restricted: false },
      { appointmentOn: '2025-11-19', service: 'immunisation', wasNotBrought: true, restricted: false },
    ];
    const { findings } = healthFindings(record({ missedAppointments: missed }), ask(['missed-appointments']));
    expect(findings).toEqual([
      {
        dataset: 'missed-appointments',
        summary: 'Was not brought to a health visiting review appointment on 2026-10-01',
        occurredAt: '2026-10-01',
      },
      {
        dataset: 'missed-appointments',
        summary: 'Was not brought to a dental appointment on 2025-11-21',
        occurredAt: '2025-11-21',
      },
    ]);
    const adult = healthFindings(
      record({
        missedAppointments: [
          { appointmentOn: '2026-10-01', service: 'maternity', wasNotBrought: false, restricted: false },
        ],
      }),
      ask(['missed-appointments'], 'adult'),
    );
    expect(adult.findings[0].summary).toBe('Did not attend a maternity appointment on 2026-10-01');
  });

  it('withholds restricted clinical records without saying what they are, and asks for review', () => {
    const restricted = record({
      involvements: [
        ...record().involvements,
        {
          service: 'gender-identity',
          provider: 'Northshire Gender Identity Service',
          status: 'open',
          leadPractitioner: 'Dr Robin Vale',
          leadPractitionerRole: 'clinical psychologist',
          startedOn: '2025-04-01',
          endedOn: null,
          restricted: false, // the service alone makes it restricted
        },
      ],
      missedAppointments: [
        { appointmentOn: '2026-06-01', service: 'sexual health clinic', wasNotBrought: false, restricted: true },
      ],
    });
    const answer = healthFindings(restricted, ask(HEALTH_DATASETS));
    const text = JSON.stringify(answer.findings);
    expect(text).not.toMatch(/gender|Northshire|Robin Vale|sexual/i);
    expect(answer.findings.filter((f) => f.dataset === 'health-involvement')).toHaveLength(1);
    expect(answer.withheld).toEqual([
      { what: '2 clinical record(s) about subject child-1', reason: RESTRICTED_CLINICAL_RECORD },
    ]);
    expect(answer.holdsRestrictedRecord).toBe(true);

    // Not asked for: nothing to judge, nothing withheld.
    const gpOnly = healthFindings(restricted, ask(['gp-registration']));
    expect(gpOnly.holdsRestrictedRecord).toBe(false);
    expect(gpOnly.withheld).toEqual([]);
  });
});

describe('restrictedValuesOf', () => {
  it('lists every part of a safe address and the details of restricted records, so the lib can stop them', () => {
    const values = restrictedValuesOf(
      record({
        safeAddress: { line1: 'Flat 3, Harbour House', town: 'Altrincham', postcode: 'WA14 7QX' },
        involvements: [
          {
            service: 'sexual-health',
            provider: 'Riverside Sexual Health Clinic',
            status: 'closed',
            leadPractitioner: 'Dr Kit Marsh',
            leadPractitionerRole: 'sexual health doctor',
            startedOn: '2025-01-01',
            endedOn: '2025-03-01',
            restricted: true,
          },
        ],
      }),
    );
    expect(values).toEqual(
      expect.arrayContaining([
        'Flat 3, Harbour House',
        'WA14 7QX',
        'Riverside Sexual Health Clinic',
        'Dr Kit Marsh',
        'Sexual health',
      ]),
    );
    // A practitioner who writes the address into an answer, however spaced, has it removed.
    const redacted = redactRestricted(
      [
        {
          subjectRef: 'adult-1',
          known: true,
          findings: [{ dataset: 'gp-registration', summary: 'Now lives at flat 3 harbour house, wa147qx' }],
        },
      ],
      [],
      values,
    );
    expect(redacted.subjects[0].findings).toEqual([]);
  });

  it('holds nothing back for an ordinary record', () => {
    expect(restrictedValuesOf(record())).toEqual([]);
  });
});

describe('monthsBefore', () => {
  it('steps back calendar months', () => {
    expect(monthsBefore(new Date('2026-11-20T10:00:00Z'), 12)).toBe('2025-11-20');
    expect(monthsBefore(new Date('2026-03-31T10:00:00Z'), 1)).toBe('2026-02-28');
  });
});
