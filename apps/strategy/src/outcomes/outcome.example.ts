import { Participant } from '../participants/participant-rules';
import { RecordOutcomeDto } from './dto/record-outcome.dto';
import { StrategyOutcome } from './outcome-rules';

/** A joint s47 outcome on a discussion with social care, police and health (the example request's). */
export const EXAMPLE_OUTCOME: RecordOutcomeDto = {
  outcome: StrategyOutcome.S47Joint,
  rationale: 'Threshold for s47 met: unexplained injury to a non-mobile baby. Joint enquiry with police.',
  views: [
    { participant: Participant.ChildrensSocialCare, attendee: 'Morgan Manager', view: StrategyOutcome.S47Joint },
    {
      participant: Participant.Police,
      attendee: 'DS Jo Bloggs',
      view: StrategyOutcome.S47Joint,
      comment: 'Will investigate jointly and speak to both parents.',
    },
    {
      participant: Participant.Health,
      attendee: 'Hana Healthwell',
      view: StrategyOutcome.S47Joint,
      comment: 'Child protection medical arranged for today.',
    },
  ],
};
