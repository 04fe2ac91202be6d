import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { StaffView } from '../allocation/allocation.view';
import type { CaseChild } from '../cases/case-child.entity';

export class WorklistChildView {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ nullable: true }) dateOfBirth!: string | null;
}

/** The children of one case, as a list shows them, from children loaded for many cases. */
export function childViewsOf(caseId: string, children: readonly CaseChild[]): WorklistChildView[] {
  return children
    .filter((child) => child.caseId === caseId)
    .map((child) => ({
      personId: child.personId,
      name: `${child.details.firstName} ${child.details.lastName}`,
      dateOfBirth: child.details.dateOfBirth ?? null,
    }));
}

export class WorklistItemView {
  @ApiProperty() caseId!: string;
  @ApiProperty() contactId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ enum: ['open', 'awaiting-approval'] }) status!: string;
  @ApiProperty({ enum: ['red', 'amber', 'green'] }) rag!: string;
  @ApiProperty() sourceType!: string;
  @ApiProperty() cinReferralSource!: string;
  @ApiProperty({ type: [String] }) concerns!: string[];
  @ApiProperty() reReferral!: boolean;
  @ApiProperty({ type: [WorklistChildView] }) children!: WorklistChildView[];
  @ApiProperty() decisionDeadline!: string;
  @ApiProperty({ description: 'Working hours left before the deadline; negative when overdue' })
  workingHoursLeft!: number;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ description: 'Not yet overdue, with a quarter or less of its RAG’s time left (NEAR_DEADLINE_SHARE)' })
  nearDeadline!: boolean;
  @ApiPropertyOptional({ type: StaffView, nullable: true, description: 'The screener the case is with' })
  allocatedTo!: StaffView | null;
  @ApiProperty({ description: 'Agencies that have not answered by their deadline' })
  overdueInformationRequests!: string[];
}
