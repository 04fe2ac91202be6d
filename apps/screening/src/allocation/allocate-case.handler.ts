import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, Role } from '@frontdoor/auth';
import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScreeningCase } from '../cases/screening-case.entity';
import { CLOCK, Clock } from '../screening-policy';
import { StaffMember } from '../staff/staff-member.entity';
import { staffViews } from '../staff/staff-views';
import { AllocationView } from './allocation.view';
import { CaseAllocation } from './case-allocation.entity';
import { AllocateCaseDto } from './dto/allocate-case.dto';

/**
 * A manager gives a case to a screener, or moves it to another. The case row is locked for the
 * change, so two managers moving the same case at once are applied one after the other and the
 * audit trail tells the moves in the order they happened.
 */
@Injectable()
export class AllocateCaseHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async allocate(manager: AuthenticatedUser, caseId: string, input: AllocateCaseDto): Promise<AllocationView> {
    return this.dataSource.transaction(async (tx) => {
      const found = await tx.findOne(ScreeningCase, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw new NotFoundException(`No case ${caseId}`);
      if (found.status === 'decided') {
        throw new ConflictException({
          title: 'Case is closed',
          detail: `Case ${found.contactReference} is decided; a closed case is not allocated.`,
        });
      }
      const screener = await tx.findOneBy(StaffMember, { subject: input.screener });
      if (!screener?.roles.includes(Role.Screener)) {
        const message = screener
          ? `${screener.name} is not a screener`
          : `${input.screener} has not signed in as a screener`;
        throw new BadRequestException({
          title: 'Invalid request',
          detail: `${message}; nothing was changed.`,
          errors: [{ field: 'screener', messages: [message] }],
        });
      }
      const current = await tx.findOneBy(CaseAllocation, { caseId });
      if (current?.screenerSubject === screener.subject) {
        throw new ConflictException({
          title: 'Already allocated',
          detail: `Case ${found.contactReference} is already with ${screener.name}.`,
        });
      }
      const allocatedAt = this.clock.now();
      await tx.save(CaseAllocation, {
        caseId,
        screenerSubject: screener.subject,
        allocatedBy: manager.subject,
        allocatedAt,
      });
      const why = input.reason?.trim();
      await this.audit.record(
        manager,
        {
          action: current ? 'case.moved' : 'case.allocated',
          subjectType: 'case',
          subjectId: caseId,
          reason: [current ? `from ${current.screenerSubject} to ${screener.subject}` : `to ${screener.subject}`, why]
            .filter(Boolean)
            .join(': '),
        },
        tx,
      );
      const names = await staffViews(tx, [manager.subject, ...(current ? [current.screenerSubject] : [])]);
      return {
        caseId,
        screener: { subject: screener.subject, name: screener.name },
        allocatedBy: names.get(manager.subject)!,
        allocatedAt: allocatedAt.toISOString(),
        previousScreener: current ? names.get(current.screenerSubject)! : null,
      };
    });
  }
}
