import { policeReference, ukDateOf } from './police-reference';

describe('policeReference', () => {
  it('is GMP, the day logged and a four-digit serial', () => {
    expect(policeReference(new Date('2026-11-20T23:10:00.000Z'), 42)).toBe('GMP-20261120-0042');
  });

  it('dates the log in UK time (after midnight in British Summer Time is the next day)', () => {
    expect(policeReference(new Date('2026-07-01T23:30:00.000Z'), '7')).toBe('GMP-20260702-0007');
  });

  it('lets the serial grow past four digits rather than wrap', () => {
    expect(policeReference(new Date('2026-11-20T12:00:00.000Z'), 123456)).toBe('GMP-20261120-123456');
  });
});

describe('ukDateOf', () => {
  it('is the UK calendar day: GMT in winter, BST in summer', () => {
    expect(ukDateOf(new Date('2026-01-10T23:30:00.000Z'))).toBe('2026-01-10');
    expect(ukDateOf(new Date('2026-07-10T23:30:00.000Z'))).toBe('2026-07-11');
  });
});
