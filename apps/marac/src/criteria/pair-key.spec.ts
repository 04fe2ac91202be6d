import { pairKey } from './pair-key';

describe('pair key', () => {
  it('matches different spellings of the same names and dates of birth', () => {
    const police = pairKey(
      { firstName: 'Siobhán', lastName: "O'Neill", dateOfBirth: '1990-02-03' },
      { firstName: 'Mark-John', lastName: 'Smith', dateOfBirth: '1988-09-09' },
    );
    const health = pairKey(
      { firstName: 'siobhan ', lastName: 'ONEILL', dateOfBirth: '1990-02-03' },
      { firstName: 'mark john', lastName: 'smith', dateOfBirth: '1988-09-09' },
    );
    expect(police).toBe(health);
  });

  it('keeps apart a different date of birth and a swapped victim and perpetrator', () => {
    const victim = { firstName: 'Ann', lastName: 'Abel', dateOfBirth: '1990-02-03' };
    const perpetrator = { firstName: 'Tom', lastName: 'Abel', dateOfBirth: '1985-01-01' };
    expect(pairKey(victim, perpetrator)).not.toBe(pairKey({ ...victim, dateOfBirth: '1990-02-04' }, perpetrator));
    expect(pairKey(victim, perpetrator)).not.toBe(pairKey(perpetrator, victim));
  });

  it('has no key without both dates of birth', () => {
    expect(
      pairKey(
        { firstName: 'Ann', lastName: 'Abel' },
        { firstName: 'Tom', lastName: 'Abel', dateOfBirth: '1985-01-01' },
      ),
    ).toBeUndefined();
  });
});
