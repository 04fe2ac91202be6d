import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationDeclines1796685392471 implements MigrationInterface {
  name = 'InvitationDeclines1796685392471';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "discussion_invitations" ADD "decline_reason" text`);
    await queryRunner.query(`ALTER TABLE "discussion_invitations" ADD "declined_by" text`);
    await queryRunner.query(`ALTER TABLE "discussion_invitations" ADD "declined_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "discussion_invitations" DROP COLUMN "declined_at"`);
    await queryRunner.query(`ALTER TABLE "discussion_invitations" DROP COLUMN "declined_by"`);
    await queryRunner.query(`ALTER TABLE "discussion_invitations" DROP COLUMN "decline_reason"`);
  }
}
