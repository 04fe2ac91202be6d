import { encompassStatusTag, parseAcknowledgement } from './encompass-view';

describe('encompassStatusTag', () => {
  const acknowledgement = (late: boolean) => ({
    at: '2026-09-01T07:30:00.000Z',
    by: { subject: 'dsl', name: null },
    late,
  });

  it('puts overdue ones in red and the rest still to acknowledge in blue', () => {
    expect(encompassStatusTag({ status: 'unacknowledged', overdue: true, acknowledgement: null })).toEqual({
      text: 'Overdue',
      colour: 'red',
    });
    expect(encompassStatusTag({ status: 'unacknowledged', overdue: false, acknowledgement: null })).toEqual({
      text: 'To acknowledge',
      colour: 'blue',
    });
  });

  it('says when an acknowledgement came after the notification was due', () => {
    expect(
      encompassStatusTag({ status: 'acknowledged', overdue: false, acknowledgement: acknowledgement(false) }),
    ).toEqual({
      text: 'Acknowledged',
      colour: 'green',
    });
    expect(
      encompassStatusTag({ status: 'acknowledged', overdue: false, acknowledgement: acknowledgement(true) }),
    ).toEqual({
      text: 'Acknowledged late',
      colour: 'orange',
    });
  });
});

describe('parseAcknowledgement', () => {
  it('needs the box ticked', () => {
    expect(parseAcknowledgement({})).toEqual({
      ok: false,
      errors: [{ field: 'confirmed', text: 'Confirm you have read the notification and the school will act on it' }],
    });
    expect(parseAcknowledgement({ confirmed: 'no' }).ok).toBe(false);
    expect(parseAcknowledgement({ confirmed: 'yes' })).toEqual({ ok: true, value: true });
  });
});
