import { redactRestricted } from './redact-restricted';

describe('redactRestricted', () => {
  const subject = (summaries: string[]) => ({
    subjectRef: 'child-1',
    known: true,
    findings: summaries.map((summary) => ({ dataset: 'incidents' as const, summary })),
  });

  it('removes any finding that carries a restricted value, whatever its spacing or case', () => {
    const result = redactRestricted(
      [subject(['Attended incident 2026-01-02', 'Moved to 4 Refuge Lane, m33 9zz'])],
      [],
      ['4 Refuge Lane', 'M33 9ZZ'],
    );
    expect(result.subjects[0].findings.map((f) => f.summary)).toEqual(['Attended incident 2026-01-02']);
    expect(result.removed).toBe(1);
    expect(result.withheld).toEqual([
      { what: '1 finding(s)', reason: 'contained restricted information that this agency does not share' },
    ]);
  });

  it('searches the detail as well as the summary', () => {
    const leaky = subject(['Incident']);
    leaky.findings[0] = { ...leaky.findings[0], detail: 'Victim now at 4 Refuge Lane' } as never;
    expect(redactRestricted([leaky], [], ['4 refuge lane']).subjects[0].findings).toEqual([]);
  });

  it('leaves answers without restricted values alone, and ignores values too short to mean anything', () => {
    const answer = [subject(['Attended incident', 'Warning marker: weapons'])];
    const result = redactRestricted(answer, [{ what: 'x', reason: 'y' }], ['', 'a1']);
    expect(result.subjects).toEqual(answer);
    expect(result.withheld).toEqual([{ what: 'x', reason: 'y' }]);
    expect(result.removed).toBe(0);
  });
});
