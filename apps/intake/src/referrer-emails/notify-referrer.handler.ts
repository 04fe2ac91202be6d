import { ScreeningDecidedV1 } from '@frontdoor/contracts';
import { Clock } from '@frontdoor/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { INTAKE_CLOCK } from '../intake-clock';
import { referrerDecisionPersonalisation } from '../rules/referrer-decision-email';
import { CONTACT_NOT_HELD, NO_EMAIL_ADDRESS, Notification } from './notification.entity';

/**
 * A decision was signed off: record the email that tells the referrer, in the transaction of
 * the event's inbox row (the consumer's), for the sender to deliver. Intake is the service that
 * holds the referrer's address, so the decision comes to it rather than the address travelling.
 * When there is no one to email, that is recorded too, so "was the referrer told?" always has
 * an answer.
 */
@Injectable()
export class NotifyReferrerHandler {
  constructor(@Inject(INTAKE_CLOCK) private readonly clock: Clock) {}

  async recordDecision(manager: EntityManager, sourceEventId: string, decision: ScreeningDecidedV1): Promise<void> {
    const contact = await manager.findOneBy(Contact, { id: decision.contactId });
    const emailAddress = contact?.details.referrer.email ?? null;
    const row = {
      id: randomUUID(),
      kind: 'referrer-decision' as const,
      contactId: decision.contactId,
      caseId: decision.caseId,
      sourceEventId,
    };
    const values: Partial<Notification> = !contact
      ? // A case opened from a contact intake never received (another service's own); nothing to look up.
        { ...row, status: 'not-sent', notSentReason: CONTACT_NOT_HELD, emailAddress: null, personalisation: null }
      : {
          ...row,
          emailAddress,
          personalisation: referrerDecisionPersonalisation({
            referrerName: contact.details.referrer.name,
            contactReference: contact.reference,
            receivedAt: contact.receivedAt,
            referrerFeedback: decision.referrerFeedback,
          }),
          ...(emailAddress
            ? { status: 'pending' as const, nextAttemptAt: this.clock.now() }
            : { status: 'not-sent' as const, notSentReason: NO_EMAIL_ADDRESS }),
        };
    // A second delivery of the same event (after the inbox, a belt to its braces) adds nothing.
    await manager.createQueryBuilder().insert().into(Notification).values(values).orIgnore().execute();
  }
}
