import type { CaseDetails, InformationRequest } from '../clients/screening.client';
import { agencyAnswersPanel } from './agency-answers';

const asked = (agency: string, overrides: Partial<InformationRequest> = {}): InformationRequest => ({
  id: `${agency}-request`,
  agency,
  status: 'requested',
  question: 'What do you know?',
  datasets: [],
  lawfulBasis: { article6: 'UK GDPR Art 6(1)(e) public task' },
  requestedAt: '2026-11-23T10:00:00.000Z',
  respondBy: '2026-11-23T14:00:00.000Z',
  overdue: false,
  answeredAt: null,
  answeredBy: null,
  answer: null,
  withheld: null,
  ...overrides,
});

const answered = (agency: string, overrides: Partial<InformationRequest>): InformationRequest =>
  asked(agency, {
    status: 'answered',
    answeredAt: '2026-11-23T11:00:00.000Z',
    answeredBy: { subject: 'automatic' },
    answer: [],
    withheld: [],
    ...overrides,
  });

const caseWith = (requests: InformationRequest[], status: CaseDetails['status'] = 'open') =>
  ({
    status,
    children: [{ childId: 'child-1', details: { firstName: 'Ava', lastName: 'Brown' } }],
    adults: [{ firstName: 'Casey', lastName: 'Brown' }],
    informationRequests: requests,
  }) as unknown as CaseDetails;

describe('agencyAnswersPanel', () => {
  it('tells an answer with facts from one that knows nobody, one that held everything back, and a late one', () => {
    const panel = agencyAnswersPanel(
      caseWith([
        answered('police', {
          answer: [
            { subjectRef: 'child-1', known: true, findings: [{ dataset: 'incidents', summary: 'Called out twice' }] },
            { subjectRef: 'adult-1', known: false, findings: [] },
          ],
          answeredBy: { subject: 'demo-police-1', name: 'Pat Police' },
        }),
        answered('health', { answer: [{ subjectRef: 'child-1', known: false, findings: [] }] }),
        answered('education', {
          answer: [{ subjectRef: 'child-1', known: true, findings: [] }],
          withheld: [{ what: 'School attended', reason: 'The child is on a protected roll' }],
        }),
        asked('police', { requestedAt: '2026-11-24T09:00:00.000Z', overdue: true }),
      ]),
    );
    expect(panel.answers.map((answer) => [answer.request.agency, answer.state])).toEqual([
      ['police', 'overdue'],
      ['police', 'answered'],
      ['health', 'not-known'],
      ['education', 'withheld'],
    ]);
    expect(panel.answers[1].subjects.map((subject) => [subject.name, subject.known])).toEqual([
      ['Ava Brown', true],
      ['Casey Brown', false],
    ]);
    expect(panel.answers[1].reviewedBy).toBe('Pat Police');
    expect(panel.answers[2].reviewedBy).toBeNull();
    expect(panel.waitingFor).toEqual(['police']);
    expect(panel.askable).toEqual(['health', 'education']);
  });

  it('says a request still unanswered is waiting, and offers nothing to ask on a decided case', () => {
    const panel = agencyAnswersPanel(caseWith([asked('health')], 'decided'));
    expect(panel.answers.map((answer) => answer.state)).toEqual(['waiting']);
    expect(panel.askable).toEqual([]);
  });
});
