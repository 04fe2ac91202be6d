import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AGENCY_RECORDS, AgencyRecords } from './agency-records.port';
import { Disclosure } from './disclosure.entity';
import { InformationRequestDetail, InformationRequestSummary } from './information-request.view';
import { ReceivedInformationRequest, RequestStatus } from './received-information-request.entity';

@Injectable()
export class InformationRequestsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AGENCY_RECORDS) private readonly records: AgencyRecords,
    private readonly audit: AuditTrail,
  ) {}

  /** Requests addressed to this agency, those awaiting review first, soonest deadline first. */
  async list(status: RequestStatus | undefined, limit: number): Promise<InformationRequestSummary[]> {
    const rows = await this.dataSource.manager.find(ReceivedInformationRequest, {
      where: status ? { status } : { status: In(['awaiting-review', 'answered']) },
      order: { status: 'DESC', respondBy: 'ASC' },
      take: limit,
    });
    return rows.map(summarise);
  }

  async detail(reader: AuthenticatedUser, id: string): Promise<InformationRequestDetail> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const received = await manager.findOneBy(ReceivedInformationRequest, { id });
      if (!received) throw new NotFoundException(`No information request ${id}`);
      const detail: InformationRequestDetail = { ...summarise(received), request: received.request };
      if (received.status === 'awaiting-review') {
        const lookup = await this.records.lookUp(manager, received.request);
        detail.proposed = { subjects: lookup.subjects, withheld: lookup.withheld };
      } else {
        const disclosure = await manager.findOneByOrFail(Disclosure, { requestId: id });
        detail.disclosure = {
          shared: disclosure.shared,
          withheld: disclosure.withheld,
          answeredBy: disclosure.answeredBy.subject,
          disclosedAt: disclosure.disclosedAt.toISOString(),
        };
      }
      await this.audit.record(
        reader,
        {
          action: 'information-request.read',
          subjectType: 'information-request',
          subjectId: id,
          reason: 'information sharing',
        },
        manager,
      );
      return detail;
    });
  }
}

function summarise(received: ReceivedInformationRequest): InformationRequestSummary {
  return {
    id: received.id,
    caseReference: received.caseReference,
    status: received.status,
    receivedAt: received.receivedAt.toISOString(),
    respondBy: received.respondBy.toISOString(),
    overdue: received.status !== 'answered' && received.respondBy.getTime() < Date.now(),
    answeredAt: received.answeredAt?.toISOString() ?? null,
    datasets: received.request.datasets,
    subjectCount: received.request.subjects.length,
  };
}
