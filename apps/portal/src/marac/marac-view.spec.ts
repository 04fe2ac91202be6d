import type { MaracCase } from '../clients/marac.client';
import { RESTRICTED_MARKER, agendaCase, researchTag } from './marac-view';

const listed = (overrides: Partial<MaracCase> = {}): MaracCase => ({
  id: 'r1',
  reference: 'MARAC-1',
  source: 'partner',
  policeReference: null,
  status: 'referred',
  criteriaMet: ['visible-high-risk'],
  reasons: [],
  repeat: false,
  victim: { firstName: 'Casey', lastName: 'Example', dateOfBirth: '1990-02-02' },
  perpetrator: { firstName: 'Jordan', lastName: 'Example', dateOfBirth: null },
  childrenInHousehold: [],
  referringAgency: 'police',
  risk: { dashYesCount: 15, professionalJudgementReason: null, callOutsInLast12Months: 2 },
  victimSafeAddress: null,
  occurredAt: '2026-11-20T21:40:00.000Z',
  referredAt: '2026-11-21T09:00:00.000Z',
  meetingId: 'm1',
  idva: null,
  actions: [],
  research: [],
  ...overrides,
});

describe('agendaCase', () => {
  it('shows a safe address only when marac gave this reader the address itself', () => {
    expect(agendaCase(listed({ victimSafeAddress: 'Refuge, 1 Hidden Lane' })).safeAddress).toBe(
      'Refuge, 1 Hidden Lane',
    );
    const restricted = agendaCase(listed({ victimSafeAddress: RESTRICTED_MARKER }));
    expect(restricted.safeAddress).toBeNull();
    expect(JSON.stringify(restricted)).not.toContain(RESTRICTED_MARKER);
    expect(agendaCase(listed()).safeAddress).toBeNull();
  });

  it("lists each agency's findings and what it withheld, and actions soonest due first", () => {
    const shown = agendaCase(
      listed({
        research: [
          {
            agency: 'health',
            status: 'answered',
            requestedAt: '2026-11-21T09:00:00.000Z',
            respondBy: '2026-11-24T17:00:00.000Z',
            overdue: false,
            answeredAt: '2026-11-22T10:00:00.000Z',
            answeredBy: 'demo-health-practitioner',
            subjects: [
              { subjectId: 'victim', known: true, findings: [{ dataset: 'gp', summary: 'Registered with a GP' }] },
              { subjectId: 'child-1', known: true, findings: [{ dataset: 'health-visiting' }] },
            ],
            withheld: [{ reason: 'restricted record' }],
          },
        ],
        actions: [
          {
            id: 'b',
            meetingId: 'm1',
            referralId: 'r1',
            ownerAgency: 'police',
            description: 'Later',
            dueDate: '2026-12-04',
            status: 'open',
            overdue: false,
          },
          {
            id: 'a',
            meetingId: 'm1',
            referralId: 'r1',
            ownerAgency: 'health',
            description: 'Sooner',
            dueDate: '2026-11-30',
            status: 'open',
            overdue: false,
          },
        ],
      }),
    );
    expect(shown.research).toEqual([
      {
        agency: 'health',
        tag: { text: 'Answered', colour: 'green' },
        respondBy: '2026-11-24T17:00:00.000Z',
        answeredAt: '2026-11-22T10:00:00.000Z',
        findings: ['Registered with a GP', 'health-visiting'],
        withheld: 1,
      },
    ]);
    expect(shown.actions.map((action) => action.description)).toEqual(['Sooner', 'Later']);
  });
});

describe('researchTag', () => {
  it('flags research not answered by the cut-off', () => {
    expect(researchTag({ status: 'requested', overdue: true })).toEqual({ text: 'Overdue', colour: 'red' });
    expect(researchTag({ status: 'requested', overdue: false })).toEqual({ text: 'Asked', colour: 'blue' });
  });
});
