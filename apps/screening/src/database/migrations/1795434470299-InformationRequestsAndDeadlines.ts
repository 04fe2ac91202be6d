import { MigrationInterface, QueryRunner } from 'typeorm';

export class InformationRequestsAndDeadlines1795434470299 implements MigrationInterface {
  name = 'InformationRequestsAndDeadlines1795434470299';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deadlines" ("id" uuid NOT NULL, "kind" text NOT NULL, "subject_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a9b8551c028a78298641a8e3470" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "deadlines_due_idx" ON "deadlines" ("due_at") WHERE fired_at IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "information_requests" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "agency" text NOT NULL, "question" text NOT NULL, "datasets" text array NOT NULL, "lawful_basis" jsonb NOT NULL, "requested_by" jsonb NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "respond_by" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "escalated_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by" jsonb, "answer_subjects" jsonb, "answer_withheld" jsonb, CONSTRAINT "PK_6c42fdd3cb4a12dfa4f4107e2e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "information_requests_case_idx" ON "information_requests" ("case_id", "agency") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."information_requests_case_idx"`);
    await queryRunner.query(`DROP TABLE "information_requests"`);
    await queryRunner.query(`DROP INDEX "public"."deadlines_due_idx"`);
    await queryRunner.query(`DROP TABLE "deadlines"`);
  }
}
