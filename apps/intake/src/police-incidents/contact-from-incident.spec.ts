import { ConcernCategory, ContactDetailsV1, flattenValidationErrors } from '@frontdoor/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { domesticAbuseIncident } from '../../../../test/support/incidents';
import { contactFromIncident } from './contact-from-incident';

describe('contactFromIncident', () => {
  const incident = domesticAbuseIncident(15);

  it('raises a valid police contact for one child with the household and the DASH result', () => {
    const contact = contactFromIncident(incident, incident.children[0]);
    const errors = validateSync(plainToInstance(ContactDetailsV1, contact), {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    expect(flattenValidationErrors(errors)).toEqual([]);
    expect(contact.source).toEqual({ type: 'police', cinCode: '6' });
    expect(contact.children).toHaveLength(1);
    expect(contact.concerns.categories).toEqual([ConcernCategory.DomesticAbuse]);
    expect(contact.concerns.narrative).toContain('DASH: 15/24 yes (visible high risk)');
    expect(contact.concerns.narrative).toContain('was present');
    expect(contact.adults.map((a) => a.relationshipToChildren)).toEqual([
      'victim in the incident',
      'alleged perpetrator',
    ]);
  });

  it('says when the child was not present and their views were not recorded', () => {
    const contact = contactFromIncident(incident, incident.children[1]);
    expect(contact.concerns.narrative).toContain('was not present');
    expect(contact.children[0].viewsNotObtainedReason).toBe('Not recorded by the attending officer');
  });
});
