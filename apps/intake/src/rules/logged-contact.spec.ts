import { Role } from '@frontdoor/auth';
import { ContactChannel, ContactDetailsV1 } from '@frontdoor/contracts';
import { EXAMPLE_CONTACT } from '../contacts/contact.example';
import { loggedContactProblem } from './logged-contact';

describe('who may log a contact taken by phone, email or in person', () => {
  const logged = (channel?: ContactChannel): ContactDetailsV1 => ({
    ...EXAMPLE_CONTACT,
    source: { type: EXAMPLE_CONTACT.source.type, cinCode: EXAMPLE_CONTACT.source.cinCode, channel },
  });

  it.each([Role.Screener, Role.Manager])('lets a %s log one', (role) => {
    expect(loggedContactProblem([role], logged(ContactChannel.Phone))).toBeUndefined();
  });

  it.each([Role.SchoolDsl, Role.PoliceOfficer, Role.HealthPractitioner, Role.DaAdvisor])(
    'refuses a %s who says the front door took it',
    (role) => {
      expect(loggedContactProblem([role], logged(ContactChannel.Email))).toMatch(/only the front door/);
    },
  );

  it('leaves contacts that referrers send themselves alone, whoever sends them', () => {
    expect(loggedContactProblem([Role.SchoolDsl], logged(undefined))).toBeUndefined();
    expect(loggedContactProblem([Role.Screener], logged(undefined))).toBeUndefined();
  });
});
