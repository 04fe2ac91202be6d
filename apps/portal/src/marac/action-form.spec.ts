import { parseActionStatus, parseMaracAction } from './action-form';

const today = new Date('2026-11-23T12:00:00Z');

describe('parseMaracAction', () => {
  it('needs an owner, a description and a due date', () => {
    const parsed = parseMaracAction({}, today);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { field: 'ownerAgency', text: 'Select who owns the action' },
      { field: 'description', text: 'Enter what needs to be done' },
      { field: 'dueDate-day', text: 'Enter the due date' },
    ]);
  });

  it('refuses a due date in the past or one that does not exist', () => {
    const body = {
      ownerAgency: 'police',
      description: 'Flag the address.',
      'dueDate-month': '11',
      'dueDate-year': '2026',
    };
    const past = parseMaracAction({ ...body, 'dueDate-day': '22' }, today);
    expect(past.ok ? [] : past.errors).toEqual([
      { field: 'dueDate-day', text: 'The due date must be today or in the future' },
    ]);
    expect(parseMaracAction({ ...body, 'dueDate-day': '31' }, today).ok).toBe(false);
  });

  it("gives marac's body", () => {
    expect(
      parseMaracAction(
        {
          ownerAgency: 'health',
          description: ' Share the GP record. ',
          'dueDate-day': '4',
          'dueDate-month': '12',
          'dueDate-year': '2026',
        },
        today,
      ),
    ).toEqual({
      ok: true,
      value: { ownerAgency: 'health', description: 'Share the GP record.', dueDate: '2026-12-04' },
    });
  });
});

describe('parseActionStatus', () => {
  it('takes one of the statuses marac knows', () => {
    expect(parseActionStatus({ status: ' in-progress ' }, 'a1')).toEqual({ ok: true, value: 'in-progress' });
    expect(parseActionStatus({ status: 'done' }, 'a1')).toEqual({ ok: true, value: 'done' });
  });

  it('refuses anything else against that action', () => {
    for (const body of [{}, { status: 'closed' }, { status: 'toString' }]) {
      expect(parseActionStatus(body, 'a1')).toEqual({
        ok: false,
        errors: [{ field: 'status-a1', text: 'Select the status of the action' }],
      });
    }
  });
});
