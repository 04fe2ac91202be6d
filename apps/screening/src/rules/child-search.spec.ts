import { childSearchKeys, nameAgreement, rankCandidates, searchedBy, type NameComparison } from './child-search';

const exact: NameComparison = { exact: true, soundsAlike: true, similarity: 1 };
const soundsAlike: NameComparison = { exact: false, soundsAlike: true, similarity: 0.14 };
const similar: NameComparison = { exact: false, soundsAlike: false, similarity: 0.43 };
const different: NameComparison = { exact: false, soundsAlike: false, similarity: 0.1 };

describe('childSearchKeys', () => {
  it('normalises what was typed as the person index stores it', () => {
    expect(
      childSearchKeys({
        firstName: ' Zoë ',
        lastName: "O'Brien",
        dateOfBirth: '2017-04-12',
        nhsNumber: '943 476 5919',
        upn: 'a123456789012',
        postcode: 'm337zz',
      }),
    ).toEqual({
      firstNameKey: 'zoe',
      lastNameKey: 'obrien',
      dateOfBirth: '2017-04-12',
      nhsNumber: '9434765919',
      upn: 'A123456789012',
      postcode: 'M33 7ZZ',
    });
  });

  it('is null when nothing searchable was given', () => {
    expect(childSearchKeys({})).toBeNull();
    expect(childSearchKeys({ firstName: '  ', lastName: "'-", postcode: ' ' })).toBeNull();
  });

  it('keeps an identifier that fails its check as typed, so it finds nothing', () => {
    expect(childSearchKeys({ nhsNumber: '9434765918' })).toEqual({ nhsNumber: '9434765918' });
  });

  it('names the kinds of criteria used, never their values', () => {
    const keys = childSearchKeys({ lastName: 'Sampelton', dateOfBirth: '2017-04-12' })!;
    expect(searchedBy(keys)).toBe('last name, date of birth');
  });
});

describe('nameAgreement', () => {
  it('prefers exact, then sounds alike, then similar spelling', () => {
    expect(nameAgreement(exact)).toBe('exact');
    expect(nameAgreement(soundsAlike)).toBe('sounds-like');
    expect(nameAgreement(similar)).toBe('similar-spelling');
    expect(nameAgreement(different)).toBe('different');
  });
});

describe('rankCandidates', () => {
  const keys = childSearchKeys({ firstName: 'Eva', lastName: 'Sampelton', dateOfBirth: '2017-04-12' })!;

  it('drops a child whose searched name does not agree at all', () => {
    const ranked = rankCandidates(keys, [
      { personId: 'jones', firstName: exact, lastName: different, lastContactAt: '2026-01-01T00:00:00Z' },
    ]);
    expect(ranked).toEqual([]);
  });

  it('puts exact names first, then names that sound alike, then similar spellings', () => {
    const ranked = rankCandidates(keys, [
      { personId: 'similar', firstName: exact, lastName: similar, lastContactAt: '2026-03-01T00:00:00Z' },
      { personId: 'sounds', firstName: soundsAlike, lastName: exact, lastContactAt: '2026-02-01T00:00:00Z' },
      { personId: 'exact', firstName: exact, lastName: exact, lastContactAt: '2026-01-01T00:00:00Z' },
    ]);
    expect(ranked.map((candidate) => candidate.personId)).toEqual(['exact', 'sounds', 'similar']);
    expect(ranked[0]).toEqual({
      personId: 'exact',
      exact: true,
      matchedOn: ['date of birth', 'first name', 'last name'],
    });
    expect(ranked[1].matchedOn).toEqual(['date of birth', 'first name sounds alike', 'last name']);
    expect(ranked[2].matchedOn).toEqual(['date of birth', 'first name', 'last name spelt similarly']);
    expect(ranked[2].exact).toBe(false);
  });

  it('puts the most recently referred first among equally close names', () => {
    const ranked = rankCandidates(keys, [
      { personId: 'older', firstName: exact, lastName: exact, lastContactAt: '2026-01-01T00:00:00Z' },
      { personId: 'newer', firstName: exact, lastName: exact, lastContactAt: '2026-02-01T00:00:00Z' },
    ]);
    expect(ranked.map((candidate) => candidate.personId)).toEqual(['newer', 'older']);
  });

  it('names an identifier search as exact', () => {
    const byNumber = childSearchKeys({ nhsNumber: '9434765919' })!;
    expect(rankCandidates(byNumber, [{ personId: 'p', lastContactAt: '2026-01-01T00:00:00Z' }])).toEqual([
      { personId: 'p', exact: true, matchedOn: ['NHS number'] },
    ]);
  });
});
