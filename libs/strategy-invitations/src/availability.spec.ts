import { availabilityProblems } from './availability';

describe('availabilityProblems', () => {
  it('accepts windows that end after they start', () => {
    expect(availabilityProblems([{ from: '2027-03-29T09:00:00Z', to: '2027-03-29T12:00:00Z' }])).toEqual([]);
  });

  it('refuses a window that ends before or when it starts, and one longer than a day', () => {
    expect(
      availabilityProblems([
        { from: '2027-03-29T12:00:00Z', to: '2027-03-29T09:00:00Z' },
        { from: '2027-03-29T09:00:00Z', to: '2027-03-29T09:00:00Z' },
        { from: '2027-03-29T09:00:00Z', to: '2027-03-31T09:00:00Z' },
      ]),
    ).toEqual([
      'availability[0] must end after it starts',
      'availability[1] must end after it starts',
      'availability[2] is longer than 24 hours',
    ]);
  });
});
