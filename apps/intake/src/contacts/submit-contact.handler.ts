import { AuthenticatedUser } from '@frontdoor/auth';
import { AuditTrail } from '@frontdoor/audit';
import { ContactDetailsV1, Topics } from '@frontdoor/contracts';
import { isUniqueViolation } from '@frontdoor/database';
import { OutboxWriter } from '@frontdoor/messaging';
import { BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { loggedContactProblem } from '../rules/logged-contact';
import { Contact } from './contact.entity';
import { ContactAcceptedDto } from './submit-contact.dto';
import { IdempotencyKey } from './idempotency-key.entity';

export interface SubmissionResult {
  accepted: ContactAcceptedDto;
  /** True when an earlier submission with the same Idempotency-Key is being returned. */
  replayed: boolean;
}

/**
 * Accepts a contact: stores it, remembers the idempotency key and queues `ContactReceived`, all in
 * one transaction, so a contact is either fully accepted (and will reach screening) or not at all.
 */
@Injectable()
export class SubmitContactHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async submit(
    submitter: AuthenticatedUser,
    details: ContactDetailsV1,
    idempotencyKey: string | undefined,
    correlationId?: string,
  ): Promise<SubmissionResult> {
    const loggingProblem = loggedContactProblem(submitter.roles, details);
    if (loggingProblem) {
      throw new BadRequestException({
        title: 'Invalid request',
        detail: `source.channel: ${loggingProblem}. Leave it out when you are the referrer.`,
        errors: [{ field: 'source.channel', messages: [loggingProblem] }],
      });
    }
    const requestHash = requestHashOf(details);
    if (idempotencyKey) {
      const earlier = await this.findEarlier(submitter, idempotencyKey, requestHash);
      if (earlier) return earlier;
    }
    try {
      const accepted = await this.dataSource.transaction((manager) =>
        this.accept(manager, submitter, details, idempotencyKey, requestHash, correlationId),
      );
      return { accepted, replayed: false };
    } catch (error) {
      // Two retries raced: the loser answers with what the winner stored.
      if (idempotencyKey && isUniqueViolation(error)) {
        const earlier = await this.findEarlier(submitter, idempotencyKey, requestHash);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  /**
   * Accepts a contact inside the caller's transaction (used directly by the police-incident
   * consumer, whose transaction also holds its inbox row).
   */
  async accept(
    manager: EntityManager,
    submitter: AuthenticatedUser,
    details: ContactDetailsV1,
    idempotencyKey: string | undefined,
    requestHash: string,
    correlationId?: string,
  ): Promise<ContactAcceptedDto> {
    const [{ receivedAt, sequence }] = await manager.query(
      `SELECT now() AS "receivedAt", nextval('contact_reference_seq') AS sequence`,
    );
    const contact = manager.create(Contact, {
      id: randomUUID(),
      reference: contactReference(receivedAt, sequence),
      receivedAt,
      sourceType: details.source.type,
      cinReferralSource: details.source.cinCode,
      submittedBySubject: submitter.subject,
      submittedByOrganisation: submitter.organisation,
      submittedByAgency: submitter.agency,
      childIds: details.children.map(() => randomUUID()),
      details,
    });
    await manager.insert(Contact, contact);
    if (idempotencyKey) {
      await manager.insert(IdempotencyKey, {
        submitterSubject: submitter.subject,
        key: idempotencyKey,
        requestHash,
        contactId: contact.id,
      });
    }
    const submittedBy = {
      subject: submitter.subject,
      ...(submitter.name && { name: submitter.name.slice(0, 200) }),
      organisation: submitter.organisation,
      agency: submitter.agency,
    };
    await this.outbox.add(
      manager,
      Topics.ContactReceived,
      contact.id,
      {
        contactId: contact.id,
        reference: contact.reference,
        receivedAt: contact.receivedAt.toISOString(),
        submittedBy,
        childIds: contact.childIds,
        contact: details,
      },
      correlationId,
    );
    await this.audit.record(
      submitter,
      {
        action: 'contact.submitted',
        subjectType: 'contact',
        subjectId: contact.id,
        reason: 'referral to the front door',
      },
      manager,
    );
    return toAccepted(contact);
  }

  private async findEarlier(
    submitter: AuthenticatedUser,
    key: string,
    requestHash: string,
  ): Promise<SubmissionResult | undefined> {
    const earlier = await this.dataSource.manager.findOneBy(IdempotencyKey, {
      submitterSubject: submitter.subject,
      key,
    });
    if (!earlier) return undefined;
    if (earlier.requestHash !== requestHash) {
      throw new UnprocessableEntityException({
        title: 'Idempotency key reused',
        detail: 'This Idempotency-Key was already used for a different contact. Use a new key for a new contact.',
      });
    }
    const contact = await this.dataSource.manager.findOneByOrFail(Contact, { id: earlier.contactId });
    return { accepted: toAccepted(contact), replayed: true };
  }
}

export function requestHashOf(details: ContactDetailsV1): string {
  return createHash('sha256').update(JSON.stringify(details)).digest('hex');
}

/** FD-2026-000123: short enough to read over the phone, unique by the database sequence. */
export function contactReference(receivedAt: Date, sequence: string | number): string {
  return `FD-${receivedAt.getUTCFullYear()}-${String(sequence).padStart(6, '0')}`;
}

function toAccepted(contact: Contact): ContactAcceptedDto {
  return {
    contactId: contact.id,
    reference: contact.reference,
    receivedAt: contact.receivedAt.toISOString(),
    childIds: contact.childIds,
  };
}
