import { dateOfBirthAged } from '@frontdoor/calendar';
import { ConcernCategory, Rag, SourceType, StrategyReason } from '@frontdoor/contracts';
import { CreateDiscussionDto } from './dto/create-discussion.dto';

/**
 * A valid manual request about a fictional baby referred by health: social care, police and
 * health take part (no school-age child, not referred by a school). The "Try it out" body.
 */
export const EXAMPLE_DISCUSSION_REQUEST: CreateDiscussionDto = {
  caseReference: 'FD-2026-000123',
  reason: StrategyReason.SignificantHarmSuspected,
  rag: Rag.Red,
  concernCategories: [ConcernCategory.PhysicalAbuse],
  rationale: 'Unexplained bruising to a non-mobile baby seen by the health visitor.',
  children: [{ firstName: 'Robin', lastName: 'Example', dateOfBirth: dateOfBirthAged(0, 4) }],
  referrer: { organisation: 'demo-community-health-trust', sourceType: SourceType.Health },
};
