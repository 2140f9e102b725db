import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Screening1764230800000 implements MigrationInterface {
  name = 'Screening1764230800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE screening_job (
        job_id varchar(300) PRIMARY KEY,
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        entry_id uuid NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
        revision int NOT NULL,
        revision_hash char(64) NOT NULL,
        ruleset_version varchar(40) NOT NULL,
        state varchar(10) NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX screening_job_challenge_idx ON screening_job (challenge_id, state)`);
    await q.query(`
      CREATE TABLE screening_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        entry_id uuid NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
        revision int NOT NULL,
        revision_hash char(64) NOT NULL,
        ruleset_version varchar(40) NOT NULL,
        input_hash char(64) NOT NULL,
        areas jsonb NOT NULL,
        findings jsonb NOT NULL,
        mandatory jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Exactly one report per revision and ruleset, whatever crashes and retries happen.
        UNIQUE (entry_id, revision, ruleset_version)
      )`);
    await q.query(`CREATE INDEX screening_report_entry_idx ON screening_report (entry_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE screening_decision (
        report_id uuid NOT NULL REFERENCES screening_report(id) ON DELETE CASCADE,
        rule_id varchar(100) NOT NULL,
        decision varchar(10) NOT NULL CHECK (decision IN ('confirmed', 'overridden')),
        reason text NOT NULL,
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (report_id, rule_id)
      )`);
    await q.query(`
      CREATE TABLE screening_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES screening_report(id) ON DELETE CASCADE,
        text text NOT NULL,
        responded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        responded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE identity_leak_decision (
        entry_id uuid NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
        revision int NOT NULL,
        decision varchar(10) NOT NULL CHECK (decision IN ('redacted', 'accepted')),
        reason text NOT NULL,
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entry_id, revision)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['identity_leak_decision', 'screening_response', 'screening_decision', 'screening_report', 'screening_job']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
