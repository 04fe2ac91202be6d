import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Pupil } from './pupil.entity';
import { TermName } from '../terms/school-terms';

/** A pupil's attendance in one term, in half-day sessions (the percentage is derived, never stored). */
@Entity({ name: 'attendance_records' })
@Index('attendance_records_pupil_term_key', ['pupilId', 'academicYear', 'term'], { unique: true })
export class AttendanceRecord {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'pupil_id', type: 'uuid' })
  pupilId!: string;

  @ManyToOne(() => Pupil, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pupil_id', foreignKeyConstraintName: 'attendance_records_pupil_fk' })
  pupil?: Pupil;

  /** '2026/27' */
  @Column({ name: 'academic_year', type: 'text' })
  academicYear!: string;

  @Column({ type: 'text' })
  term!: TermName;

  @Column({ name: 'term_starts_on', type: 'date' })
  termStartsOn!: string;

  @Column({ name: 'sessions_possible', type: 'smallint' })
  sessionsPossible!: number;

  @Column({ name: 'sessions_attended', type: 'smallint' })
  sessionsAttended!: number;
}
