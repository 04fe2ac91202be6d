import { samePair, samePerson } from './same-pair';

describe('samePerson', () => {
  const siobhan = { firstName: 'Siobhán', lastName: "O'Neill", dateOfBirth: '1990-02-03' };

  it('matches normalised names with the same date of birth', () => {
    expect(samePerson(siobhan, { firstName: 'SIOBHAN', lastName: 'ONeill', dateOfBirth: '1990-02-03' })).toBe(true);
  });

  it('does not match a different date of birth or a missing one', () => {
    expect(samePerson(siobhan, { ...siobhan, dateOfBirth: '1990-02-04' })).toBe(false);
    expect(samePerson({ ...siobhan, dateOfBirth: undefined }, { ...siobhan, dateOfBirth: undefined })).toBe(false);
  });

  it('matches a differently spelled name when the NHS number agrees', () => {
    expect(
      samePerson(
        { ...siobhan, nhsNumber: '9434765919' },
        { firstName: 'Shiobhan', lastName: 'Oneil', dateOfBirth: null, nhsNumber: '943 476 5919' },
      ),
    ).toBe(true);
  });

  it('matches on the PNC id police resolved, whatever the spelling', () => {
    expect(
      samePerson(
        { ...siobhan, pncId: '26/0000123A' },
        { firstName: 'Shivon', lastName: 'Neill', pncId: '26/0000123a' },
      ),
    ).toBe(true);
  });

  it('keeps apart two people with the same name and birthday but different NHS numbers', () => {
    expect(samePerson({ ...siobhan, nhsNumber: '9434765919' }, { ...siobhan, nhsNumber: '9434765870' })).toBe(false);
  });

  it('lets one shared identifier win over another that differs (police may hold a duplicate record)', () => {
    expect(
      samePerson(
        { ...siobhan, nhsNumber: '9434765919', pncId: '26/1A' },
        { ...siobhan, nhsNumber: '9434765919', pncId: '26/2B' },
      ),
    ).toBe(true);
  });
});

describe('samePair', () => {
  const victim = { firstName: 'Ann', lastName: 'Lee', dateOfBirth: '1991-01-01' };
  const perpetrator = { firstName: 'Bob', lastName: 'Lee', dateOfBirth: '1989-01-01' };

  it('needs both the victim and the perpetrator to be the same', () => {
    expect(samePair({ victim, perpetrator }, { victim, perpetrator })).toBe(true);
    expect(samePair({ victim, perpetrator }, { victim, perpetrator: { ...perpetrator, firstName: 'Rob' } })).toBe(
      false,
    );
    expect(samePair({ victim, perpetrator }, { victim: perpetrator, perpetrator: victim })).toBe(false);
  });
});
