import { nameKey, normaliseName } from './name';

describe('normaliseName', () => {
  it.each([
    ["O'Brien-Smith ", 'obriensmith'],
    ['  Mary   Jane ', 'maryjane'],
    ['ZOË', 'zoe'],
    ['Siobhán', 'siobhan'],
    ['Chloé-Renée', 'chloerenee'],
    ['Nguyễn', 'nguyen'],
    ['Łukasz', 'lukasz'],
    ['Søren', 'soren'],
    ['Strauß', 'strauss'],
    ['Ægir', 'aegir'],
    ['D’Souza', 'dsouza'], // typographic apostrophe
    ['St. John', 'stjohn'],
    ['ﬁnn', 'finn'], // ligature, split by NFKD
    ['Henry VIII', 'henryviii'],
    ['Baby 2', 'baby2'],
    ['', ''],
  ])('%j -> %j', (value, expected) => {
    expect(normaliseName(value)).toBe(expected);
  });

  it('makes differently typed names match', () => {
    expect(normaliseName("O'Brien-Smith")).toBe(normaliseName('obrien smith'));
  });
});

describe('nameKey', () => {
  it('combines normalised first and last names', () => {
    expect(nameKey(' Zoë ', "O'Brien")).toBe('zoe|obrien');
  });

  it('keeps the boundary between first and last name', () => {
    expect(nameKey('Ann', 'Abel')).not.toBe(nameKey('Anna', 'Bel'));
  });
});
