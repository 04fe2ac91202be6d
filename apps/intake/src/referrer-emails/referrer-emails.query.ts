import { AuthenticatedUser } from '@frontdoor/auth';
import { AuditTrail } from '@frontdoor/audit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Notification } from './notification.entity';
import { ReferrerEmailView, toReferrerEmailView } from './referrer-email.view';

/** The emails owed to one contact's referrer, oldest first; the read is audited like the contact's. */
@Injectable()
export class ReferrerEmailsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async forContact(reader: AuthenticatedUser, contactId: string): Promise<ReferrerEmailView[]> {
    return this.dataSource.transaction(async (manager) => {
      const emails = await manager.find(Notification, { where: { contactId }, order: { createdAt: 'ASC' } });
      await this.audit.record(
        reader,
        {
          action: 'referrer-emails.read',
          subjectType: 'contact',
          subjectId: contactId,
          reason: 'was the referrer told',
        },
        manager,
      );
      return emails.map(toReferrerEmailView);
    });
  }
}
