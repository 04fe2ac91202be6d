import { ContactDetailsV1 } from '@frontdoor/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Contact } from './contact.entity';

export class ContactView {
  @ApiProperty() id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() submittedByOrganisation!: string;
  @ApiProperty({ type: [String] }) childIds!: string[];
  @ApiProperty({ type: () => ContactDetailsV1 }) details!: ContactDetailsV1;
}

export function toContactView(contact: Contact): ContactView {
  return {
    id: contact.id,
    reference: contact.reference,
    receivedAt: contact.receivedAt.toISOString(),
    submittedByOrganisation: contact.submittedByOrganisation,
    childIds: contact.childIds,
    details: contact.details,
  };
}
