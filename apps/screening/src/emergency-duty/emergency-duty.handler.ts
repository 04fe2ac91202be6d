import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { Clock } from '@frontdoor/calendar';
import { Rag } from '@frontdoor/contracts';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ScreeningCase } from '../cases/screening-case.entity';
import { responseDeadline } from '../rag/response-deadline';
import { DeadlineClock, ScreeningQueue } from '../rules/out-of-hours';
import { CLOCK, ScreeningPolicy } from '../screening-policy';
import { RecordEmergencyDutyDto } from './dto/record-emergency-duty.dto';
import { EmergencyDutyRecord } from './emergency-duty-record.entity';

/**
 * The emergency duty team records what it did for a child out of hours and hands the case to the
 * front door, whose office-hours deadline then starts from the hand-over.
 */
@Injectable()
export class EmergencyDutyHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly policy: ScreeningPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(worker: AuthenticatedUser, caseId: string, input: RecordEmergencyDutyDto): Promise<EmergencyDutyRecord> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockCaseInQueue(manager, caseId);
      const record = manager.create(EmergencyDutyRecord, {
        id: randomUUID(),
        caseId,
        actions: input.actions,
        summary: input.summary,
        recordedBy: worker.subject,
        recordedAt: this.clock.now(),
      });
      await manager.insert(EmergencyDutyRecord, record);
      await this.audit.record(
        worker,
        {
          action: 'case.emergency-duty.recorded',
          subjectType: 'case',
          subjectId: caseId,
          reason: `emergency duty: ${input.actions.join(', ')}`,
        },
        manager,
      );
      return record;
    });
  }

  async handOver(worker: AuthenticatedUser, caseId: string): Promise<ScreeningCase> {
    return this.dataSource.transaction(async (manager) => {
      const screeningCase = await this.lockCaseInQueue(manager, caseId);
      // The front door must be able to read what was done before it takes the case on.
      if (!(await manager.existsBy(EmergencyDutyRecord, { caseId }))) {
        throw new ConflictException({
          title: 'Record what the emergency duty team did first',
          detail: `Case ${screeningCase.contactReference} has no emergency duty record yet.`,
        });
      }
      const now = this.clock.now();
      const changes = {
        queue: ScreeningQueue.FrontDoor,
        deadlineClock: DeadlineClock.OfficeHours,
        decisionDeadline: responseDeadline(
          this.policy.calendar,
          now,
          screeningCase.rag as Rag,
          this.policy.responseHours,
        ),
        handedOverAt: now,
        handedOverBy: worker.subject,
      };
      await manager.update(ScreeningCase, { id: caseId }, changes);
      await this.audit.record(
        worker,
        {
          action: 'case.emergency-duty.handed-over',
          subjectType: 'case',
          subjectId: caseId,
          reason: 'handed to the front door',
        },
        manager,
      );
      return Object.assign(screeningCase, changes);
    });
  }

  private async lockCaseInQueue(manager: EntityManager, caseId: string): Promise<ScreeningCase> {
    const found = await manager.findOne(ScreeningCase, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new NotFoundException(`No case ${caseId}`);
    if (found.queue !== ScreeningQueue.EmergencyDutyTeam) {
      throw new ConflictException({
        title: 'Case is not in the emergency duty team’s queue',
        detail: `Case ${found.contactReference} is the front door’s${found.handedOverAt ? ': it was handed over' : ''}.`,
      });
    }
    return found;
  }
}
