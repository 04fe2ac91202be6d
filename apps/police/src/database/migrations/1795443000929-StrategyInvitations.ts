import { MigrationInterface, QueryRunner } from 'typeorm';

export class StrategyInvitations1795443000929 implements MigrationInterface {
  name = 'StrategyInvitations1795443000929';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "strategy_invitations" ("id" uuid NOT NULL, "discussion_id" uuid NOT NULL, "case_reference" text NOT NULL, "invitation" jsonb NOT NULL, "status" text NOT NULL, "due_by" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attendee" jsonb, "availability" jsonb, "confirmed_by" text, "confirmed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22705e244c338141d5149043c16" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "strategy_invitations_status_idx" ON "strategy_invitations" ("status", "due_by") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."strategy_invitations_status_idx"`);
    await queryRunner.query(`DROP TABLE "strategy_invitations"`);
  }
}
