import { ChildIdentity, IndexedPerson, choosePersonMatch, matchKeys, personNameKeys } from './person-match';

// Synthetic identifiers: NHS numbers in the never-issued 999 range, UPNs with correct check letters.
const NHS_A = '9992539712';
const NHS_B = '9992311711';
const UPN_A = 'E358253971977';
const UPN_B = 'T358231171455';

const child = (overrides: Partial<ChildIdentity> = {}): ChildIdentity => ({
  firstName: 'Zoë',
  lastName: "O'Brien-Smith",
  dateOfBirth: '2016-04-12',
  postcode: 'm33 7zz',
  ...overrides,
});

const indexed = (personId: string, overrides: Partial<IndexedPerson> = {}): IndexedPerson => ({
  personId,
  firstNameKey: 'zoe',
  lastNameKey: 'obriensmith',
  dateOfBirth: '2016-04-12',
  postcode: 'M33 7ZZ',
  ...overrides,
});

describe('matchKeys', () => {
  it('normalises every key', () => {
    expect(matchKeys(child({ nhsNumber: '999 253 9712', upn: 'e358 2539 71977', postcode: ' m337zz ' }))).toEqual({
      nhsNumber: NHS_A,
      upn: UPN_A,
      nameKey: { firstNameKey: 'zoe', lastNameKey: 'obriensmith', dateOfBirth: '2016-04-12', postcode: 'M33 7ZZ' },
    });
  });

  it('leaves out identifiers that fail their checks, including placeholders', () => {
    expect(matchKeys(child({ nhsNumber: '9992539713', upn: 'A358253971977' }))).not.toHaveProperty('nhsNumber');
    expect(matchKeys(child({ nhsNumber: '0000000000' }))).not.toHaveProperty('nhsNumber');
    expect(matchKeys(child({ upn: 'A358253971977' }))).not.toHaveProperty('upn');
  });

  it.each<[string, Partial<ChildIdentity>]>([
    ['the date of birth is unknown', { dateOfBirth: undefined }],
    ['the date of birth is not a date', { dateOfBirth: 'April 2016' }],
    ['the postcode is unknown', { postcode: undefined }],
    ['the postcode is not a UK postcode', { postcode: '75001' }],
    ['a name has no letters', { firstName: '??' }],
  ])('has no name key when %s', (_label, overrides) => {
    expect(matchKeys(child(overrides)).nameKey).toBeUndefined();
  });
});

describe('personNameKeys', () => {
  it('gives the name keys even without a date of birth or postcode', () => {
    expect(personNameKeys({ firstName: 'Zoë', lastName: "O'Brien-Smith" })).toEqual({
      firstNameKey: 'zoe',
      lastNameKey: 'obriensmith',
    });
  });
});

describe('choosePersonMatch', () => {
  describe('by NHS number', () => {
    it('matches the entry with the same NHS number, whatever the other details say', () => {
      const candidates = [indexed('p1', { nhsNumber: NHS_A, firstNameKey: 'zoey', upn: UPN_B })];
      expect(choosePersonMatch(child({ nhsNumber: '999-253-9712', upn: UPN_A }), candidates)).toEqual({
        personId: 'p1',
        matchedOn: 'nhs-number',
      });
    });

    it('prefers the NHS number over a UPN or name that point elsewhere', () => {
      const candidates = [
        indexed('by-name'),
        indexed('by-upn', { upn: UPN_A, firstNameKey: 'x' }),
        indexed('by-nhs', { nhsNumber: NHS_A, firstNameKey: 'y' }),
      ];
      expect(choosePersonMatch(child({ nhsNumber: NHS_A, upn: UPN_A }), candidates)).toEqual({
        personId: 'by-nhs',
        matchedOn: 'nhs-number',
      });
    });

    it('does not match when several entries share the NHS number', () => {
      const match = choosePersonMatch(child({ nhsNumber: NHS_A }), [
        indexed('p1', { nhsNumber: NHS_A }),
        indexed('p2', { nhsNumber: NHS_A }),
      ]);
      expect(match).toEqual({
        personId: null,
        reason:
          "2 index entries share this child's NHS number; they need merging or correcting before this child can be matched.",
      });
    });

    it('ignores an invalid NHS number and falls back to the other keys', () => {
      const candidates = [indexed('p1', { nhsNumber: '9992539713' })];
      expect(choosePersonMatch(child({ nhsNumber: '9992539713' }), candidates)).toEqual({
        personId: 'p1',
        matchedOn: 'name-dob-postcode',
      });
    });
  });

  describe('by UPN', () => {
    it('matches on the UPN when no entry has the NHS number', () => {
      const candidates = [indexed('p1', { upn: UPN_A, firstNameKey: 'zoey' })];
      expect(choosePersonMatch(child({ nhsNumber: NHS_A, upn: UPN_A.toLowerCase() }), candidates)).toEqual({
        personId: 'p1',
        matchedOn: 'upn',
      });
    });

    it('does not match an entry with the UPN but a different NHS number', () => {
      const candidates = [indexed('p1', { upn: UPN_A, nhsNumber: NHS_B })];
      expect(choosePersonMatch(child({ nhsNumber: NHS_A, upn: UPN_A }), candidates)).toEqual({
        personId: null,
        reason:
          "An index entry with this child's UPN has a different NHS number; not matched, so that two children's records are not linked.",
      });
    });

    it('does not fall back to the name when the UPN entry conflicts', () => {
      const candidates = [indexed('p1', { upn: UPN_A, nhsNumber: NHS_B }), indexed('p2')];
      expect(choosePersonMatch(child({ nhsNumber: NHS_A, upn: UPN_A }), candidates).personId).toBeNull();
    });

    it('matches a UPN entry with a different NHS number when the child has none to compare', () => {
      const candidates = [indexed('p1', { upn: UPN_A, nhsNumber: NHS_B })];
      expect(choosePersonMatch(child({ upn: UPN_A }), candidates)).toEqual({ personId: 'p1', matchedOn: 'upn' });
    });

    it('does not match when several entries share the UPN', () => {
      const candidates = [indexed('p1', { upn: UPN_A }), indexed('p2', { upn: UPN_A })];
      expect(choosePersonMatch(child({ upn: UPN_A }), candidates).personId).toBeNull();
    });
  });

  describe('by name, date of birth and postcode', () => {
    it('matches when all four keys are equal after normalisation (accents, apostrophes, hyphens, case)', () => {
      const match = choosePersonMatch(child({ firstName: 'ZOE', lastName: 'obrien smith', postcode: 'M337ZZ' }), [
        indexed('p1'),
      ]);
      expect(match).toEqual({ personId: 'p1', matchedOn: 'name-dob-postcode' });
    });

    it.each<[string, Partial<IndexedPerson>]>([
      ['a first-name typo', { firstNameKey: 'zeo' }],
      ['a nickname', { firstNameKey: 'zo' }],
      ['a last-name typo', { lastNameKey: 'obriensmyth' }],
      ['a different date of birth', { dateOfBirth: '2016-04-13' }],
      ['a different postcode', { postcode: 'M33 7ZY' }],
    ])('does not match on %s: only exact keys match', (_label, difference) => {
      const match = choosePersonMatch(child(), [indexed('p1', difference)]);
      expect(match).toEqual({
        personId: null,
        reason: "No index entry has this child's name, date of birth and postcode.",
      });
    });

    it('does not match a name entry holding a different NHS number', () => {
      const match = choosePersonMatch(child({ nhsNumber: NHS_A }), [indexed('p1', { nhsNumber: NHS_B })]);
      expect(match).toEqual({
        personId: null,
        reason:
          "An index entry with this child's name, date of birth and postcode has a different NHS number; not matched, so that two children's records are not linked.",
      });
    });

    it('does not match a name entry holding a different UPN', () => {
      const match = choosePersonMatch(child({ upn: UPN_A }), [indexed('p1', { upn: UPN_B })]);
      expect(match.personId).toBeNull();
      expect(match).toHaveProperty('reason', expect.stringContaining('different UPN'));
    });

    it('matches a name entry that has no NHS number or UPN yet', () => {
      expect(choosePersonMatch(child({ nhsNumber: NHS_A, upn: UPN_A }), [indexed('p1')])).toEqual({
        personId: 'p1',
        matchedOn: 'name-dob-postcode',
      });
    });

    it('does not match when two entries share name, date of birth and postcode', () => {
      const match = choosePersonMatch(child(), [indexed('p1'), indexed('p2')]);
      expect(match).toHaveProperty('reason', expect.stringMatching(/^2 index entries share/));
    });

    it('cannot match on the name without a date of birth', () => {
      const match = choosePersonMatch(child({ dateOfBirth: undefined }), [indexed('p1')]);
      expect(match).toEqual({
        personId: null,
        reason:
          'No valid NHS number or UPN, and name, date of birth and postcode are not all known: nothing to match on.',
      });
    });

    it('normalises candidates stored before keys were normalised', () => {
      const stored = indexed('p1', { firstNameKey: 'Zoë', postcode: 'm337zz', nhsNumber: '999 253 9712' });
      expect(choosePersonMatch(child(), [stored])).toEqual({ personId: 'p1', matchedOn: 'name-dob-postcode' });
      expect(choosePersonMatch(child({ nhsNumber: NHS_A }), [stored])).toEqual({
        personId: 'p1',
        matchedOn: 'nhs-number',
      });
    });
  });

  it('says which keys it tried when nothing matches', () => {
    expect(choosePersonMatch(child({ nhsNumber: NHS_A, upn: UPN_A }), [])).toEqual({
      personId: null,
      reason: "No index entry has this child's NHS number, or UPN, or name, date of birth and postcode.",
    });
  });

  it('never puts an identifier in a reason, so reasons are safe to log', () => {
    const match = choosePersonMatch(child({ nhsNumber: NHS_A, upn: UPN_A }), [
      indexed('p1', { upn: UPN_A, nhsNumber: NHS_B }),
    ]);
    const reason = 'reason' in match ? match.reason : '';
    for (const secret of [NHS_A, NHS_B, UPN_A, 'Zo', 'Brien', '2016', 'M33']) expect(reason).not.toContain(secret);
  });
});
