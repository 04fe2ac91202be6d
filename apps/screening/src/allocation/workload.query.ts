import { Role } from '@frontdoor/auth';
import { Rag } from '@frontdoor/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { workloadLines } from '../rules/deadline-standing';
import { CLOCK, Clock, ScreeningPolicy } from '../screening-policy';
import { staffViews } from '../staff/staff-views';
import { WorkloadView } from './allocation.view';

/** Each screener's undecided cases, how many are near or past their deadline, and what nobody has yet. */
@Injectable()
export class WorkloadQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: ScreeningPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async read(): Promise<WorkloadView> {
    const now = this.clock.now();
    const screeners: { subject: string }[] = await this.dataSource.query(
      `SELECT subject FROM front_door_staff WHERE $1 = ANY(roles) ORDER BY name, subject`,
      [Role.Screener],
    );
    const cases: { screener: string | null; rag: Rag; deadline: Date }[] = await this.dataSource.query(
      `SELECT a.screener_subject AS screener, c.rag, c.decision_deadline AS deadline
         FROM screening_cases c LEFT JOIN case_allocations a ON a.case_id = c.id
        WHERE c.status IN ('open', 'awaiting-approval')`,
    );
    const lines = workloadLines(
      screeners.map((row) => row.subject),
      cases.map((row) => ({
        screener: row.screener,
        standing: this.policy.standing(row.rag, new Date(row.deadline), now),
      })),
    );
    const names = await staffViews(
      this.dataSource.manager,
      lines.flatMap((line) => (line.screener ? [line.screener] : [])),
    );
    return {
      nearDeadlineShare: this.policy.nearDeadlineShare,
      lines: lines.map((line) => ({
        screener: line.screener ? names.get(line.screener)! : null,
        cases: line.cases,
        nearDeadline: line.near,
        pastDeadline: line.past,
      })),
    };
  }
}
