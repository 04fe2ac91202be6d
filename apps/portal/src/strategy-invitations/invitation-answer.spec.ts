import { parseInvitationAnswer } from './invitation-answer';

// Monday 7 December 2026, 10:00 in London (GMT).
const now = new Date('2026-12-07T10:00:00Z');
const firstTime = {
  'window1-day': '8',
  'window1-month': '12',
  'window1-year': '2026',
  'window1-from': '9:30',
  'window1-to': '12.00',
};

describe('parseInvitationAnswer', () => {
  it('asks whether anyone will attend', () => {
    expect(parseInvitationAnswer({}, now)).toEqual({
      ok: false,
      errors: [{ field: 'decision', text: 'Select whether someone from your agency will attend' }],
    });
  });

  it('reads an attendee and their times in UK time, a second time only when any of it is given', () => {
    expect(
      parseInvitationAnswer(
        { decision: 'attend', attendeeName: ' DS Jo Bloggs ', attendeeJobTitle: '', ...firstTime },
        now,
      ),
    ).toEqual({
      ok: true,
      value: {
        decision: 'attend',
        attendee: { name: 'DS Jo Bloggs' },
        availability: [{ from: '2026-12-08T09:30:00.000Z', to: '2026-12-08T12:00:00.000Z' }],
      },
    });
    // British Summer Time: 09:30 in London is 08:30 UTC.
    const summer = parseInvitationAnswer(
      {
        decision: 'attend',
        attendeeName: 'Nurse Ng',
        attendeeJobTitle: 'Named nurse',
        ...firstTime,
        'window2-day': '6',
        'window2-month': '7',
        'window2-year': '2027',
        'window2-from': '09:30',
        'window2-to': '10:00',
      },
      now,
    );
    expect(summer).toMatchObject({
      ok: true,
      value: {
        attendee: { name: 'Nurse Ng', jobTitle: 'Named nurse' },
        availability: [{}, { from: '2027-07-06T08:30:00.000Z', to: '2027-07-06T09:00:00.000Z' }],
      },
    });
  });

  it('refuses an attendee without a name or a first time, and times that end first, are over, or are half given', () => {
    expect(parseInvitationAnswer({ decision: 'attend' }, now)).toEqual({
      ok: false,
      errors: [
        { field: 'attendeeName', text: 'Enter the name of who will attend' },
        { field: 'window1-day', text: 'Enter a day they can attend' },
        { field: 'window1-from', text: 'Enter the time they are free from on time 1' },
        { field: 'window1-to', text: 'Enter the time they are free until on time 1' },
      ],
    });
    const problems = parseInvitationAnswer(
      {
        decision: 'attend',
        attendeeName: 'DS Jo Bloggs',
        ...firstTime,
        'window1-from': '12:00',
        'window1-to': '11:00',
        'window2-day': '7',
        'window2-month': '12',
        'window2-year': '2026',
        'window2-from': '08:00',
        'window2-to': '09:00',
        'window3-from': '25:00',
      },
      now,
    );
    expect(problems).toEqual({
      ok: false,
      errors: [
        { field: 'window1-to', text: 'The time they are free until must be after the time they are free from' },
        { field: 'window2-to', text: 'Time 2 must not be over already' },
        { field: 'window3-day', text: 'Enter the day of time 3' },
        { field: 'window3-from', text: 'Enter the time on the 24-hour clock, like 21:40' },
        { field: 'window3-to', text: 'Enter the time they are free until on time 3' },
      ],
    });
  });

  it('declines only with a reason, in the practitioner words', () => {
    expect(parseInvitationAnswer({ decision: 'decline', declineReason: '   ' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'declineReason', text: 'Enter why your agency cannot attend' }],
    });
    expect(parseInvitationAnswer({ decision: 'decline', declineReason: ' No officer free today. ' }, now)).toEqual({
      ok: true,
      value: { decision: 'decline', reason: 'No officer free today.' },
    });
  });
});
