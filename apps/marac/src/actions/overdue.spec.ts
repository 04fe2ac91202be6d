import { isOverdue } from './overdue';

describe('overdue actions', () => {
  const open = { dueDate: '2026-11-23', status: 'open' };
  it('is not overdue on its due date, London time', () => {
    expect(isOverdue(open, new Date('2026-11-23T23:30:00Z'))).toBe(false);
  });
  it('is overdue the day after', () => {
    expect(isOverdue(open, new Date('2026-11-24T00:00:00Z'))).toBe(true);
  });
  it('uses the London date in summer time (00:30 BST is already the next day)', () => {
    expect(isOverdue({ dueDate: '2026-07-01', status: 'in-progress' }, new Date('2026-07-01T23:30:00Z'))).toBe(true);
  });
  it('is never overdue once done or cancelled', () => {
    expect(isOverdue({ ...open, status: 'done' }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(isOverdue({ ...open, status: 'cancelled' }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});
