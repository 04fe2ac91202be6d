import { MigrationInterface, QueryRunner } from 'typeorm';

export class JointDecisions1795434623936 implements MigrationInterface {
  name = 'JointDecisions1795434623936';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "joint_decisions" ("case_id" uuid NOT NULL, "status" text NOT NULL, "outcome" text, "risk_level" text, "sealed_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_145c61b83af82fa55e5c3a95d5f" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "joint_decisions_status_idx" ON "joint_decisions" ("status") `);
    await queryRunner.query(
      `CREATE TABLE "joint_decision_views" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "party" text NOT NULL, "recorded_by" text NOT NULL, "recommended_outcome" text NOT NULL, "risk_level" text NOT NULL, "rationale" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_08c788d737df9dc78081e8c4550" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "joint_decision_views_case_idx" ON "joint_decision_views" ("case_id", "recorded_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."joint_decision_views_case_idx"`);
    await queryRunner.query(`DROP TABLE "joint_decision_views"`);
    await queryRunner.query(`DROP INDEX "public"."joint_decisions_status_idx"`);
    await queryRunner.query(`DROP TABLE "joint_decisions"`);
  }
}
