import { AnsweredByV1, LawfulBasisV1, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InformationRequest } from './information-request.entity';

export class InformationRequestView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['police', 'health', 'education'] }) agency!: string;
  @ApiProperty({ enum: ['requested', 'answered'] }) status!: string;
  @ApiProperty() question!: string;
  @ApiProperty({ type: [String] }) datasets!: string[];
  @ApiProperty() lawfulBasis!: LawfulBasisV1;
  @ApiProperty() requestedBy!: string;
  @ApiProperty() requestedAt!: string;
  @ApiProperty() respondBy!: string;
  @ApiProperty({ description: 'Unanswered past its deadline' }) overdue!: boolean;
  @ApiPropertyOptional({ nullable: true }) escalatedAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) answeredAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) answeredBy!: AnsweredByV1 | null;
  @ApiPropertyOptional({ nullable: true, description: 'Per person: known or not, and the facts shared' })
  answer!: SubjectAnswerV1[] | null;
  @ApiPropertyOptional({ nullable: true, description: 'What the agency withheld and why' })
  withheld!: WithheldV1[] | null;
}

export function toInformationRequestView(request: InformationRequest, now: Date): InformationRequestView {
  return {
    id: request.id,
    agency: request.agency,
    status: request.status,
    question: request.question,
    datasets: request.datasets,
    lawfulBasis: request.lawfulBasis,
    requestedBy: request.requestedBy.subject,
    requestedAt: request.requestedAt.toISOString(),
    respondBy: request.respondBy.toISOString(),
    overdue:
      request.status === 'requested' && (request.respondBy.getTime() < now.getTime() || request.escalatedAt !== null),
    escalatedAt: request.escalatedAt?.toISOString() ?? null,
    answeredAt: request.answeredAt?.toISOString() ?? null,
    answeredBy: request.answeredBy,
    answer: request.answerSubjects,
    withheld: request.answerWithheld,
  };
}
