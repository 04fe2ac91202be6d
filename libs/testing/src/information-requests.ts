import {
  AGENCY_DATASETS,
  AgencyDataset,
  Article6Basis,
  EventEnvelope,
  INFORMATION_REQUEST_TOPICS,
  InformationAgency,
  InformationAnsweredV1,
  InformationRequestedV1,
  Rag,
  RequestSubjectV1,
  SpecialCategoryCondition,
  Topics,
  createEnvelope,
} from '@frontdoor/contracts';
import { randomUUID } from 'node:crypto';
import { KafkaProbe } from './kafka-probe';

/** A request as screening would send it to one agency, on a fresh case. */
export function informationRequestTo(
  agency: InformationAgency,
  subjects: RequestSubjectV1[],
  datasets: readonly AgencyDataset[] = AGENCY_DATASETS[agency],
): InformationRequestedV1 {
  const now = new Date();
  return {
    requestId: randomUUID(),
    caseId: randomUUID(),
    caseReference: `FD-TEST-${randomUUID().slice(0, 8)}`,
    agency,
    subjects,
    question: `What does ${agency} know about this family?`,
    datasets: [...datasets],
    lawfulBasis: {
      article6: Article6Basis.PublicTask,
      specialCategoryCondition: SpecialCategoryCondition.SafeguardingChildren,
    },
    requestedBy: { subject: 'demo-screener-1', name: 'Sasha Screener (demo)', organisation: 'trafford-cs' },
    rag: Rag.Amber,
    respondBy: new Date(now.getTime() + 4 * 3_600_000).toISOString(),
    requestedAt: now.toISOString(),
  };
}

/** Publishes the request on its agency's own topic, as screening's outbox would. */
export async function sendInformationRequest(probe: KafkaProbe, request: InformationRequestedV1): Promise<void> {
  const topic = INFORMATION_REQUEST_TOPICS[request.agency];
  const envelope = createEnvelope(topic, request, { producer: 'screening' });
  await probe.produceRaw(topic.name, request.caseId, JSON.stringify(envelope));
}

/** The agency's answer to one request (the probe must be reading InformationAnswered). */
export function answerTo(
  probe: KafkaProbe,
  request: Pick<InformationRequestedV1, 'requestId'>,
  timeoutMs = 30_000,
): Promise<EventEnvelope<InformationAnsweredV1>> {
  return probe.waitForEnvelope(Topics.InformationAnswered, (e) => e.payload.requestId === request.requestId, timeoutMs);
}
