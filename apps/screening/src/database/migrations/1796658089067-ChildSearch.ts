import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finding a child however the caller spells the name: Double Metaphone (fuzzystrmatch) and
 * trigram similarity (pg_trgm). Both are trusted extensions, so the database's owner (the
 * service's own role) may create them; they ship with PostgreSQL's contrib modules.
 */
export class ChildSearch1796658089067 implements MigrationInterface {
  name = 'ChildSearch1796658089067';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS fuzzystrmatch`);
  }
}
