import { AuthenticatedUser, Role } from '@frontdoor/auth';
import { AuditTrail } from '@frontdoor/audit';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Contact } from './contact.entity';

/** Front-door roles read every contact; anyone else only what their own organisation sent. */
const READS_ALL_CONTACTS: readonly Role[] = [Role.Screener, Role.Manager, Role.Auditor];

@Injectable()
export class ReadContactHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async read(reader: AuthenticatedUser, contactId: string, reason: string): Promise<Contact> {
    const contact = await this.dataSource.manager.findOneBy(Contact, { id: contactId });
    const mayRead =
      contact &&
      (reader.roles.some((role) => READS_ALL_CONTACTS.includes(role)) ||
        contact.submittedByOrganisation === reader.organisation);
    // Someone else's contact answers exactly like a missing one, so ids reveal nothing.
    if (!contact || !mayRead) throw new NotFoundException(`No contact ${contactId} that you can see`);
    await this.audit.record(reader, { action: 'contact.read', subjectType: 'contact', subjectId: contact.id, reason });
    return contact;
  }
}
