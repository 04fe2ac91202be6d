import { AuthenticatedUser, Role } from '@frontdoor/auth';
import { AuditTrail } from '@frontdoor/audit';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { Contact } from './contact.entity';
import { IdempotencyKey } from './idempotency-key.entity';
import { policeIncidentKeyPrefix } from '../police-incidents/police-incident-key';

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
    const mayRead = contact && (readsAll(reader) || contact.submittedByOrganisation === reader.organisation);
    // Someone else's contact answers exactly like a missing one, so ids reveal nothing.
    if (!contact || !mayRead) throw new NotFoundException(`No contact ${contactId} that you can see`);
    await this.audit.record(reader, { action: 'contact.read', subjectType: 'contact', subjectId: contact.id, reason });
    return contact;
  }

  /**
   * The latest contacts the reader may see (a referrer: their organisation's), each read audited;
   * with a police incident, only the contacts raised from that notice.
   */
  async latest(reader: AuthenticatedUser, limit: number, policeIncidentId?: string): Promise<Contact[]> {
    const where: FindOptionsWhere<Contact> = readsAll(reader) ? {} : { submittedByOrganisation: reader.organisation };
    return this.dataSource.transaction(async (manager) => {
      if (policeIncidentId) where.id = In(await contactsRaisedFrom(manager, policeIncidentId));
      const contacts = await manager.find(Contact, { where, order: { receivedAt: 'DESC' }, take: limit });
      for (const contact of contacts) {
        await this.audit.record(
          reader,
          { action: 'contact.read', subjectType: 'contact', subjectId: contact.id, reason: 'list of contacts' },
          manager,
        );
      }
      return contacts;
    });
  }
}

function readsAll(reader: AuthenticatedUser): boolean {
  return reader.roles.some((role) => READS_ALL_CONTACTS.includes(role));
}

/** The contacts intake raised for the children of one police notice (their keys name the incident). */
async function contactsRaisedFrom(manager: EntityManager, policeIncidentId: string): Promise<string[]> {
  const keys = await manager
    .createQueryBuilder(IdempotencyKey, 'key')
    .select('key.contactId', 'contactId')
    .where('key.key LIKE :prefix', { prefix: `${policeIncidentKeyPrefix(policeIncidentId)}%` })
    .getRawMany<{ contactId: string }>();
  return keys.map((key) => key.contactId);
}
