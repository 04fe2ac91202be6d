import { Clock } from '@frontdoor/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CaseChild } from '../cases/case-child.entity';
import { ScreeningCase } from '../cases/screening-case.entity';
import { ScreeningQueue, elapsedHoursLeft } from '../rules/out-of-hours';
import { CLOCK } from '../screening-policy';
import { childViewsOf } from '../worklist/worklist.view';
import { EmergencyDutyQueueItemView } from './emergency-duty.view';

/** The emergency duty team's cases not yet handed over, soonest deadline first. */
@Injectable()
export class EmergencyDutyQueueQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(limit: number): Promise<EmergencyDutyQueueItemView[]> {
    const manager = this.dataSource.manager;
    const cases = await manager.find(ScreeningCase, {
      where: { queue: ScreeningQueue.EmergencyDutyTeam, status: 'open' },
      order: { decisionDeadline: 'ASC', receivedAt: 'ASC' },
      take: limit,
    });
    const ids = cases.map((c) => c.id);
    const [children, recordCounts] = ids.length
      ? await Promise.all([
          manager.find(CaseChild, { where: { caseId: In(ids) }, order: { position: 'ASC' } }),
          this.dataSource.query(
            `SELECT case_id AS "caseId", count(*)::int AS count FROM emergency_duty_records
              WHERE case_id = ANY($1::uuid[]) GROUP BY case_id`,
            [ids],
          ) as Promise<{ caseId: string; count: number }[]>,
        ])
      : [[], []];
    const now = this.clock.now();
    return cases.map((c) => ({
      caseId: c.id,
      reference: c.contactReference,
      receivedAt: c.receivedAt.toISOString(),
      rag: c.rag,
      sourceType: c.sourceType,
      concerns: c.concernCategories,
      children: childViewsOf(c.id, children),
      deadline: c.decisionDeadline.toISOString(),
      elapsedHoursLeft: elapsedHoursLeft(now, c.decisionDeadline),
      overdue: c.decisionDeadline.getTime() < now.getTime(),
      records: recordCounts.find((row) => row.caseId === c.id)?.count ?? 0,
    }));
  }
}
