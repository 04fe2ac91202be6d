import { londonDateFromToday } from '@frontdoor/calendar';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { InformationRequestedV1, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';

export class InformationRequestSummary {
  @ApiProperty() id!: string;
  @ApiProperty() caseReference!: string;
  @ApiProperty({ enum: ['awaiting-review', 'answered'] }) status!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() respondBy!: string;
  @ApiProperty() overdue!: boolean;
  @ApiPropertyOptional({ nullable: true }) answeredAt!: string | null;
  @ApiProperty({ type: [String] }) datasets!: string[];
  @ApiProperty() subjectCount!: number;
}

export class InformationRequestDetail extends InformationRequestSummary {
  @ApiProperty({ description: 'The request as received: people, question, lawful basis, requesting officer' })
  request!: InformationRequestedV1;
  @ApiPropertyOptional({ description: 'What the records would share, for the practitioner to review' })
  proposed?: { subjects: SubjectAnswerV1[]; withheld: WithheldV1[] };
  @ApiPropertyOptional({ description: 'What was shared and withheld, once answered' })
  disclosure?: { shared: SubjectAnswerV1[]; withheld: WithheldV1[]; answeredBy: string; disclosedAt: string };
}

/** A practitioner's answer: facts per person, and what is withheld and why. */
export class ManualAnswerDto {
  @ApiProperty({
    example: [
      {
        subjectRef: 'child-1',
        known: true,
        findings: [
          {
            dataset: 'incidents',
            summary: 'Police attended a domestic incident at the home',
            occurredAt: londonDateFromToday(-40),
          },
        ],
      },
    ],
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SubjectAnswerV1)
  subjects!: SubjectAnswerV1[];

  @ApiProperty({ example: [{ what: 'open investigation', reason: 'operationally sensitive' }] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => WithheldV1)
  withheld!: WithheldV1[];
}
