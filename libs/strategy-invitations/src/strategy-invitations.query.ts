import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { Clock } from '@frontdoor/calendar';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { InvitationStatus, ReceivedStrategyInvitation } from './received-strategy-invitation.entity';
import { StrategyInvitationView } from './strategy-invitation.view';
import { STRATEGY_INVITATIONS_CLOCK } from './strategy-invitations.options';

/** What this agency's practitioners read: the invitations addressed to it, each read audited. */
@Injectable()
export class StrategyInvitationsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRATEGY_INVITATIONS_CLOCK) private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** Invitations to this agency, those awaiting an answer first, soonest due first. */
  async list(reader: AuthenticatedUser, status: InvitationStatus | undefined, limit: number) {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(ReceivedStrategyInvitation, 'i')
        .where(status ? 'i.status = :status' : 'TRUE', { status })
        .orderBy(`CASE WHEN i.status = 'awaiting-confirmation' THEN 0 ELSE 1 END`, 'ASC')
        .addOrderBy('i.due_by', 'ASC')
        .limit(limit)
        .getMany();
      // Each invitation names children: reading them is recorded like any read of a child's record.
      for (const row of rows) await this.recordRead(reader, row.id, manager);
      return rows.map((row) => invitationView(row, this.clock.now()));
    });
  }

  async one(reader: AuthenticatedUser, id: string): Promise<StrategyInvitationView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(ReceivedStrategyInvitation, { id });
      if (!row) throw new NotFoundException(`No strategy discussion invitation ${id}`);
      await this.recordRead(reader, id, manager);
      return invitationView(row, this.clock.now());
    });
  }

  private recordRead(reader: AuthenticatedUser, id: string, manager: EntityManager): Promise<void> {
    return this.audit.record(
      reader,
      {
        action: 'strategy-invitation.read',
        subjectType: 'strategy-invitation',
        subjectId: id,
        reason: 'strategy discussion',
      },
      manager,
    );
  }
}

export function invitationView(row: ReceivedStrategyInvitation, now: Date): StrategyInvitationView {
  return {
    id: row.id,
    discussionId: row.discussionId,
    caseReference: row.caseReference,
    children: row.invitation.children,
    reason: row.invitation.reason,
    concernCategories: row.invitation.concernCategories,
    status: row.status,
    dueBy: row.dueBy.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    overdue: row.status === 'awaiting-confirmation' && row.dueBy.getTime() < now.getTime(),
    attendee: row.attendee,
    availability: row.availability,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    declineReason: row.declineReason,
    declinedAt: row.declinedAt?.toISOString() ?? null,
  };
}
