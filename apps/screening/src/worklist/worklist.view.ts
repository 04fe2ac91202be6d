import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { StaffView } from '../allocation/allocation.view';

export class WorklistChildView {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ nullable: true }) dateOfBirth!: string | null;
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
