import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { SubmittedNoticeView } from './dto/list-incidents.dto';
import { Incident } from './incident.entity';
import { PublicProtectionNotice } from './public-protection-notice.entity';

/**
 * The notices an officer submitted, newest first: only their own (by subject), so an officer's
 * list is their record of what they sent, and each read is audited like any other of a child's.
 */
@Injectable()
export class SubmittedNoticesQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async submittedBy(officer: AuthenticatedUser, limit: number): Promise<SubmittedNoticeView[]> {
    return this.dataSource.transaction(async (manager) => {
      const notices = await manager.find(PublicProtectionNotice, {
        where: { officerSubject: officer.subject, officerOrganisation: officer.organisation },
        order: { recordedAt: 'DESC' },
        take: limit,
      });
      if (notices.length === 0) return [];
      const incidents = await manager.findBy(Incident, { id: In(notices.map((notice) => notice.incidentId)) });
      const incidentById = new Map(incidents.map((incident) => [incident.id, incident]));
      for (const notice of notices) {
        await this.audit.record(
          officer,
          {
            action: 'police-incident.read',
            subjectType: 'incident',
            subjectId: notice.incidentId,
            reason: "the officer's own notices",
          },
          manager,
        );
      }
      return notices.map((notice) => toSubmittedNotice(notice, incidentById.get(notice.incidentId)!));
    });
  }
}

function toSubmittedNotice(notice: PublicProtectionNotice, incident: Incident): SubmittedNoticeView {
  return {
    incidentId: notice.incidentId,
    policeReference: incident.reference,
    type: notice.type,
    occurredAt: incident.occurredAt.toISOString(),
    recordedAt: notice.recordedAt.toISOString(),
    summary: notice.summary,
    children: notice.children.map((child) => ({
      firstName: child.firstName,
      lastName: child.lastName,
      ...(child.dateOfBirth && { dateOfBirth: child.dateOfBirth }),
      present: child.present,
    })),
    dash:
      notice.dashAnswers && notice.dashYesCount !== null
        ? {
            answers: notice.dashAnswers,
            yesCount: notice.dashYesCount,
            visibleHighRisk: notice.dashVisibleHighRisk ?? false,
            professionalJudgementHighRisk: notice.dashProfessionalJudgementHighRisk ?? false,
            highRisk: notice.dashHighRisk ?? false,
          }
        : null,
    callOutsInLast12Months: notice.callOutsInLast12Months,
  };
}
