import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Red contacts out of office hours go to the emergency duty team's queue on an elapsed-hours
 * clock, with what the team did recorded and the hand-over to the front door. Existing cases
 * are the front door's, on office hours, as they always were.
 */
export class EmergencyDutyTeam1796700000000 implements MigrationInterface {
  name = 'EmergencyDutyTeam1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "screening_cases" ADD "queue" text NOT NULL DEFAULT 'front-door'`);
    await queryRunner.query(`ALTER TABLE "screening_cases" ADD "deadline_clock" text NOT NULL DEFAULT 'office-hours'`);
    await queryRunner.query(`ALTER TABLE "screening_cases" ADD "handed_over_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "screening_cases" ADD "handed_over_by" text`);
    await queryRunner.query(
      `CREATE INDEX "screening_cases_queue_idx" ON "screening_cases" ("queue", "status", "decision_deadline") `,
    );
    await queryRunner.query(
      `CREATE TABLE "emergency_duty_records" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "actions" text array NOT NULL, "summary" text NOT NULL, "recorded_by" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_63fee5904d491e9cf6d4db67b6d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "emergency_duty_records_case_idx" ON "emergency_duty_records" ("case_id", "recorded_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."emergency_duty_records_case_idx"`);
    await queryRunner.query(`DROP TABLE "emergency_duty_records"`);
    await queryRunner.query(`DROP INDEX "public"."screening_cases_queue_idx"`);
    await queryRunner.query(`ALTER TABLE "screening_cases" DROP COLUMN "handed_over_by"`);
    await queryRunner.query(`ALTER TABLE "screening_cases" DROP COLUMN "handed_over_at"`);
    await queryRunner.query(`ALTER TABLE "screening_cases" DROP COLUMN "deadline_clock"`);
    await queryRunner.query(`ALTER TABLE "screening_cases" DROP COLUMN "queue"`);
  }
}
