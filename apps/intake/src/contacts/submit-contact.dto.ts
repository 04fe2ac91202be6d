import { instantFromNow } from '@frontdoor/calendar';
import { ContactDetailsV1 } from '@frontdoor/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** The body of `POST /contacts`: the contract's contact details, validated the same way. */
export class SubmitContactDto extends ContactDetailsV1 {}

export class ContactAcceptedDto {
  @ApiProperty({ example: '0f4f6c1e-5b7a-4a8e-9c11-0d2b7c3e9a10' })
  contactId!: string;

  @ApiProperty({ example: 'FD-2026-000123', description: 'Quote this when you call the front door' })
  reference!: string;

  @ApiProperty({ example: instantFromNow({}) })
  receivedAt!: string;

  @ApiProperty({ type: [String], description: 'Ids given to the children, in the order submitted' })
  childIds!: string[];
}
