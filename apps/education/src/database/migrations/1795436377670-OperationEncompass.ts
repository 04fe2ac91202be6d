import { MigrationInterface, QueryRunner } from 'typeorm';

export class OperationEncompass1795436377670 implements MigrationInterface {
  name = 'OperationEncompass1795436377670';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "encompass_notifications" ("id" uuid NOT NULL, "incident_id" uuid NOT NULL, "police_reference" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "pupil_id" uuid NOT NULL, "school_urn" text NOT NULL, "child_first_name" text NOT NULL, "child_last_name" text NOT NULL, "child_date_of_birth" date NOT NULL, "safeguarding_information" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_subject" text, "acknowledged_by_name" text, CONSTRAINT "PK_18f584203f3589ea0d0fbfb4d6e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "encompass_notifications_school_idx" ON "encompass_notifications" ("school_urn", "due_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "encompass_notifications_incident_pupil_key" ON "encompass_notifications" ("incident_id", "pupil_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "encompass_unmatched" ("incident_id" uuid NOT NULL, "child_position" smallint NOT NULL, "police_reference" text NOT NULL, "reason" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_848f5606b94f64e3772f54c81fa" PRIMARY KEY ("incident_id", "child_position"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "encompass_notifications" ADD CONSTRAINT "encompass_notifications_pupil_fk" FOREIGN KEY ("pupil_id") REFERENCES "pupils"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "encompass_notifications" ADD CONSTRAINT "encompass_notifications_school_fk" FOREIGN KEY ("school_urn") REFERENCES "schools"("urn") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "encompass_notifications" DROP CONSTRAINT "encompass_notifications_school_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "encompass_notifications" DROP CONSTRAINT "encompass_notifications_pupil_fk"`);
    await queryRunner.query(`DROP TABLE "encompass_unmatched"`);
    await queryRunner.query(`DROP INDEX "public"."encompass_notifications_incident_pupil_key"`);
    await queryRunner.query(`DROP INDEX "public"."encompass_notifications_school_idx"`);
    await queryRunner.query(`DROP TABLE "encompass_notifications"`);
  }
}
