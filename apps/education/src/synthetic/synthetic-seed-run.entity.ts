import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per seed loaded, so loading the same seed again changes nothing. */
@Entity({ name: 'synthetic_seed_runs' })
export class SyntheticSeedRun {
  @PrimaryColumn({ type: 'integer' })
  seed!: number;

  @Column({ name: 'population_count', type: 'integer' })
  populationCount!: number;

  @Column({ type: 'integer' })
  pupils!: number;

  @Column({ name: 'seeded_at', type: 'timestamptz' })
  seededAt!: Date;
}
