import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which synthetic data sets were loaded, so that loading the same seed again is a no-op. */
@Entity({ name: 'synthetic_loads' })
export class SyntheticLoad {
  @PrimaryColumn({ type: 'integer' })
  seed!: number;

  @Column({ name: 'population_count', type: 'integer' })
  populationCount!: number;

  @Column({ name: 'reference_date', type: 'date' })
  referenceDate!: string;

  @Column({ name: 'people_count', type: 'integer' })
  peopleCount!: number;

  @Column({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt!: Date;
}
