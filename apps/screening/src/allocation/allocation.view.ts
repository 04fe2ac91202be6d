import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class StaffView {
  @ApiProperty({ example: 'demo-screener-1' }) subject!: string;
  @ApiProperty({ example: 'Sasha Screener (demo)' }) name!: string;
}

/** Who a case is with, on the case itself. */
export class CaseAllocationView {
  @ApiProperty({ type: StaffView }) screener!: StaffView;
  @ApiProperty({ type: StaffView }) allocatedBy!: StaffView;
  @ApiProperty() allocatedAt!: string;
}

export class AllocationView extends CaseAllocationView {
  @ApiProperty() caseId!: string;
  @ApiPropertyOptional({ type: StaffView, nullable: true, description: 'Who had the case before this move' })
  previousScreener!: StaffView | null;
}

export class WorkloadLineView {
  @ApiPropertyOptional({ type: StaffView, nullable: true, description: 'null: the cases nobody has been given' })
  screener!: StaffView | null;
  @ApiProperty({ description: 'Cases not yet decided: open, or waiting for sign-off' }) cases!: number;
  @ApiProperty({ description: 'Of those, how many have a quarter or less of their RAG’s time left' })
  nearDeadline!: number;
  @ApiProperty({ description: 'Of those, how many are past their decision deadline' }) pastDeadline!: number;
}

export class WorkloadView {
  @ApiProperty({ type: [WorkloadLineView], description: 'Every known screener, then the unallocated cases' })
  lines!: WorkloadLineView[];
  @ApiProperty({ description: 'The share of a RAG’s time left at which a case counts as near its deadline' })
  nearDeadlineShare!: number;
}
