import { Agency } from '@frontdoor/auth';
import { EventEnvelope, ScreeningDecidedV1, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { ReferHandler } from './refer.handler';

/**
 * Kafka edge: a front-door decision that refers the household's domestic abuse to MARAC becomes a
 * referral on the front door's professional judgement (one per decided case). Decisions without
 * a MARAC referral are not MARAC business.
 */
@ApiExcludeController()
@Controller()
export class ScreeningDecidedConsumer {
  constructor(private readonly refer: ReferHandler) {}

  @ConsumeEvent(Topics.ScreeningDecided)
  async onScreeningDecided(
    @Payload() envelope: EventEnvelope<ScreeningDecidedV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    const decision = envelope.payload;
    if (!decision.maracReferral) return;
    const { victim, perpetrator, professionalJudgementReason } = decision.maracReferral;
    await this.refer.refer(
      manager,
      { subject: decision.approvedBy, roles: [], agency: Agency.ChildrenSocialCare, organisation: 'front door' },
      {
        source: 'screening-decision',
        screeningCaseId: decision.caseId,
        victim,
        perpetrator,
        childrenInHousehold: decision.children.map(({ firstName, lastName, dateOfBirth, nhsNumber, upn }) => ({
          firstName,
          lastName,
          ...(dateOfBirth && { dateOfBirth }),
          ...(nhsNumber && { nhsNumber }),
          ...(upn && { upn }),
        })),
        referringAgency: Agency.ChildrenSocialCare,
        professionalJudgementReason,
        occurredAt: new Date(decision.decidedAt),
      },
    );
  }
}
