import { IsEnum, IsISO8601, IsNotEmpty, IsString, IsUUID } from 'class-validator';
import { InformationAgency } from '../vocabulary';

/** An agency has not answered by the deadline: the front door escalates (and may chase). */
export class InformationRequestOverdueV1 {
  @IsUUID()
  requestId!: string;

  @IsUUID()
  caseId!: string;

  @IsString()
  @IsNotEmpty()
  caseReference!: string;

  @IsEnum(InformationAgency)
  agency!: InformationAgency;

  @IsISO8601({ strict: true })
  respondBy!: string;

  @IsISO8601({ strict: true })
  escalatedAt!: string;
}
