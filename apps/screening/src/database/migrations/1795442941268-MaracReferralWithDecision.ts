import { MigrationInterface, QueryRunner } from 'typeorm';

export class MaracReferralWithDecision1795442941268 implements MigrationInterface {
  name = 'MaracReferralWithDecision1795442941268';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_decisions" ADD "marac_referral" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_decisions" DROP COLUMN "marac_referral"`);
  }
}
