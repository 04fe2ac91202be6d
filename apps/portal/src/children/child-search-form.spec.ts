import { readChildSearch } from './child-search-form';

const today = new Date('2026-06-01T12:00:00Z');
const blankForm = {
  firstName: '',
  lastName: '',
  'dateOfBirth-day': '',
  'dateOfBirth-month': '',
  'dateOfBirth-year': '',
  nhsNumber: '',
  upn: '',
  postcode: '',
};

describe('readChildSearch', () => {
  it('is blank when the page opens without a search', () => {
    expect(readChildSearch({}, today)).toEqual({ state: 'blank' });
  });

  it('asks for at least one detail when the form is sent empty', () => {
    const read = readChildSearch(blankForm, today);
    expect(read).toMatchObject({
      state: 'invalid',
      errors: [{ field: 'firstName', text: expect.stringMatching(/^Enter at least one detail about the child/) }],
    });
  });

  it('reads names, a date of birth and identifiers', () => {
    const read = readChildSearch(
      {
        ...blankForm,
        firstName: ' Eva ',
        lastName: 'Sampelton',
        'dateOfBirth-day': '14',
        'dateOfBirth-month': '5',
        'dateOfBirth-year': '2018',
        nhsNumber: '943 476 5919',
        upn: 'a123456789012',
        postcode: 'm33 9zz',
      },
      today,
    );
    expect(read).toMatchObject({
      state: 'ready',
      search: {
        firstName: 'Eva',
        lastName: 'Sampelton',
        dateOfBirth: '2018-05-14',
        nhsNumber: '943 476 5919',
        upn: 'A123456789012',
        postcode: 'm33 9zz',
      },
    });
  });

  it('names each detail that is not valid', () => {
    const read = readChildSearch(
      {
        ...blankForm,
        'dateOfBirth-day': '31',
        'dateOfBirth-month': '2',
        'dateOfBirth-year': '2018',
        nhsNumber: '123',
        postcode: 'nowhere',
      },
      today,
    );
    expect(read.state === 'invalid' && read.errors.map((error) => error.field)).toEqual([
      'dateOfBirth-day',
      'nhsNumber',
      'postcode',
    ]);
  });
});
