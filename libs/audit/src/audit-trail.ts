import { AuthenticatedUser } from '@frontdoor/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditRecord } from './audit-record.entity';

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string;
  /** Why the person looked or acted: the purpose of the screen or use case. */
  reason: string;
}

@Injectable()
export class AuditTrail {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the use case's transaction so the record exists exactly when the change does. */
  async record(
    actor: AuthenticatedUser,
    entry: AuditEntry,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(AuditRecord, {
      actorSubject: actor.subject,
      actorRoles: actor.roles,
      actorOrganisation: actor.organisation,
      ...entry,
    });
  }
}
