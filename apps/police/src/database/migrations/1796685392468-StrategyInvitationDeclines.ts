import { MigrationInterface, QueryRunner } from 'typeorm';

export class StrategyInvitationDeclines1796685392468 implements MigrationInterface {
  name = 'StrategyInvitationDeclines1796685392468';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategy_invitations" ADD "decline_reason" text`);
    await queryRunner.query(`ALTER TABLE "strategy_invitations" ADD "declined_by" text`);
    await queryRunner.query(`ALTER TABLE "strategy_invitations" ADD "declined_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategy_invitations" DROP COLUMN "declined_at"`);
    await queryRunner.query(`ALTER TABLE "strategy_invitations" DROP COLUMN "declined_by"`);
    await queryRunner.query(`ALTER TABLE "strategy_invitations" DROP COLUMN "decline_reason"`);
  }
}
