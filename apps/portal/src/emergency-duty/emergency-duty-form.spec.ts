import { EmergencyDutyAction } from '@frontdoor/contracts';
import { elapsedTimeLeft, parseEmergencyDutyRecord } from './emergency-duty-form';

describe('parseEmergencyDutyRecord', () => {
  it('takes ticked actions (one or many) and the summary', () => {
    expect(parseEmergencyDutyRecord({ actions: 'visited', summary: ' Seen at home. ' })).toEqual({
      ok: true,
      value: { actions: [EmergencyDutyAction.Visited], summary: 'Seen at home.' },
    });
    expect(
      parseEmergencyDutyRecord({ actions: ['visited', 'police-attended', 'visited'], summary: 'x' }),
    ).toMatchObject({ ok: true, value: { actions: ['visited', 'police-attended'] } });
  });

  it('names each missing answer, and ignores an action it does not know', () => {
    expect(parseEmergencyDutyRecord({ actions: ['teleported'], summary: '' })).toEqual({
      ok: false,
      errors: [
        { field: 'actions', text: 'Select what the emergency duty team did' },
        { field: 'summary', text: 'Enter what happened and how the child is' },
      ],
    });
  });
});

describe('elapsedTimeLeft', () => {
  it.each([
    [2, '2 hours left'],
    [1.5, '1 hour 30 minutes left'],
    [0.25, '15 minutes left'],
    [0, '0 minutes left'],
    [-0.75, 'overdue by 45 minutes'],
    [-1.02, 'overdue by 1 hour 1 minute'],
  ])('%s -> %s', (hours, words) => {
    expect(elapsedTimeLeft(hours)).toBe(words);
  });
});
