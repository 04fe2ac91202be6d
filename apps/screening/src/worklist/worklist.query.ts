import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '@frontdoor/calendar';
import { Rag } from '@frontdoor/contracts';
import { CaseAllocation } from '../allocation/case-allocation.entity';
import { CaseChild } from '../cases/case-child.entity';
import { ScreeningCase } from '../cases/screening-case.entity';
import { ScreeningQueue } from '../rules/out-of-hours';
import { CLOCK, ScreeningPolicy } from '../screening-policy';
import { staffViews } from '../staff/staff-views';
import { WorklistItemView, childViewsOf } from './worklist.view';

export interface WorklistFilter {
  rag?: string;
  sourceType?: string;
  status?: string;
  reference?: string;
  /** A screener's subject, or `none` for the unallocated. */
  allocatedTo?: string;
  limit: number;
}

/** The `allocatedTo` filter's word for the cases nobody has been given. */
export const UNALLOCATED = 'none';

/** Open cases, soonest deadline first; on the same deadline red before amber before green. */
@Injectable()
export class WorklistQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: ScreeningPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(filter: WorklistFilter): Promise<WorklistItemView[]> {
    const query = this.dataSource
      .createQueryBuilder(ScreeningCase, 'c')
      .where('c.status IN (:...statuses)', {
        statuses: filter.status ? [filter.status] : ['open', 'awaiting-approval'],
      })
      // The emergency duty team's cases join the worklist when it hands them over.
      .andWhere('c.queue = :queue', { queue: ScreeningQueue.FrontDoor })
      .orderBy('c.decision_deadline', 'ASC')
      .addOrderBy(`CASE c.rag WHEN 'red' THEN 0 WHEN 'amber' THEN 1 ELSE 2 END`, 'ASC')
      .addOrderBy('c.received_at', 'ASC')
      .limit(filter.limit);
    if (filter.rag) query.andWhere('c.rag = :rag', { rag: filter.rag });
    if (filter.reference) query.andWhere('c.contact_reference = :reference', { reference: filter.reference });
    if (filter.sourceType) query.andWhere('c.source_type = :sourceType', { sourceType: filter.sourceType });
    if (filter.allocatedTo === UNALLOCATED) {
      query.andWhere('NOT EXISTS (SELECT 1 FROM case_allocations a WHERE a.case_id = c.id)');
    } else if (filter.allocatedTo) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM case_allocations a WHERE a.case_id = c.id AND a.screener_subject = :screener)',
        { screener: filter.allocatedTo },
      );
    }
    const cases = await query.getMany();
    const allocations = cases.length
      ? await this.dataSource.manager.findBy(CaseAllocation, { caseId: In(cases.map((c) => c.id)) })
      : [];
    const screeners = await staffViews(
      this.dataSource.manager,
      allocations.map((allocation) => allocation.screenerSubject),
    );
    const children = cases.length
      ? await this.dataSource.manager.find(CaseChild, {
          where: { caseId: In(cases.map((c) => c.id)) },
          order: { position: 'ASC' },
        })
      : [];
    const now = this.clock.now();
    const overdueRequests: { caseId: string; agency: string }[] = cases.length
      ? await this.dataSource.query(
          `SELECT case_id AS "caseId", agency FROM information_requests
            WHERE case_id = ANY($1::uuid[]) AND status = 'requested'
              AND (respond_by < $2 OR escalated_at IS NOT NULL) ORDER BY agency`,
          [cases.map((c) => c.id), now],
        )
      : [];
    return cases.map((c) => {
      const hoursLeft = this.policy.calendar.workingHoursBetween(now, c.decisionDeadline);
      const allocation = allocations.find((a) => a.caseId === c.id);
      return {
        caseId: c.id,
        contactId: c.contactId,
        reference: c.contactReference,
        receivedAt: c.receivedAt.toISOString(),
        status: c.status,
        rag: c.rag,
        sourceType: c.sourceType,
        cinReferralSource: c.cinReferralSource,
        concerns: c.concernCategories,
        reReferral: c.reReferral,
        children: childViewsOf(c.id, children),
        decisionDeadline: c.decisionDeadline.toISOString(),
        workingHoursLeft: Math.round(hoursLeft * 100) / 100,
        overdue: c.decisionDeadline.getTime() < now.getTime(),
        nearDeadline: this.policy.standing(c.rag as Rag, c.decisionDeadline, now) === 'near',
        allocatedTo: allocation ? screeners.get(allocation.screenerSubject)! : null,
        overdueInformationRequests: overdueRequests.filter((r) => r.caseId === c.id).map((r) => r.agency),
      };
    });
  }
}
