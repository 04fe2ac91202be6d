import { MigrationInterface, QueryRunner } from 'typeorm';

/** The front door's staff register (who has signed in, with which roles) and each case's current screener. */
export class CaseAllocation1796690000000 implements MigrationInterface {
  name = 'CaseAllocation1796690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "front_door_staff" ("subject" text NOT NULL, "name" text NOT NULL, "roles" text array NOT NULL, "organisation" text NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_front_door_staff_subject" PRIMARY KEY ("subject"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_allocations" ("case_id" uuid NOT NULL, "screener_subject" text NOT NULL, "allocated_by" text NOT NULL, "allocated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_case_allocations_case_id" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_allocations_screener_idx" ON "case_allocations" ("screener_subject") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."case_allocations_screener_idx"`);
    await queryRunner.query(`DROP TABLE "case_allocations"`);
    await queryRunner.query(`DROP TABLE "front_door_staff"`);
  }
}
