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

/** A line in a list of contacts: enough to recognise it, no narrative. */
export class ContactSummaryView {
  @ApiProperty() contactId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() sourceType!: string;
  @ApiProperty({ type: [String], example: ['Ava Sampleton'] }) childNames!: string[];
  @ApiProperty({ type: [String], example: ['neglect'] }) concernCategories!: string[];
}

export function toContactSummary(contact: Contact): ContactSummaryView {
  return {
    contactId: contact.id,
    reference: contact.reference,
    receivedAt: contact.receivedAt.toISOString(),
    sourceType: contact.sourceType,
    childNames: contact.details.children.map((child) => `${child.firstName} ${child.lastName}`),
    concernCategories: contact.details.concerns.categories,
  };
}
