import { InformationRequestedV1 } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type RequestStatus = 'awaiting-review' | 'answered';

/** A request from the front door as this agency received it, and where it stands. */
@Entity({ name: 'information_requests' })
@Index('information_requests_status_idx', ['status', 'respondBy'])
export class ReceivedInformationRequest {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'case_reference', type: 'text' })
  caseReference!: string;

  @Column({ type: 'jsonb' })
  request!: InformationRequestedV1;

  @Column({ type: 'text' })
  status!: RequestStatus;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'respond_by', type: 'timestamptz' })
  respondBy!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
