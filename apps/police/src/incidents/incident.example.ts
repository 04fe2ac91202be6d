import { instantFromNow } from '@frontdoor/calendar';
import { RecordIncidentDto } from './dto/record-incident.dto';

/**
 * A complete, valid PPN about fictional people: the OpenAPI "Try it out" body and the starting
 * point of tests. DASH 15 of 24 (visible high risk); two children, one present.
 */
export const EXAMPLE_INCIDENT: RecordIncidentDto = {
  type: 'domestic-abuse',
  occurredAt: instantFromNow({ days: -1, hours: -2 }),
  summary:
    'Officers attended a report of shouting; the victim had a facial injury and said the perpetrator ' +
    'pushed her into a door. Sam was in the room; Alex was staying with a grandparent.',
  victim: { firstName: 'Casey', lastName: 'Example', dateOfBirth: '1990-02-02' },
  perpetrator: { firstName: 'Jordan', lastName: 'Example', dateOfBirth: '1988-09-30' },
  children: [
    {
      firstName: 'Sam',
      lastName: 'Example',
      dateOfBirth: '2017-04-12',
      nhsNumber: '943 476 5919',
      present: true,
      postcode: 'M33 7ZZ',
      wordsAndViews: 'Sam told officers "I hid under the bed when Dad was shouting".',
    },
    { firstName: 'Alex', lastName: 'Example', dateOfBirth: '2021-06-01', present: false, postcode: 'M33 7ZZ' },
  ],
  dash: {
    answers: [
      ...Array.from({ length: 15 }, () => 'yes' as const),
      ...Array.from({ length: 7 }, () => 'no' as const),
      'dont-know',
      'dont-know',
    ],
    professionalJudgementHighRisk: false,
  },
  victimSafeAddress: { addressLine: '7 Haven Close, Stretford', postcode: 'M32 0XX' },
  location: { addressLine: '12 Example Road, Sale', postcode: 'M33 7ZZ' },
};
