import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One load of synthetic data, so that seeding again with the same seed does nothing. */
@Entity({ name: 'synthetic_data_loads' })
export class SyntheticDataLoad {
  @PrimaryColumn({ type: 'integer' })
  seed!: number;

  /** The population size asked for. */
  @Column({ type: 'integer' })
  count!: number;

  /** Patients inserted (children and adults). */
  @Column({ type: 'integer' })
  patients!: number;

  @Column({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt!: Date;
}
