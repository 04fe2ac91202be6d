import { SourceType } from '@frontdoor/contracts';
import { Participant, ageOn, invitedParticipants, requiredParticipants } from './participant-rules';

describe('requiredParticipants', () => {
  const on = new Date('2026-11-25T10:00:00Z');
  const names = (facts: Parameters<typeof requiredParticipants>[0]) =>
    requiredParticipants(facts).map((r) => r.participant);

  it('always has social care in the chair, police and health', () => {
    const required = requiredParticipants({ referrerSourceType: SourceType.Public, children: [{}], on });
    expect(required.map((r) => [r.participant, r.role])).toEqual([
      [Participant.ChildrensSocialCare, 'chair'],
      [Participant.Police, 'attendee'],
      [Participant.Health, 'attendee'],
    ]);
    expect(invitedParticipants(required)).toEqual([Participant.Police, Participant.Health]);
  });

  it('adds education when a school referred, even for a baby', () => {
    expect(names({ referrerSourceType: SourceType.School, children: [{ dateOfBirth: '2025-06-01' }], on })).toContain(
      Participant.Education,
    );
  });

  it('adds education for a child of school age (4 to 17) and not for a toddler or an adult', () => {
    const education = (dateOfBirth: string) =>
      names({ referrerSourceType: SourceType.Police, children: [{ dateOfBirth }], on }).includes(Participant.Education);
    expect(education('2022-11-25')).toBe(true); // 4 today
    expect(education('2022-11-26')).toBe(false); // 4 tomorrow
    expect(education('2009-11-26')).toBe(true); // 17
    expect(education('2008-11-25')).toBe(false); // 18 today
  });

  it("notes the referrer's agency when it is already required, without inviting it twice", () => {
    const required = requiredParticipants({ referrerSourceType: SourceType.Police, children: [{}], on });
    expect(required.filter((r) => r.participant === Participant.Police)).toEqual([
      { participant: Participant.Police, role: 'attendee', reasons: ['statutory minimum', "the referrer's agency"] },
    ]);
  });

  it('works out ages on the London date, birthdays included', () => {
    expect(ageOn('2016-02-29', '2026-02-28')).toBe(9);
    expect(ageOn('2016-02-29', '2026-03-01')).toBe(10);
  });
});
