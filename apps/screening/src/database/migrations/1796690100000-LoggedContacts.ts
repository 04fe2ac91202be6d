import { MigrationInterface, QueryRunner } from 'typeorm';

/** A contact the front door logged keeps the screener who logged it and how it came, apart from the referrer. */
export class LoggedContacts1796690100000 implements MigrationInterface {
  name = 'LoggedContacts1796690100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "screening_cases" ADD "recorded_by" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "screening_cases" DROP COLUMN "recorded_by"`);
  }
}
