import { AuditRecord } from '@frontdoor/audit';
import { MESSAGING_ENTITIES } from '@frontdoor/messaging';
import { Contact } from '../contacts/contact.entity';
import { IdempotencyKey } from '../contacts/idempotency-key.entity';
import { Notification } from '../referrer-emails/notification.entity';

export const INTAKE_ENTITIES = [Contact, IdempotencyKey, Notification, AuditRecord, ...MESSAGING_ENTITIES];
