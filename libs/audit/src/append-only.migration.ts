import { QueryRunner } from 'typeorm';

/** Makes audit_records append-only for every role, the service's own included. */
export async function makeAuditTrailAppendOnly(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE FUNCTION audit_records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_records is append-only: % refused', TG_OP;
    END $$`);
  await queryRunner.query(`
    CREATE TRIGGER audit_records_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_records
    FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse_change()`);
}

export async function dropAuditTrailAppendOnly(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('DROP TRIGGER audit_records_append_only ON audit_records');
  await queryRunner.query('DROP FUNCTION audit_records_refuse_change()');
}
