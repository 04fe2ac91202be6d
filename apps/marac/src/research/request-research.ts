import { INFORMATION_REQUEST_TOPICS, InformationAgency } from '@frontdoor/contracts';
import { OutboxWriter } from '@frontdoor/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock, MARAC_CLOCK } from '../marac-policy';
import { MaracMeeting } from '../meetings/marac-meeting.entity';
import { MaracReferral } from '../referrals/marac-referral.entity';
import { MaracResearch } from './marac-research.entity';
import { researchRequest } from './research-questions';

/** Who asks, as the agencies record it in their disclosure logs. */
const MARAC_REQUESTER = { subject: 'marac-service', name: 'MARAC coordinator', organisation: 'MARAC' };

/**
 * When a case is listed, each agency is asked for its research on its own request topic, in the
 * transaction that lists the case (outbox), so a listed case never lacks its requests.
 */
@Injectable()
export class RequestResearch {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(MARAC_CLOCK) private readonly clock: Clock,
  ) {}

  async forListedCase(manager: EntityManager, referral: MaracReferral, meeting: MaracMeeting): Promise<void> {
    const already = await manager.countBy(MaracResearch, { referralId: referral.id });
    if (already > 0) return; // relisted (e.g. at an extra meeting): the research already asked stands
    const requestedAt = this.clock.now();
    for (const agency of Object.values(InformationAgency)) {
      const request = researchRequest(
        agency,
        {
          referralId: referral.id,
          reference: maracReference(referral),
          victim: {
            firstName: referral.victimFirstName,
            lastName: referral.victimLastName,
            dateOfBirth: referral.victimDateOfBirth,
            nhsNumber: referral.victimNhsNumber,
          },
          perpetrator: {
            firstName: referral.perpetratorFirstName,
            lastName: referral.perpetratorLastName,
            dateOfBirth: referral.perpetratorDateOfBirth,
            nhsNumber: referral.perpetratorNhsNumber,
          },
          children: referral.childrenInHousehold,
        },
        { requestId: randomUUID(), requestedAt, respondBy: meeting.researchCutOffAt, requestedBy: MARAC_REQUESTER },
      );
      if (!request) continue;
      await manager.insert(MaracResearch, {
        id: request.requestId,
        referralId: referral.id,
        agency,
        status: 'requested',
        requestedAt,
        respondBy: meeting.researchCutOffAt,
        answeredAt: null,
        answeredBy: null,
        findings: null,
        withheld: null,
      });
      await this.outbox.add(manager, INFORMATION_REQUEST_TOPICS[agency], referral.id, request, referral.id);
    }
  }
}

/** The reference agencies see on the request: short, and not a person's name. */
export function maracReference(referral: Pick<MaracReferral, 'id'>): string {
  return `MARAC-${referral.id.slice(0, 8).toUpperCase()}`;
}
