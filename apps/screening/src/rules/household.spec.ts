import { householdFromContacts } from './household';

const mother = { firstName: 'Kerry', lastName: 'Sampleton', relationshipToChildren: 'mother', livesWithChildren: true };

describe('householdFromContacts', () => {
  it('lists each adult once however often they were named, as the newest contact put it', () => {
    const household = householdFromContacts([
      { reference: 'FD-1', receivedAt: '2026-01-05T09:00:00Z', adults: [mother] },
      {
        reference: 'FD-2',
        receivedAt: '2026-03-05T09:00:00Z',
        adults: [
          { ...mother, firstName: 'KERRY', livesWithChildren: false, dateOfBirth: '1990-02-02' },
          {
            firstName: 'Lee',
            lastName: 'Sampleton',
            relationshipToChildren: "mother's partner",
            livesWithChildren: true,
          },
        ],
      },
    ]);
    expect(household).toEqual([
      {
        firstName: 'KERRY',
        lastName: 'Sampleton',
        dateOfBirth: '1990-02-02',
        relationshipToChildren: 'mother',
        livesWithChildren: false,
        namedOn: ['FD-2', 'FD-1'],
      },
      {
        firstName: 'Lee',
        lastName: 'Sampleton',
        dateOfBirth: null,
        relationshipToChildren: "mother's partner",
        livesWithChildren: true,
        namedOn: ['FD-2'],
      },
    ]);
  });

  it('keeps two adults of the same name apart when their dates of birth differ', () => {
    const household = householdFromContacts([
      { reference: 'FD-1', receivedAt: '2026-01-05T09:00:00Z', adults: [{ ...mother, dateOfBirth: '1990-02-02' }] },
      { reference: 'FD-2', receivedAt: '2026-01-06T09:00:00Z', adults: [{ ...mother, dateOfBirth: '1965-07-01' }] },
    ]);
    expect(household.map((member) => member.dateOfBirth)).toEqual(['1965-07-01', '1990-02-02']);
  });

  it('is empty when no contact named an adult', () => {
    expect(householdFromContacts([{ reference: 'FD-1', receivedAt: '2026-01-05T09:00:00Z', adults: [] }])).toEqual([]);
  });
});
