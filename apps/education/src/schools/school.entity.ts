import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SchoolPhase = 'primary' | 'secondary';

/** The default the LA assumes when a school has not told it otherwise (Operation Encompass uses it). */
export const DEFAULT_SCHOOL_DAY_START = '08:45';

/** A school in the local authority, identified by its DfE URN, and its designated safeguarding lead. */
@Entity({ name: 'schools' })
export class School {
  /** Six digits (Get Information about Schools). The school's organisation id is `school-<urn>`. */
  @PrimaryColumn({ type: 'text' })
  urn!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  phase!: SchoolPhase;

  @Column({ name: 'dsl_name', type: 'text' })
  dslName!: string;

  @Column({ name: 'dsl_phone', type: 'text' })
  dslPhone!: string;

  @Column({ name: 'dsl_email', type: 'text' })
  dslEmail!: string;

  /** 'HH:mm' local time: Operation Encompass notifications are due before it. */
  @Column({ name: 'school_day_starts_at', type: 'text', default: DEFAULT_SCHOOL_DAY_START })
  schoolDayStartsAt!: string;
}

export function schoolOrganisationId(urn: string): string {
  return `school-${urn}`;
}
