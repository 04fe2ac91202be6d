import type { WorklistItem } from '../clients/screening.client';
import { readWorklistQuery, sortWorklist, worklistLink } from './worklist-view';

function item(overrides: Partial<WorklistItem>): WorklistItem {
  return {
    caseId: 'c',
    contactId: 'k',
    reference: 'FD-1',
    receivedAt: '2026-01-05T09:00:00.000Z',
    status: 'open',
    rag: 'green',
    sourceType: 'school',
    cinReferralSource: '2A',
    concerns: [],
    reReferral: false,
    children: [],
    decisionDeadline: '2026-01-06T09:00:00.000Z',
    workingHoursLeft: 8,
    overdue: false,
    nearDeadline: false,
    allocatedTo: null,
    overdueInformationRequests: [],
    ...overrides,
  };
}

describe('worklist query', () => {
  it('keeps known filters and drops anything else', () => {
    expect(
      readWorklistQuery({ rag: 'red', source: 'telepathy', status: 'open', sort: 'rag', reference: 'fd-2026-1' }),
    ).toEqual({
      filters: { rag: 'red', source: undefined, status: 'open', reference: 'FD-2026-1', allocatedTo: undefined },
      sort: 'rag',
    });
    expect(readWorklistQuery({ rag: ['red', 'amber'], sort: 'drop table' }).sort).toBe('deadline');
  });

  it('links with one setting changed', () => {
    const current = readWorklistQuery({ rag: 'red' });
    expect(worklistLink(current, { sort: 'received' })).toBe('/worklist?rag=red&sort=received');
    expect(worklistLink(current, { rag: undefined })).toBe('/worklist');
    expect(worklistLink(current, { sort: 'rag' }, '/my-cases')).toBe('/my-cases?rag=red&sort=rag');
  });

  it('keeps a screener to show the cases of, however the identity provider spells subjects', () => {
    expect(readWorklistQuery({ allocatedTo: 'auth0|5f1c' }).filters.allocatedTo).toBe('auth0|5f1c');
    expect(readWorklistQuery({ allocatedTo: 'x'.repeat(201) }).filters.allocatedTo).toBeUndefined();
  });
});

describe('sortWorklist', () => {
  const late = item({ caseId: 'late', overdue: true, rag: 'green', decisionDeadline: '2026-01-05T10:00:00.000Z' });
  const red = item({
    caseId: 'red',
    rag: 'red',
    decisionDeadline: '2026-01-07T10:00:00.000Z',
    receivedAt: '2026-01-05T08:00:00.000Z',
  });
  const amber = item({
    caseId: 'amber',
    rag: 'amber',
    decisionDeadline: '2026-01-06T10:00:00.000Z',
    receivedAt: '2026-01-05T11:00:00.000Z',
  });

  it('puts overdue cases first whatever the sort', () => {
    for (const sort of ['deadline', 'rag', 'received'] as const) {
      expect(sortWorklist([red, amber, late], sort)[0].caseId).toBe('late');
    }
  });

  it('sorts by deadline, by RAG, or newest received', () => {
    expect(sortWorklist([red, amber], 'deadline').map((i) => i.caseId)).toEqual(['amber', 'red']);
    expect(sortWorklist([amber, red], 'rag').map((i) => i.caseId)).toEqual(['red', 'amber']);
    expect(sortWorklist([red, amber], 'received').map((i) => i.caseId)).toEqual(['amber', 'red']);
  });
});
