import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WorklistChildView } from '../worklist/worklist.view';

export class EmergencyDutyRecordView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: [String] }) actions!: string[];
  @ApiProperty() summary!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recordedAt!: string;
}

/** The emergency duty team's part in a case: what it did, and when it handed over. */
export class EmergencyDutyPanel {
  @ApiPropertyOptional({ nullable: true }) handedOverAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) handedOverBy!: string | null;
  @ApiProperty({ type: [EmergencyDutyRecordView] }) records!: EmergencyDutyRecordView[];
}

export class EmergencyDutyQueueItemView {
  @ApiProperty() caseId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ enum: ['red'] }) rag!: string;
  @ApiProperty() sourceType!: string;
  @ApiProperty({ type: [String] }) concerns!: string[];
  @ApiProperty({ type: [WorklistChildView] }) children!: WorklistChildView[];
  @ApiProperty({ description: 'Due this many elapsed hours after the case landed (not office hours)' })
  deadline!: string;
  @ApiProperty({ description: 'Elapsed hours left before the deadline; negative when overdue' })
  elapsedHoursLeft!: number;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ description: 'How many entries the team has recorded; it hands over after at least one' })
  records!: number;
}

export function toEmergencyDutyRecordView(record: {
  id: string;
  actions: string[];
  summary: string;
  recordedBy: string;
  recordedAt: Date;
}): EmergencyDutyRecordView {
  return {
    id: record.id,
    actions: record.actions,
    summary: record.summary,
    recordedBy: record.recordedBy,
    recordedAt: record.recordedAt.toISOString(),
  };
}
