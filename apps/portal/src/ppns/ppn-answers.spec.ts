import { londonDateFromToday } from '@frontdoor/calendar';
import { parseDashPage, parseIncident, parsePeople } from './ppn-answers';
import { missingPpnAnswers, newPpnDraft, toPublicProtectionNotice } from './ppn-draft';

const dateFields = (prefix: string, iso: string) => {
  const [year, month, day] = iso.split('-');
  return { [`${prefix}-day`]: day, [`${prefix}-month`]: month, [`${prefix}-year`]: year };
};

describe('parseIncident', () => {
  const incident = (overrides: Record<string, string> = {}) => ({
    type: 'domestic-abuse',
    ...dateFields('occurredOn', londonDateFromToday(-1)),
    occurredTime: '21:40',
    summary: 'Shouting; the victim was hurt.',
    ...overrides,
  });

  it('reads the day and time as UK time, in summer an hour ahead of UTC', () => {
    const parsed = parseIncident(
      { ...incident(), ...dateFields('occurredOn', '2026-07-01') },
      new Date('2026-07-02T12:00:00Z'),
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        type: 'domestic-abuse',
        occurredAt: '2026-07-01T20:40:00.000Z',
        summary: 'Shouting; the victim was hurt.',
      },
    });
  });

  it('names every missing answer', () => {
    const parsed = parseIncident({}, new Date());
    expect(parsed.ok || parsed.errors.map((error) => error.field)).toEqual([
      'type',
      'occurredOn-day',
      'occurredTime',
      'summary',
    ]);
  });

  it.each([
    ['an unknown type', { type: 'burglary' }, 'type'],
    ['a time that is not on the 24-hour clock', { occurredTime: '9.40pm' }, 'occurredTime'],
    [
      'a time later today than now',
      { ...dateFields('occurredOn', londonDateFromToday(0)), occurredTime: '23:59' },
      'occurredTime',
    ],
    ['a day in the future', dateFields('occurredOn', londonDateFromToday(2)), 'occurredOn-day'],
    ['a summary over 4000 characters', { summary: 'x'.repeat(4001) }, 'summary'],
  ])('refuses %s', (_case, overrides, field) => {
    // Just before midnight the "later today" case is not in the future: hold the clock at noon UK time.
    const now = new Date(`${londonDateFromToday(0)}T12:00:00Z`);
    const parsed = parseIncident(incident(overrides), now);
    expect(parsed.ok || parsed.errors.map((error) => error.field)).toEqual([field]);
  });
});

describe('parsePeople', () => {
  const now = new Date();

  it('takes the children named, skipping empty slots, and leaves out adults not given', () => {
    const parsed = parsePeople(
      {
        'child1-firstName': 'Sam',
        'child1-lastName': 'Example',
        'child1-present': 'yes',
        'child3-firstName': 'Alex',
        'child3-lastName': 'Example',
        ...dateFields('child3-dateOfBirth', '2021-06-01'),
        'child3-present': 'no',
        'victim-firstName': 'Casey',
        'victim-lastName': 'Example',
      },
      now,
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        victim: { firstName: 'Casey', lastName: 'Example' },
        children: [
          { firstName: 'Sam', lastName: 'Example', present: true },
          { firstName: 'Alex', lastName: 'Example', dateOfBirth: '2021-06-01', present: false },
        ],
      },
    });
  });

  it('needs the first child, and completes a person partly entered', () => {
    const parsed = parsePeople({ 'child2-firstName': 'Alex', 'perpetrator-lastName': 'Example' }, now);
    expect(parsed.ok || parsed.errors.map((error) => error.field)).toEqual([
      'perpetrator-firstName',
      'child1-firstName',
      'child1-lastName',
      'child1-present',
      'child2-lastName',
      'child2-present',
    ]);
  });
});

describe('parseDashPage and the draft', () => {
  const answersFor = (numbers: number[], answer: string) =>
    Object.fromEntries(numbers.map((number) => [`dash${number}`, answer]));

  it('needs every question on the page, and the judgement on the last page only', () => {
    const first = parseDashPage(answersFor([1, 2, 3, 4, 5, 6, 7], 'yes'), 1, false);
    expect(first.ok || first.errors.map((error) => error.field)).toEqual(['dash8']);
    const last = parseDashPage(answersFor([17, 18, 19, 20, 21, 22, 23, 24], 'dont-know'), 3, true);
    expect(last.ok || last.errors.map((error) => error.field)).toEqual(['professionalJudgement']);
    expect(parseDashPage({ ...answersFor([9, 10, 11, 12, 13, 14, 15, 16], 'maybe') }, 2, false).ok).toBe(false);
  });

  it('sends the DASH for domestic abuse only, once every answer is in', () => {
    const draft = newPpnDraft(new Date());
    draft.incident = { type: 'domestic-abuse', occurredAt: new Date().toISOString(), summary: 'x' };
    draft.people = { children: [{ firstName: 'Sam', lastName: 'Example', present: true }] };
    expect(missingPpnAnswers(draft)).toEqual([{ text: 'Complete the DASH risk checklist', href: '/ppns/new/dash/1' }]);
    draft.dashAnswers = draft.dashAnswers.map((_, index) => (index < 20 ? 'yes' : null));
    expect(missingPpnAnswers(draft)[0].href).toBe('/ppns/new/dash/3');
    draft.dashAnswers = draft.dashAnswers.map(() => 'no');
    draft.professionalJudgementHighRisk = true;
    expect(missingPpnAnswers(draft)).toEqual([]);
    expect(toPublicProtectionNotice(draft).dash).toEqual({
      answers: Array.from({ length: 24 }, () => 'no'),
      professionalJudgementHighRisk: true,
    });

    draft.incident.type = 'missing-child';
    expect(missingPpnAnswers(draft)).toEqual([]);
    expect(toPublicProtectionNotice(draft).dash).toBeUndefined();
  });
});
