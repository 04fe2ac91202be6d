import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import {
  AGENCY_DATASETS,
  Article6Basis,
  INFORMATION_REQUEST_TOPICS,
  InformationAgency,
  PARTNER_AGENCIES,
  Rag,
  RequestSubjectV1,
  SpecialCategoryCondition,
} from '@frontdoor/contracts';
import { normalisePostcode } from '@frontdoor/identifiers';
import { OutboxWriter } from '@frontdoor/messaging';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@frontdoor/calendar';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { CaseChild } from '../cases/case-child.entity';
import { ScreeningCase } from '../cases/screening-case.entity';
import { Deadline } from '../deadlines/deadline.entity';
import { CLOCK, ScreeningPolicy } from '../screening-policy';
import { RequestInformationDto } from './dto/request-information.dto';
import { InformationRequest } from './information-request.entity';

const ALL_AGENCIES = PARTNER_AGENCIES;

/**
 * Asks each agency what it knows about the people on a case: one request per agency on its own
 * topic, with the lawful basis, the requesting officer and a deadline from the case's RAG. The
 * deadline row is written with the request, so the clock survives any restart.
 */
@Injectable()
export class RequestInformationHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly policy: ScreeningPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async request(
    officer: AuthenticatedUser,
    caseId: string,
    input: RequestInformationDto,
  ): Promise<InformationRequest[]> {
    return this.dataSource.transaction(async (manager) => {
      const screeningCase = await manager.findOne(ScreeningCase, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!screeningCase) throw new NotFoundException(`No case ${caseId}`);
      if (screeningCase.status === 'decided') {
        throw new ConflictException({
          title: 'Case decided',
          detail: 'This case is decided; no more requests can be sent.',
        });
      }
      const agencies = input.agencies ?? ALL_AGENCIES;
      const pending = await manager.findBy(InformationRequest, { caseId, agency: In(agencies), status: 'requested' });
      if (pending.length > 0) {
        throw new ConflictException({
          title: 'Already asked',
          detail: `Waiting for ${pending.map((r) => r.agency).join(', ')} to answer the earlier request on this case.`,
        });
      }
      const children = await manager.find(CaseChild, { where: { caseId }, order: { position: 'ASC' } });
      const now = this.clock.now();
      const respondBy = this.policy.calendar.addWorkingHours(
        now,
        this.policy.informationResponseHours[screeningCase.rag as Rag],
      );
      const lawfulBasis = {
        article6: input.article6 ?? Article6Basis.PublicTask,
        specialCategoryCondition: input.specialCategoryCondition ?? SpecialCategoryCondition.SafeguardingChildren,
      };
      const requestedBy = { subject: officer.subject, name: officer.name, organisation: officer.organisation };
      const requests: InformationRequest[] = [];
      for (const agency of agencies) {
        const request = manager.create(InformationRequest, {
          id: randomUUID(),
          caseId,
          agency,
          question: input.question,
          datasets: [...AGENCY_DATASETS[agency]],
          lawfulBasis,
          requestedBy,
          requestedAt: now,
          respondBy,
          status: 'requested',
          escalatedAt: null,
          answeredAt: null,
          answeredBy: null,
          answerSubjects: null,
          answerWithheld: null,
        });
        await manager.insert(InformationRequest, request);
        await manager.insert(Deadline, {
          id: randomUUID(),
          kind: 'information-request-response',
          subjectId: request.id,
          dueAt: respondBy,
          firedAt: null,
        });
        await this.outbox.add(
          manager,
          INFORMATION_REQUEST_TOPICS[agency],
          caseId,
          {
            requestId: request.id,
            caseId,
            caseReference: screeningCase.contactReference,
            agency,
            subjects: subjectsFor(agency, screeningCase, children),
            question: input.question,
            datasets: [...AGENCY_DATASETS[agency]],
            lawfulBasis,
            requestedBy,
            rag: screeningCase.rag as Rag,
            respondBy: respondBy.toISOString(),
            requestedAt: now.toISOString(),
          },
          screeningCase.correlationId,
        );
        requests.push(request);
      }
      await this.audit.record(
        officer,
        {
          action: 'case.information-requested',
          subjectType: 'case',
          subjectId: caseId,
          reason: `asked ${agencies.join(', ')}: ${lawfulBasis.article6}`,
        },
        manager,
      );
      return requests;
    });
  }
}

/** Only what an agency needs to find the people: education is asked about children only. */
function subjectsFor(
  agency: InformationAgency,
  screeningCase: ScreeningCase,
  children: CaseChild[],
): RequestSubjectV1[] {
  const childSubjects: RequestSubjectV1[] = children.map((child) => ({
    subjectRef: child.id,
    role: 'child',
    firstName: child.details.firstName,
    lastName: child.details.lastName,
    ...(child.details.dateOfBirth && { dateOfBirth: child.details.dateOfBirth }),
    ...(child.details.nhsNumber && { nhsNumber: child.details.nhsNumber.replace(/\D/g, '') }),
    ...(child.details.upn && { upn: child.details.upn }),
    ...postcodeOf(child.details.address?.postcode),
  }));
  if (agency === InformationAgency.Education) return childSubjects;
  const adultSubjects: RequestSubjectV1[] = screeningCase.adults.map((adult, index) => ({
    subjectRef: `adult-${index + 1}`,
    role: 'adult',
    firstName: adult.firstName,
    lastName: adult.lastName,
    ...(adult.dateOfBirth && { dateOfBirth: adult.dateOfBirth }),
    ...postcodeOf(
      adult.address?.postcode ?? (adult.livesWithChildren ? children[0]?.details.address?.postcode : undefined),
    ),
  }));
  return [...childSubjects, ...adultSubjects];
}

function postcodeOf(value: string | undefined): { postcode?: string } {
  const postcode = value ? normalisePostcode(value) : null;
  return postcode ? { postcode } : {};
}
