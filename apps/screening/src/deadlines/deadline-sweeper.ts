import { Clock } from '@frontdoor/calendar';
import { InformationAgency, Topics } from '@frontdoor/contracts';
import { OutboxWriter } from '@frontdoor/messaging';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ScreeningCase } from '../cases/screening-case.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { CLOCK } from '../screening-policy';
import { Deadline } from './deadline.entity';

/**
 * Fires deadlines that have passed. Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas
 * share the work and each deadline fires once; effects leave through the outbox.
 */
@Injectable()
export class DeadlineSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineSweeper.name);
  private timer?: NodeJS.Timeout;
  private readonly intervalMs = Number(process.env.DEADLINE_SWEEP_MS ?? 5000);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      this.sweep()
        .catch((error: Error) => this.logger.warn(`deadline sweep failed: ${error.message}`))
        .finally(() => {
          this.timer = setTimeout(tick, this.intervalMs);
          this.timer.unref();
        });
    };
    this.timer = setTimeout(tick, this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  /** Fires everything due at `now`; returns how many fired. Tests pass their own `now`. */
  async sweep(now: Date = this.clock.now()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .createQueryBuilder(Deadline, 'deadline')
        .where('deadline.fired_at IS NULL AND deadline.due_at <= :now', { now })
        .orderBy('deadline.due_at')
        .limit(100)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const deadline of due) {
        await this.fire(manager, deadline, now);
        await manager.update(Deadline, { id: deadline.id }, { firedAt: now });
      }
      return due.length;
    });
  }

  private async fire(manager: EntityManager, deadline: Deadline, now: Date): Promise<void> {
    switch (deadline.kind) {
      case 'information-request-response':
        return this.escalateUnansweredRequest(manager, deadline.subjectId, now);
    }
  }

  private async escalateUnansweredRequest(manager: EntityManager, requestId: string, now: Date): Promise<void> {
    const request = await manager.findOneBy(InformationRequest, { id: requestId });
    if (!request || request.status === 'answered' || request.escalatedAt) return;
    await manager.update(InformationRequest, { id: requestId }, { escalatedAt: now });
    const screeningCase = await manager.findOneByOrFail(ScreeningCase, { id: request.caseId });
    await this.outbox.add(
      manager,
      Topics.InformationRequestOverdue,
      request.caseId,
      {
        requestId,
        caseId: request.caseId,
        caseReference: screeningCase.contactReference,
        agency: request.agency as InformationAgency,
        respondBy: request.respondBy.toISOString(),
        escalatedAt: now.toISOString(),
      },
      screeningCase.correlationId,
    );
  }
}
