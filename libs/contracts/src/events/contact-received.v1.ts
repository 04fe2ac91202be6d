import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsOptional,
  IsArray,
  IsDefined,
  IsISO8601,
  IsNotEmpty,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ContactDetailsV1 } from './contact-details.v1';

/**
 * Who submitted a contact: the organisation decides who may read it back (a school sees its own).
 * For a contact the front door logged (`source.channel`), the screener who logged it.
 */
export class SubmitterV1 {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject!: string;

  /** As the token named them, so a case can say who logged it; optional, as older events lack it. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organisation!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  agency!: string;
}

/** A contact as intake stored it, with the ids intake gave each child (in the order submitted). */
export class ContactReceivedV1 {
  @IsUUID()
  contactId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  reference!: string;

  @IsISO8601({ strict: true })
  receivedAt!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => SubmitterV1)
  submittedBy!: SubmitterV1;

  @IsArray()
  @ArrayMinSize(1)
  @IsUUID('all', { each: true })
  childIds!: string[];

  @IsDefined()
  @ValidateNested()
  @Type(() => ContactDetailsV1)
  contact!: ContactDetailsV1;
}
