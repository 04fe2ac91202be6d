import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import {
  AnsweredByV1,
  ContractViolationError,
  EventEnvelope,
  InformationRequestedV1,
  SubjectAnswerV1,
  Topics,
  WithheldV1,
} from '@frontdoor/contracts';
import { OutboxWriter } from '@frontdoor/messaging';
import { BadRequestException, ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AGENCY_RECORDS, AgencyRecords } from './agency-records.port';
import { Disclosure } from './disclosure.entity';
import { INFORMATION_SHARING_OPTIONS, InformationSharingOptions } from './information-sharing.options';
import { ReceivedInformationRequest } from './received-information-request.entity';
import { redactRestricted } from './redact-restricted';

export interface ManualAnswer {
  subjects: SubjectAnswerV1[];
  withheld: WithheldV1[];
}

const AUTOMATIC: AnsweredByV1 = { subject: 'automatic', name: 'Answered from records without review' };

/**
 * Receives the front door's requests and answers them from the agency's records: at once when
 * the records allow, or after a practitioner's review. Either way only the requested datasets
 * leave, restricted values never do, and the disclosure is recorded here first.
 */
@Injectable()
export class AnswerInformationRequestHandler {
  private readonly logger = new Logger(AnswerInformationRequestHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AGENCY_RECORDS) private readonly records: AgencyRecords,
    @Inject(INFORMATION_SHARING_OPTIONS) private readonly options: InformationSharingOptions,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  /** Runs in the consumer's transaction (with the inbox row). */
  async receive(envelope: EventEnvelope<InformationRequestedV1>, manager: EntityManager): Promise<void> {
    const request = envelope.payload;
    if (request.agency !== this.options.agency) {
      throw new ContractViolationError(envelope.type, [
        { field: 'payload.agency', messages: [`this is the ${this.options.agency} service, not ${request.agency}`] },
      ]);
    }
    if (await manager.existsBy(ReceivedInformationRequest, { id: request.requestId })) return;
    const lookup = await this.records.lookUp(manager, request);
    await manager.insert(ReceivedInformationRequest, {
      id: request.requestId,
      caseId: request.caseId,
      caseReference: request.caseReference,
      request,
      status: lookup.needsReview ? 'awaiting-review' : 'answered',
      receivedAt: new Date(),
      respondBy: new Date(request.respondBy),
      answeredAt: null,
    });
    if (lookup.needsReview) return;
    await this.share(
      manager,
      request,
      lookup.subjects,
      lookup.withheld,
      lookup.restrictedValues,
      AUTOMATIC,
      envelope.correlationId,
    );
  }

  async answerManually(practitioner: AuthenticatedUser, requestId: string, answer: ManualAnswer): Promise<Disclosure> {
    return this.dataSource.transaction(async (manager) => {
      const received = await manager.findOne(ReceivedInformationRequest, {
        where: { id: requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!received) throw new NotFoundException(`No information request ${requestId}`);
      if (received.status !== 'awaiting-review') {
        throw new ConflictException({ title: 'Already answered', detail: `Request ${requestId} has been answered.` });
      }
      this.refuseOutOfScope(received.request, answer);
      // Looked up again only for what must never leave: the practitioner's text is checked too.
      const { restrictedValues } = await this.records.lookUp(manager, received.request);
      const disclosure = await this.share(
        manager,
        received.request,
        answer.subjects,
        answer.withheld,
        restrictedValues,
        {
          subject: practitioner.subject,
          name: practitioner.name,
        },
      );
      await this.audit.record(
        practitioner,
        {
          action: 'information-request.answered',
          subjectType: 'information-request',
          subjectId: requestId,
          reason: 'information sharing',
        },
        manager,
      );
      return disclosure;
    });
  }

  private refuseOutOfScope(request: InformationRequestedV1, answer: ManualAnswer): void {
    const refs = new Set(request.subjects.map((subject) => subject.subjectRef));
    const asked = new Set<string>(request.datasets);
    const problems = [
      ...answer.subjects
        .filter((s) => !refs.has(s.subjectRef))
        .map((s) => `subject ${s.subjectRef} is not on the request`),
      ...answer.subjects.flatMap((s) =>
        s.findings.filter((f) => !asked.has(f.dataset)).map((f) => `dataset ${f.dataset} was not requested`),
      ),
    ];
    if (problems.length > 0) {
      throw new BadRequestException({
        title: 'Answer goes beyond the request',
        detail: 'Share only what was asked, about the people asked about.',
        errors: [{ field: 'subjects', messages: problems }],
      });
    }
  }

  private async share(
    manager: EntityManager,
    request: InformationRequestedV1,
    subjects: SubjectAnswerV1[],
    withheld: WithheldV1[],
    restrictedValues: string[],
    answeredBy: AnsweredByV1,
    correlationId?: string,
  ): Promise<Disclosure> {
    const asked = new Set<string>(request.datasets);
    const minimised = subjects.map((subject) => ({
      ...subject,
      findings: subject.findings.filter((finding) => asked.has(finding.dataset)),
    }));
    const safe = redactRestricted(minimised, withheld, restrictedValues);
    if (safe.removed > 0)
      this.logger.warn(`request ${request.requestId}: ${safe.removed} finding(s) withheld as restricted`);
    const disclosure = manager.create(Disclosure, {
      id: randomUUID(),
      requestId: request.requestId,
      caseId: request.caseId,
      disclosedTo: request.requestedBy,
      lawfulBasis: request.lawfulBasis,
      shared: safe.subjects,
      withheld: safe.withheld,
      answeredBy,
      disclosedAt: new Date(),
    });
    await manager.insert(Disclosure, disclosure);
    await manager.update(
      ReceivedInformationRequest,
      { id: request.requestId },
      { status: 'answered', answeredAt: disclosure.disclosedAt },
    );
    await this.outbox.add(
      manager,
      Topics.InformationAnswered,
      request.caseId,
      {
        requestId: request.requestId,
        caseId: request.caseId,
        agency: this.options.agency,
        subjects: safe.subjects,
        withheld: safe.withheld,
        lawfulBasis: request.lawfulBasis,
        answeredBy,
        answeredAt: disclosure.disclosedAt.toISOString(),
      },
      correlationId,
    );
    return disclosure;
  }
}
