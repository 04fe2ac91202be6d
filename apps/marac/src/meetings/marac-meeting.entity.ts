import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A MARAC meeting: a regular one from the schedule, or an extra one a coordinator adds for urgent cases. */
@Entity({ name: 'marac_meetings' })
@Index('marac_meetings_regular_key', ['heldAt'], { unique: true, where: "kind = 'regular'" })
export class MaracMeeting {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: 'regular' | 'extra';

  @Column({ name: 'held_at', type: 'timestamptz' })
  heldAt!: Date;

  @Column({ name: 'research_cut_off_at', type: 'timestamptz' })
  researchCutOffAt!: Date;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ name: 'moved_from_bank_holiday', type: 'date', nullable: true })
  movedFromBankHoliday!: string | null;
}
