import {
  AdultV1,
  ConcernCategory,
  ContactDetailsV1,
  FamilyAwareness,
  IncidentChildV1,
  IncidentPersonV1,
  PoliceIncidentRecordedV1,
  SourceType,
} from '@frontdoor/contracts';

const CONCERNS_BY_INCIDENT: Record<PoliceIncidentRecordedV1['type'], ConcernCategory[]> = {
  'domestic-abuse': [ConcernCategory.DomesticAbuse],
  'child-concern': [ConcernCategory.Other],
  'missing-child': [ConcernCategory.Missing],
  'other-vulnerability': [ConcernCategory.Other],
};

/**
 * The contact police raise for one child named in an incident: what screening needs, in the
 * same shape a school or health referral has. Pure, so the mapping is easy to read and test.
 */
export function contactFromIncident(incident: PoliceIncidentRecordedV1, child: IncidentChildV1): ContactDetailsV1 {
  const dash = incident.dash
    ? ` DASH: ${incident.dash.yesCount}/24 yes${incident.dash.visibleHighRisk ? ' (visible high risk)' : ''}` +
      `${incident.dash.professionalJudgementHighRisk ? '; officer judges risk high' : ''}.`
    : '';
  return {
    source: { type: SourceType.Police, cinCode: '6' },
    referrer: { name: incident.officerSubject, role: 'Police officer', organisation: incident.officerOrganisation },
    children: [
      {
        firstName: child.firstName,
        lastName: child.lastName,
        dateOfBirthStatus: child.dateOfBirth ? 'known' : 'unknown',
        ...(child.dateOfBirth && { dateOfBirth: child.dateOfBirth }),
        ...(child.nhsNumber && { nhsNumber: child.nhsNumber }),
        ...(child.upn && { upn: child.upn }),
        ...(child.postcode && { address: { postcode: child.postcode } }),
        ...(child.wordsAndViews
          ? { wordsAndViews: child.wordsAndViews }
          : { viewsNotObtainedReason: 'Not recorded by the attending officer' }),
      },
    ],
    adults: [
      ...(incident.victim ? [adult(incident.victim, 'victim in the incident', true)] : []),
      ...(incident.perpetrator ? [adult(incident.perpetrator, 'alleged perpetrator', false)] : []),
    ],
    concerns: {
      categories: CONCERNS_BY_INCIDENT[incident.type],
      narrative:
        `Police ${incident.policeReference}, ${incident.occurredAt.slice(0, 10)}: ${incident.summary}` +
        ` Child ${child.present ? 'was present' : 'lives at the address but was not present'}.` +
        ` Police call-outs in 12 months: ${incident.callOutsInLast12Months}.${dash}`,
      immediateDanger: false,
      familyAwareness: FamilyAwareness.Unknown,
    },
  };
}

function adult(person: IncidentPersonV1, relationship: string, livesWithChildren: boolean): AdultV1 {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    ...(person.dateOfBirth && { dateOfBirth: person.dateOfBirth }),
    relationshipToChildren: relationship,
    livesWithChildren,
  };
}
