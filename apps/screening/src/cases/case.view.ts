import { AdultV1, ChildV1, ContactChannel, ReferrerV1 } from '@frontdoor/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseAllocationView } from '../allocation/allocation.view';
import { EmergencyDutyPanel } from '../emergency-duty/emergency-duty.view';
import { InformationRequestView } from '../information-requests/information-request.view';
import { DeadlineClock, ScreeningQueue } from '../rules/out-of-hours';
import type { LevelSuggestion } from '../thresholds/suggest-level';

export class PreviousCaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() status!: string;
  @ApiPropertyOptional({ nullable: true }) outcome!: string | null;
  @ApiPropertyOptional({ nullable: true }) decidedAt!: string | null;
}

export class CaseChildView {
  @ApiProperty() childId!: string;
  @ApiProperty() personId!: string;
  @ApiProperty({ enum: ['nhs-number', 'upn', 'name-dob-postcode', 'new-person'] }) matchedOn!: string;
  @ApiPropertyOptional({ nullable: true }) matchNote!: string | null;
  @ApiProperty({ type: () => ChildV1 }) details!: ChildV1;
  @ApiProperty({ type: [PreviousCaseView], description: "The child's earlier contacts, newest first" })
  history!: PreviousCaseView[];
}

export class DecisionView {
  @ApiProperty() id!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty() levelOfNeed!: number;
  @ApiProperty() suggestedLevel!: number;
  @ApiProperty() rationale!: string;
  @ApiProperty() childsVoiceConsidered!: boolean;
  @ApiPropertyOptional({ nullable: true }) childsVoiceSummary!: string | null;
  @ApiProperty() referrerFeedback!: string;
  @ApiProperty() decidedBy!: string;
  @ApiProperty() decidedAt!: string;
  @ApiProperty({ enum: ['awaiting-approval', 'approved', 'returned'] }) status!: string;
  @ApiPropertyOptional({ nullable: true }) reviewedBy!: string | null;
  @ApiPropertyOptional({ nullable: true }) reviewedAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) returnReason!: string | null;
}

export class JointDecisionViewItem {
  @ApiProperty() party!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recommendedOutcome!: string;
  @ApiProperty() riskLevel!: string;
  @ApiProperty() rationale!: string;
  @ApiProperty() recordedAt!: string;
}

export class JointDecisionPanel {
  @ApiProperty({ enum: ['awaiting-views', 'agreed', 'disagreed'] }) status!: string;
  @ApiPropertyOptional({ nullable: true }) outcome!: string | null;
  @ApiPropertyOptional({ nullable: true }) riskLevel!: string | null;
  @ApiPropertyOptional({ nullable: true }) sealedAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) escalatedAt!: string | null;
  @ApiProperty({ type: [JointDecisionViewItem] }) views!: JointDecisionViewItem[];
}

/** For a contact the front door logged: who logged it, and how it came. */
export class RecordedByView {
  @ApiProperty({ example: 'demo-screener-1' }) subject!: string;
  @ApiPropertyOptional({ example: 'Sasha Screener (demo)' }) name?: string;
  @ApiProperty({ example: 'trafford-cs' }) organisation!: string;
  @ApiProperty({ enum: ContactChannel, example: ContactChannel.Phone }) channel!: ContactChannel;
}

export class CaseView {
  @ApiProperty() id!: string;
  @ApiProperty() contactId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ enum: ['open', 'awaiting-approval', 'decided'] }) status!: string;
  @ApiProperty() sourceType!: string;
  @ApiProperty() cinReferralSource!: string;
  @ApiProperty() referrerOrganisation!: string;
  @ApiProperty({ type: () => ReferrerV1 }) referrer!: ReferrerV1;
  @ApiPropertyOptional({
    type: () => RecordedByView,
    nullable: true,
    description: 'Only when a screener or manager logged the contact for the referrer',
  })
  recordedBy!: RecordedByView | null;
  @ApiProperty({ type: [CaseChildView] }) children!: CaseChildView[];
  @ApiProperty({ type: () => AdultV1, isArray: true }) adults!: AdultV1[];
  @ApiProperty({ type: [String] }) concerns!: string[];
  @ApiProperty() narrative!: string;
  @ApiProperty() immediateDanger!: boolean;
  @ApiProperty() familyAwareness!: string;
  @ApiPropertyOptional({ nullable: true }) actionTakenSoFar!: string | null;
  @ApiProperty() rag!: string;
  @ApiProperty({ type: [String] }) ragReasons!: string[];
  @ApiProperty() decisionDeadline!: string;
  @ApiPropertyOptional({ type: CaseAllocationView, nullable: true, description: 'The screener the case is with' })
  allocation!: CaseAllocationView | null;
  @ApiProperty({ enum: ScreeningQueue, description: "The emergency duty team's until it hands the case over" })
  queue!: ScreeningQueue;
  @ApiProperty({ enum: DeadlineClock, description: 'What the decision deadline counts' })
  deadlineClock!: DeadlineClock;
  @ApiPropertyOptional({ type: () => EmergencyDutyPanel, nullable: true, description: 'Null when EDT had no part' })
  emergencyDuty!: EmergencyDutyPanel | null;
  @ApiProperty() reReferral!: boolean;
  @ApiPropertyOptional({ nullable: true }) previousReferralCaseId!: string | null;
  @ApiProperty({ description: 'Threshold guidance: suggested level, matched indicators and reasons' })
  levelSuggestion!: LevelSuggestion;
  @ApiProperty({ type: [DecisionView], description: 'Every decision made on the case, oldest first' })
  decisions!: DecisionView[];
  @ApiProperty({ type: [InformationRequestView], description: 'What each agency was asked, and its answer' })
  informationRequests!: InformationRequestView[];
  @ApiPropertyOptional({ nullable: true, description: 'For police and DA contacts: status, outcome and every view' })
  jointDecision!: JointDecisionPanel | null;
}
