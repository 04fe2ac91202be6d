import { Agency } from '@frontdoor/auth';
import { EventEnvelope, ScreeningDecidedV1, ScreeningOutcome, StrategyReason, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { OpenDiscussionHandler } from './open-discussion.handler';

const REASONS: Partial<Record<ScreeningOutcome, StrategyReason>> = {
  [ScreeningOutcome.StrategyDiscussion]: StrategyReason.SignificantHarmSuspected,
  [ScreeningOutcome.ImmediateProtection]: StrategyReason.ImmediateProtection,
};

/**
 * Kafka edge: a signed-off decision for a strategy discussion (or immediate protection) opens one,
 * in the event's transaction. The inbox drops a redelivery; the case id a second decision.
 */
@ApiExcludeController()
@Controller()
export class ScreeningDecidedConsumer {
  constructor(private readonly openDiscussion: OpenDiscussionHandler) {}

  @ConsumeEvent(Topics.ScreeningDecided)
  async onDecided(
    @Payload() envelope: EventEnvelope<ScreeningDecidedV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    const decision = envelope.payload;
    const reason = REASONS[decision.outcome];
    if (!reason) return;
    if (await this.openDiscussion.firstOnCase(manager, decision.caseId)) return;
    await this.openDiscussion.open(
      manager,
      { subject: decision.approvedBy, roles: [], agency: Agency.ChildrenSocialCare, organisation: 'front-door' },
      {
        caseId: decision.caseId,
        caseReference: decision.contactReference,
        origin: 'screening-decision',
        reason,
        rag: decision.rag,
        concernCategories: decision.concernCategories,
        rationale: decision.rationale,
        children: decision.children.map(({ personId, firstName, lastName, dateOfBirth }) => ({
          personId,
          firstName,
          lastName,
          ...(dateOfBirth && { dateOfBirth }),
        })),
        referrer: { organisation: decision.referrerOrganisation, sourceType: decision.sourceType },
        // The clock starts when the manager signed the decision off, not when this service heard.
        askedAt: new Date(decision.decidedAt),
        requestedBy: decision.approvedBy,
      },
      envelope.correlationId,
    );
  }
}
