import { EventEnvelope, InformationAnsweredV1, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { InformationRequest } from './information-request.entity';

/** Attaches each agency's answer to the case as it arrives. */
@ApiExcludeController()
@Controller()
export class InformationAnsweredConsumer {
  private readonly logger = new Logger(InformationAnsweredConsumer.name);

  @ConsumeEvent(Topics.InformationAnswered)
  async onInformationAnswered(
    @Payload() envelope: EventEnvelope<InformationAnsweredV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    const answer = envelope.payload;
    const request = await manager.findOne(InformationRequest, {
      where: { id: answer.requestId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request || request.caseId !== answer.caseId || request.agency !== answer.agency) {
      // Answers share one topic with MARAC's research requests: those are MARAC's to read.
      this.logger.debug(`answer ${envelope.eventId} matches no request of ours; ignored`);
      return;
    }
    if (request.status === 'answered') return;
    await manager.update(
      InformationRequest,
      { id: request.id },
      {
        status: 'answered',
        answeredAt: new Date(answer.answeredAt),
        answeredBy: answer.answeredBy,
        answerSubjects: answer.subjects,
        answerWithheld: answer.withheld,
      },
    );
  }
}
