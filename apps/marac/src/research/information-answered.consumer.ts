import { EventEnvelope, InformationAnsweredV1, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { MaracResearch } from './marac-research.entity';

/**
 * Attaches an agency's research to its MARAC case. Answers share one topic with the front
 * door's requests; one that names no research of ours is the front door's, and not ours to read.
 */
@ApiExcludeController()
@Controller()
export class InformationAnsweredConsumer {
  @ConsumeEvent(Topics.InformationAnswered)
  async onInformationAnswered(
    @Payload() envelope: EventEnvelope<InformationAnsweredV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    const answer = envelope.payload;
    const research = await manager.findOne(MaracResearch, {
      where: { id: answer.requestId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!research || research.referralId !== answer.caseId || research.agency !== answer.agency) return;
    if (research.status === 'answered') return;
    await manager.update(
      MaracResearch,
      { id: research.id },
      {
        status: 'answered',
        answeredAt: new Date(answer.answeredAt),
        answeredBy: answer.answeredBy,
        findings: answer.subjects,
        withheld: answer.withheld,
      },
    );
  }
}
