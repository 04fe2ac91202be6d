import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const WARNING_MARKER_TYPES = [
  'weapons',
  'violence',
  'drugs',
  'firearms',
  'mental-health',
  'self-harm',
  'escape-risk',
] as const;
export type WarningMarkerType = (typeof WARNING_MARKER_TYPES)[number];

/**
 * A warning marker on a person. A restricted marker (intelligence-led, or one whose existence
 * would compromise an operation) is never shared: an answer records that something was withheld,
 * and its note is a restricted value that must not appear in any answer.
 */
@Entity({ name: 'warning_markers' })
@Index('warning_markers_person_idx', ['personId'])
export class WarningMarker {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  type!: WarningMarkerType;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn!: string;

  @Column({ type: 'boolean' })
  restricted!: boolean;
}
