import { ContactChannel, ContactDetailsV1, SourceType } from '@frontdoor/contracts';
import { whoReferred } from './referrer';

describe('who referred a contact', () => {
  const contact = (channel?: ContactChannel): ContactDetailsV1 =>
    ({
      source: { type: SourceType.Health, cinCode: '3A', ...(channel && { channel }) },
      referrer: { name: 'Dr Priya Example', role: 'GP', organisation: 'Sale Medical Practice' },
    }) as ContactDetailsV1;
  const screener = {
    subject: 'demo-screener-1',
    name: 'Sasha Screener',
    organisation: 'trafford-cs',
    agency: 'children-social-care',
  };

  it('keeps a school as the referrer of its own referral', () => {
    const school = { subject: 'demo-dsl', organisation: 'school-141001', agency: 'education' };
    expect(whoReferred({ submittedBy: school, contact: contact() })).toEqual({
      referrerOrganisation: 'school-141001',
      recordedBy: null,
    });
  });

  it("gives a logged call to the referrer's organisation, and keeps the screener who logged it and how", () => {
    expect(whoReferred({ submittedBy: screener, contact: contact(ContactChannel.Phone) })).toEqual({
      referrerOrganisation: 'Sale Medical Practice',
      recordedBy: { subject: 'demo-screener-1', name: 'Sasha Screener', organisation: 'trafford-cs', channel: 'phone' },
    });
  });

  it('never makes the front door the referrer, even when an API client left out how it came', () => {
    expect(whoReferred({ submittedBy: screener, contact: contact() })).toEqual({
      referrerOrganisation: 'Sale Medical Practice',
      recordedBy: null,
    });
  });
});
