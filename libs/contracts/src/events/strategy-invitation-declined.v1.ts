import { IsEnum, IsISO8601, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { PartnerAgency } from '../vocabulary';

/**
 * An agency declines a strategy discussion invitation and says why, so the chair knows who will
 * not be there (police and health are Working Together's minimum). It replaces an earlier
 * confirmation from the same agency, and a later confirmation replaces it: the newest answer wins.
 */
export class StrategyInvitationDeclinedV1 {
  @IsUUID()
  invitationId!: string;

  @IsUUID()
  discussionId!: string;

  @IsEnum(PartnerAgency)
  agency!: PartnerAgency;

  /** In the practitioner's words, for the chair. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  /** The practitioner who declined (their subject), for the record. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  declinedBy!: string;

  @IsISO8601({ strict: true })
  declinedAt!: string;
}
