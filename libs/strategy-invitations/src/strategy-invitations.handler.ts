import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { Clock } from '@frontdoor/calendar';
import { ContractViolationError, EventEnvelope, StrategyDiscussionInvitedV1, Topics } from '@frontdoor/contracts';
import { OutboxWriter } from '@frontdoor/messaging';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { availabilityProblems } from './availability';
import { InvitationStatus, ReceivedStrategyInvitation } from './received-strategy-invitation.entity';
import { ConfirmAttendanceDto, StrategyInvitationView } from './strategy-invitation.view';
import {
  STRATEGY_INVITATIONS_CLOCK,
  STRATEGY_INVITATIONS_OPTIONS,
  StrategyInvitationsOptions,
} from './strategy-invitations.options';

/**
 * The agency's side of a strategy discussion: keep each invitation addressed to it, show them
 * to its practitioners, and send back who will attend and when they can (through the outbox).
 */
@Injectable()
export class StrategyInvitationsHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRATEGY_INVITATIONS_OPTIONS) private readonly options: StrategyInvitationsOptions,
    @Inject(STRATEGY_INVITATIONS_CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  /** Runs in the consumer's transaction (with the inbox row); the same invitation twice is kept once. */
  async receive(envelope: EventEnvelope<StrategyDiscussionInvitedV1>, manager: EntityManager): Promise<void> {
    const invitation = envelope.payload;
    if (invitation.agency !== this.options.agency) {
      throw new ContractViolationError(envelope.type, [
        { field: 'payload.agency', messages: [`this is the ${this.options.agency} service, not ${invitation.agency}`] },
      ]);
    }
    if (await manager.existsBy(ReceivedStrategyInvitation, { id: invitation.invitationId })) return;
    await manager.insert(ReceivedStrategyInvitation, {
      id: invitation.invitationId,
      discussionId: invitation.discussionId,
      caseReference: invitation.caseReference,
      invitation,
      status: 'awaiting-confirmation',
      dueBy: new Date(invitation.dueBy),
      receivedAt: this.clock.now(),
      attendee: null,
      availability: null,
      confirmedBy: null,
      confirmedAt: null,
    });
  }

  /** Invitations to this agency, those awaiting an attendee first, soonest due first. */
  async list(reader: AuthenticatedUser, status: InvitationStatus | undefined, limit: number) {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.find(ReceivedStrategyInvitation, {
        where: { status: status ? status : In(['awaiting-confirmation', 'confirmed']) },
        order: { status: 'ASC', dueBy: 'ASC' },
        take: limit,
      });
      // Each invitation names children: reading them is recorded like any read of a child's record.
      for (const row of rows) {
        await this.audit.record(
          reader,
          {
            action: 'strategy-invitation.read',
            subjectType: 'strategy-invitation',
            subjectId: row.id,
            reason: 'strategy discussion',
          },
          manager,
        );
      }
      return rows.map((row) => this.view(row));
    });
  }

  async confirm(
    practitioner: AuthenticatedUser,
    id: string,
    body: ConfirmAttendanceDto,
  ): Promise<StrategyInvitationView> {
    const problems = availabilityProblems(body.availability);
    if (problems.length > 0) {
      throw new BadRequestException({
        title: 'Availability is not usable',
        detail: 'Each window must end after it starts and be no longer than a day.',
        errors: [{ field: 'availability', messages: problems }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const received = await manager.findOne(ReceivedStrategyInvitation, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!received) throw new NotFoundException(`No strategy discussion invitation ${id}`);
      const confirmedAt = this.clock.now();
      const attendee = {
        name: body.attendee.name,
        ...(body.attendee.jobTitle && { jobTitle: body.attendee.jobTitle }),
      };
      const availability = body.availability.map(({ from, to }) => ({
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
      }));
      Object.assign(received, {
        status: 'confirmed',
        attendee,
        availability,
        confirmedBy: practitioner.subject,
        confirmedAt,
      });
      await manager.save(received);
      await this.outbox.add(manager, Topics.StrategyAttendanceConfirmed, received.discussionId, {
        invitationId: received.id,
        discussionId: received.discussionId,
        agency: this.options.agency,
        attendee,
        availability,
        confirmedBy: practitioner.subject,
        confirmedAt: confirmedAt.toISOString(),
      });
      await this.audit.record(
        practitioner,
        {
          action: 'strategy-invitation.confirmed',
          subjectType: 'strategy-invitation',
          subjectId: id,
          reason: 'strategy discussion attendance',
        },
        manager,
      );
      return this.view(received);
    });
  }

  private view(row: ReceivedStrategyInvitation): StrategyInvitationView {
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
      overdue: row.status === 'awaiting-confirmation' && row.dueBy.getTime() < this.clock.now().getTime(),
      attendee: row.attendee,
      availability: row.availability,
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
    };
  }
}
