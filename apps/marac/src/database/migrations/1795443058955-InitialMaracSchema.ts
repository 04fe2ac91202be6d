import { dropAuditTrailAppendOnly, makeAuditTrailAppendOnly } from '@frontdoor/audit';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialMaracSchema1795443058955 implements MigrationInterface {
  name = 'InitialMaracSchema1795443058955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_records" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_subject" text NOT NULL, "actor_roles" text array NOT NULL, "actor_organisation" text NOT NULL, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_f903ebdf175f062be69747b0f18" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_records_subject_idx" ON "audit_records" ("subject_type", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "inbox_messages" ("consumer" text NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "handled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e22cabc99c47a28c4c2dbe12bfd" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_messages" ("id" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "message_key" text NOT NULL, "envelope" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_056a423c8da414f84f61e2ee451" UNIQUE ("event_id"), CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_messages_unsent_idx" ON "outbox_messages" ("id") WHERE sent_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "marac_actions" ("id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "referral_id" uuid NOT NULL, "owner_agency" text NOT NULL, "description" text NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL, "created_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fdd103b4a85a85bd4f16e4005ec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "marac_actions_referral_idx" ON "marac_actions" ("referral_id") `);
    await queryRunner.query(
      `CREATE TABLE "marac_meetings" ("id" uuid NOT NULL, "kind" text NOT NULL, "held_at" TIMESTAMP WITH TIME ZONE NOT NULL, "research_cut_off_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "moved_from_bank_holiday" date, CONSTRAINT "PK_6867c52e02b32370c41b5930231" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "marac_meetings_regular_key" ON "marac_meetings" ("held_at") WHERE kind = 'regular'`,
    );
    await queryRunner.query(
      `CREATE TABLE "marac_referrals" ("id" uuid NOT NULL, "source" text NOT NULL, "incident_id" uuid, "screening_case_id" uuid, "police_reference" text, "status" text NOT NULL, "criteria_met" text array NOT NULL, "reasons" text array NOT NULL, "is_repeat" boolean NOT NULL, "previous_referral_id" uuid, "victim_first_name" text NOT NULL, "victim_last_name" text NOT NULL, "victim_date_of_birth" date, "victim_nhs_number" text, "victim_pnc_id" text, "perpetrator_first_name" text NOT NULL, "perpetrator_last_name" text NOT NULL, "perpetrator_date_of_birth" date, "perpetrator_nhs_number" text, "perpetrator_pnc_id" text, "children_in_household" jsonb NOT NULL, "referring_agency" text NOT NULL, "referred_by" text NOT NULL, "dash_yes_count" integer, "professional_judgement_reason" text, "call_outs_in_last_12_months" integer, "victim_safe_address" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "referred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "meeting_id" uuid, "idva_subject" text, "idva_name" text, "idva_allocated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5f317c1592f2dd7d565715f484c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "marac_referrals_meeting_idx" ON "marac_referrals" ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "marac_referrals_victim_pnc_idx" ON "marac_referrals" ("victim_pnc_id") `);
    await queryRunner.query(
      `CREATE INDEX "marac_referrals_victim_nhs_idx" ON "marac_referrals" ("victim_nhs_number") `,
    );
    await queryRunner.query(
      `CREATE INDEX "marac_referrals_victim_born_idx" ON "marac_referrals" ("victim_date_of_birth") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "marac_referrals_screening_case_key" ON "marac_referrals" ("screening_case_id") WHERE screening_case_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "marac_referrals_incident_key" ON "marac_referrals" ("incident_id") WHERE incident_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "marac_research" ("id" uuid NOT NULL, "referral_id" uuid NOT NULL, "agency" text NOT NULL, "status" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "respond_by" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by" jsonb, "findings" jsonb, "withheld" jsonb, CONSTRAINT "PK_5df640c2376c1bd5bab51ed0bd8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "marac_research_referral_idx" ON "marac_research" ("referral_id") `);
    await makeAuditTrailAppendOnly(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditTrailAppendOnly(queryRunner);
    await queryRunner.query(`DROP INDEX "public"."marac_research_referral_idx"`);
    await queryRunner.query(`DROP TABLE "marac_research"`);
    await queryRunner.query(`DROP INDEX "public"."marac_referrals_incident_key"`);
    await queryRunner.query(`DROP INDEX "public"."marac_referrals_screening_case_key"`);
    await queryRunner.query(`DROP INDEX "public"."marac_referrals_victim_born_idx"`);
    await queryRunner.query(`DROP INDEX "public"."marac_referrals_victim_nhs_idx"`);
    await queryRunner.query(`DROP INDEX "public"."marac_referrals_victim_pnc_idx"`);
    await queryRunner.query(`DROP INDEX "public"."marac_referrals_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "marac_referrals"`);
    await queryRunner.query(`DROP INDEX "public"."marac_meetings_regular_key"`);
    await queryRunner.query(`DROP TABLE "marac_meetings"`);
    await queryRunner.query(`DROP INDEX "public"."marac_actions_referral_idx"`);
    await queryRunner.query(`DROP TABLE "marac_actions"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_messages_unsent_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`DROP TABLE "inbox_messages"`);
    await queryRunner.query(`DROP INDEX "public"."audit_records_subject_idx"`);
    await queryRunner.query(`DROP TABLE "audit_records"`);
  }
}
