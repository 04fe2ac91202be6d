import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { Clock } from '@frontdoor/calendar';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canSeeSchool, isDslOfSchool, pupilScopeFor, schoolUrnsInScope } from '../access/school-dsl-scope';
import { EDUCATION_CLOCK } from '../records/education-records';
import { EncompassNotification } from './encompass-notification.entity';
import {
  EncompassNotificationView,
  EncompassStatusFilter,
  EncompassUnmatchedView,
  toNotificationView,
  toUnmatchedView,
} from './encompass-notification.view';
import { EncompassUnmatched } from './encompass-unmatched.entity';

const REASON = 'Operation Encompass';
const SUBJECT_TYPE = 'encompass-notification';

/**
 * Schools read and acknowledge their Operation Encompass notifications; the LA education officer
 * oversees every school's. A DSL sees only their own school's (school-dsl scope); another school's
 * notification answers exactly like a missing one, and the attempt is audited. Every read is.
 */
@Injectable()
export class EncompassNotifications {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Inject(EDUCATION_CLOCK) private readonly clock: Clock,
  ) {}

  /** Unacknowledged first (soonest due first), then acknowledged (latest due first). */
  async list(
    reader: AuthenticatedUser,
    filter: { status?: EncompassStatusFilter; limit: number },
  ): Promise<EncompassNotificationView[]> {
    const now = this.clock.now();
    const scope = pupilScopeFor(reader);
    const urns = schoolUrnsInScope(scope);
    return this.dataSource.transaction(async (manager) => {
      let rows: EncompassNotification[] = [];
      if (urns === undefined || urns.length > 0) {
        const query = manager.createQueryBuilder(EncompassNotification, 'n');
        if (urns) query.andWhere('n.school_urn IN (:...urns)', { urns });
        if (filter.status === 'acknowledged') query.andWhere('n.acknowledged_at IS NOT NULL');
        if (filter.status === 'unacknowledged') query.andWhere('n.acknowledged_at IS NULL');
        if (filter.status === 'overdue') query.andWhere('n.acknowledged_at IS NULL AND n.due_at < :now', { now });
        rows = await query
          .orderBy('n.acknowledged_at IS NULL', 'DESC')
          .addOrderBy('CASE WHEN n.acknowledged_at IS NULL THEN n.due_at END', 'ASC')
          .addOrderBy('n.due_at', 'DESC')
          .addOrderBy('n.id', 'ASC')
          .limit(filter.limit)
          .getMany();
      }
      await this.audit.record(
        reader,
        {
          action: 'encompass-notification.list',
          subjectType: 'encompass-notifications',
          subjectId: `${scope.kind === 'one-school' ? `school-${scope.urn}` : scope.kind}: ${rows.length} shown`,
          reason: filter.status ? `${REASON} (${filter.status})` : REASON,
        },
        manager,
      );
      // One record per notification shown, so "who has seen this child's notification" is answerable.
      for (const row of rows) {
        await this.audit.record(
          reader,
          { action: 'encompass-notification.listed', subjectType: SUBJECT_TYPE, subjectId: row.id, reason: REASON },
          manager,
        );
      }
      return rows.map((row) => toNotificationView(row, now));
    });
  }

  async read(reader: AuthenticatedUser, id: string): Promise<EncompassNotificationView> {
    const notification = await this.dataSource.manager.findOneBy(EncompassNotification, { id });
    if (!notification || !canSeeSchool(reader, notification.schoolUrn)) {
      return this.refuse(reader, id, 'encompass-notification.read-refused');
    }
    await this.audit.record(reader, {
      action: 'encompass-notification.read',
      subjectType: SUBJECT_TYPE,
      subjectId: id,
      reason: REASON,
    });
    return toNotificationView(notification, this.clock.now());
  }

  /**
   * The school's DSL confirms they have the notification: who and when are recorded once; asking
   * again changes nothing and answers the same.
   */
  async acknowledge(dsl: AuthenticatedUser, id: string): Promise<EncompassNotificationView> {
    const now = this.clock.now();
    const result = await this.dataSource.transaction(async (manager) => {
      const notification = await manager.findOne(EncompassNotification, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!notification || !isDslOfSchool(dsl, notification.schoolUrn)) return null;
      const first = notification.acknowledgedAt === null;
      if (first) {
        notification.acknowledgedAt = now;
        notification.acknowledgedBySubject = dsl.subject;
        notification.acknowledgedByName = dsl.name ?? null;
        await manager.update(
          EncompassNotification,
          { id },
          {
            acknowledgedAt: now,
            acknowledgedBySubject: dsl.subject,
            acknowledgedByName: notification.acknowledgedByName,
          },
        );
      }
      await this.audit.record(
        dsl,
        {
          action: first ? 'encompass-notification.acknowledged' : 'encompass-notification.acknowledge-repeated',
          subjectType: SUBJECT_TYPE,
          subjectId: id,
          reason: REASON,
        },
        manager,
      );
      return notification;
    });
    if (!result) return this.refuse(dsl, id, 'encompass-notification.acknowledge-refused');
    return toNotificationView(result, now);
  }

  /** For the education officer: children police named whom no school roll holds. */
  async unmatched(reader: AuthenticatedUser, limit: number): Promise<EncompassUnmatchedView[]> {
    const rows = await this.dataSource.manager.find(EncompassUnmatched, {
      order: { recordedAt: 'DESC', incidentId: 'ASC', childPosition: 'ASC' },
      take: limit,
    });
    await this.audit.record(reader, {
      action: 'encompass-unmatched.list',
      subjectType: 'encompass-unmatched',
      subjectId: `${rows.length} shown`,
      reason: REASON,
    });
    return rows.map(toUnmatchedView);
  }

  /** Missing and out of scope look the same to the caller; the attempt is audited either way. */
  private async refuse(reader: AuthenticatedUser, id: string, action: string): Promise<never> {
    await this.audit.record(reader, { action, subjectType: SUBJECT_TYPE, subjectId: id, reason: REASON });
    throw new NotFoundException(`No Operation Encompass notification ${id} for your school`);
  }
}
