import { isValidSchoolUrn } from './school-urn';

describe('isValidSchoolUrn', () => {
  it.each(['100000', '106363', ' 999999 '])('accepts %j', (value) => {
    expect(isValidSchoolUrn(value)).toBe(true);
  });

  it.each(['', '10636', '1063631', '10636A', '106 363'])('rejects %j', (value) => {
    expect(isValidSchoolUrn(value)).toBe(false);
  });
});
