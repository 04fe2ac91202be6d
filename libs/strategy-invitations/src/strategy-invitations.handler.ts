import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { Clock } from '@frontdoor/calendar';
import { ContractViolationError, EventEnvelope, StrategyDiscussionInvitedV1, Topics } from '@frontdoor/contracts';
import { OutboxWriter } from '@frontdoor/messaging';
import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { availabilityProblems } from './availability';
import { ReceivedStrategyInvitation } from './received-strategy-invitation.entity';
import { ConfirmAttendanceDto, DeclineInvitationDto, StrategyInvitationView } from './strategy-invitation.view';
import { invitationView } from './strategy-invitations.query';
import {
  STRATEGY_INVITATIONS_CLOCK,
  STRATEGY_INVITATIONS_OPTIONS,
  StrategyInvitationsOptions,
} from './strategy-invitations.options';

/**
 * The agency's side of a strategy discussion: keep each invitation addressed to it, and send back
 * its answer through the outbox: who will attend and when they can, or that it declines and why.
 * One answer stands at a time; a later one replaces it (an attendee falls ill, someone is found).
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
      declineReason: null,
      declinedBy: null,
      declinedAt: null,
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
      const received = await this.locked(manager, id);
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
        declineReason: null,
        declinedBy: null,
        declinedAt: null,
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
      return invitationView(received, confirmedAt);
    });
  }

  /** The agency will not attend: the reason goes to the chair, and any attendee named before is withdrawn. */
  async decline(
    practitioner: AuthenticatedUser,
    id: string,
    body: DeclineInvitationDto,
  ): Promise<StrategyInvitationView> {
    return this.dataSource.transaction(async (manager) => {
      const received = await this.locked(manager, id);
      if (received.status === 'declined') {
        // A second decline (a double submit) would tell the chair nothing new.
        throw new ConflictException({
          title: 'Already declined',
          detail: 'Your agency has already declined this invitation. To attend after all, name who will attend.',
        });
      }
      const declinedAt = this.clock.now();
      Object.assign(received, {
        status: 'declined',
        attendee: null,
        availability: null,
        confirmedBy: null,
        confirmedAt: null,
        declineReason: body.reason,
        declinedBy: practitioner.subject,
        declinedAt,
      });
      await manager.save(received);
      await this.outbox.add(manager, Topics.StrategyInvitationDeclined, received.discussionId, {
        invitationId: received.id,
        discussionId: received.discussionId,
        agency: this.options.agency,
        reason: body.reason,
        declinedBy: practitioner.subject,
        declinedAt: declinedAt.toISOString(),
      });
      await this.audit.record(
        practitioner,
        {
          action: 'strategy-invitation.declined',
          subjectType: 'strategy-invitation',
          subjectId: id,
          reason: 'strategy discussion attendance',
        },
        manager,
      );
      return invitationView(received, declinedAt);
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<ReceivedStrategyInvitation> {
    const received = await manager.findOne(ReceivedStrategyInvitation, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!received) throw new NotFoundException(`No strategy discussion invitation ${id}`);
    return received;
  }
}
