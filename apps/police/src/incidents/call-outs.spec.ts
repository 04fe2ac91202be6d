import { RecordedIncident, callOutWindow, countCallOuts } from './call-outs';

const VICTIM = 'victim-1';
const PERPETRATOR = 'perpetrator-1';
const NOW = new Date('2026-11-20T21:40:00.000Z');
const current = { id: 'current', occurredAt: NOW };

function incident(id: string, occurredAt: string, overrides: Partial<RecordedIncident> = {}): RecordedIncident {
  return {
    id,
    type: 'domestic-abuse',
    occurredAt: new Date(occurredAt),
    people: [
      { personId: VICTIM, role: 'victim' },
      { personId: PERPETRATOR, role: 'suspect' },
    ],
    ...overrides,
  };
}

describe('countCallOuts (MARAC potential escalation)', () => {
  const pair = { victimId: VICTIM, perpetratorId: PERPETRATOR };

  it('counts the incident being recorded when the pair has no other', () => {
    expect(countCallOuts([], pair, current)).toBe(1);
  });

  it('counts the incident being recorded once, even when it is already in the records', () => {
    expect(countCallOuts([incident('current', NOW.toISOString())], pair, current)).toBe(1);
  });

  it("counts the pair's domestic-abuse incidents in the 12 months up to the incident", () => {
    const incidents = [
      incident('a', '2026-01-05T10:00:00.000Z'),
      incident('b', '2026-11-20T21:40:00.000Z'),
      incident('too-old', '2025-11-20T21:40:00.000Z'),
      incident('later', '2026-11-21T09:00:00.000Z'),
    ];

    expect(countCallOuts(incidents, pair, current)).toBe(3);
  });

  it('counts the pair either way round, but not other people or other incident types', () => {
    const incidents = [
      incident('reversed', '2026-06-01T10:00:00.000Z', {
        people: [
          { personId: PERPETRATOR, role: 'victim' },
          { personId: VICTIM, role: 'suspect' },
        ],
      }),
      incident('assault', '2026-06-02T10:00:00.000Z', { type: 'assault' }),
      incident('other-perpetrator', '2026-06-03T10:00:00.000Z', {
        people: [
          { personId: VICTIM, role: 'victim' },
          { personId: 'someone-else', role: 'suspect' },
        ],
      }),
      incident('witness', '2026-06-04T10:00:00.000Z', {
        people: [
          { personId: VICTIM, role: 'victim' },
          { personId: PERPETRATOR, role: 'witness' },
        ],
      }),
    ];

    expect(countCallOuts(incidents, pair, current)).toBe(2);
  });

  it('uses a window of 12 calendar months, exclusive at the start', () => {
    expect(callOutWindow(NOW)).toEqual({ from: new Date('2025-11-20T21:40:00.000Z'), to: NOW });
  });
});
