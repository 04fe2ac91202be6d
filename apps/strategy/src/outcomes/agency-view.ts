import { Participant } from '../participants/participant-rules';
import { StrategyOutcome } from './outcome-rules';

/** One agency's view at the discussion, as recorded by the chair. */
export interface AgencyViewRecord {
  participant: Participant;
  attendee?: string;
  view: StrategyOutcome;
  comment?: string;
}
