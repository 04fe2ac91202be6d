import { instantFromNow } from '@frontdoor/calendar';
import { PoliceIncidentRecordedV1 } from '@frontdoor/contracts';
import { generateNhsNumber } from '@frontdoor/identifiers';
import { randomUUID } from 'node:crypto';

/** A domestic-abuse incident with two children, as police would record it. */
export function domesticAbuseIncident(yesCount = 15): PoliceIncidentRecordedV1 {
  const answers = Array.from({ length: 24 }, (_, index) => (index < yesCount ? 'yes' : 'no') as 'yes' | 'no');
  return {
    incidentId: randomUUID(),
    policeReference: `GMP-${Math.floor(Math.random() * 1e8)}`,
    type: 'domestic-abuse',
    occurredAt: instantFromNow({ days: -1, hours: -3 }),
    recordedAt: instantFromNow({ days: -1, hours: -1, minutes: -30 }),
    summary: 'Officers attended a report of shouting; the victim had a facial injury.',
    victim: { firstName: 'Casey', lastName: 'Example', dateOfBirth: '1990-02-02' },
    perpetrator: { firstName: 'Jordan', lastName: 'Example', dateOfBirth: '1988-09-30' },
    children: [
      {
        firstName: 'Sam',
        lastName: 'Example',
        dateOfBirth: '2017-04-12',
        nhsNumber: generateNhsNumber(),
        present: true,
        postcode: 'M33 7ZZ',
      },
      { firstName: 'Alex', lastName: 'Example', dateOfBirth: '2021-06-01', present: false, postcode: 'M33 7ZZ' },
    ],
    dash: { answers, yesCount, visibleHighRisk: yesCount >= 14, professionalJudgementHighRisk: false },
    callOutsInLast12Months: 2,
    officerSubject: 'demo-police-officer',
    officerOrganisation: 'gmp',
  };
}
