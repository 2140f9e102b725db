import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Submissions1764230700000 implements MigrationInterface {
  name = 'Submissions1764230700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        status varchar(10) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'withdrawn')),
        content jsonb NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1,
        current_revision int,
        label int,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        withdrawn_at timestamptz,
        -- One entry per company and challenge; revisions carry the history.
        UNIQUE (challenge_id, company_id),
        UNIQUE (challenge_id, label),
        CHECK ((status = 'draft') OR current_revision IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX entry_challenge_status_idx ON entry (challenge_id, status)`);
    await q.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
        file_name varchar(200) NOT NULL,
        extension varchar(10) NOT NULL,
        mime varchar(200) NOT NULL,
        size bigint NOT NULL CHECK (size > 0),
        sha256 char(64) NOT NULL,
        uploaded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz
      )`);
    await q.query(`CREATE INDEX attachment_entry_idx ON attachment (entry_id) WHERE removed_at IS NULL`);
    await q.query(`
      CREATE TABLE entry_revision (
        entry_id uuid NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
        revision int NOT NULL CHECK (revision >= 1),
        content jsonb NOT NULL,
        attachments jsonb NOT NULL,
        submitted_at timestamptz NOT NULL,
        submitted_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        receipt jsonb NOT NULL,
        receipt_hash char(64) NOT NULL,
        PRIMARY KEY (entry_id, revision)
      )`);
    // Submitted revisions are evidence: never edited afterwards.
    await q.query(`
      CREATE FUNCTION entry_revision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'entry revisions cannot be changed';
      END $$`);
    await q.query(`CREATE TRIGGER entry_revision_no_update BEFORE UPDATE ON entry_revision FOR EACH ROW EXECUTE FUNCTION entry_revision_immutable()`);
    await q.query(`
      CREATE TABLE idempotency_record (
        user_id uuid NOT NULL,
        key varchar(200) NOT NULL,
        scope varchar(100) NOT NULL,
        status int NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
    await q.query(`
      CREATE TABLE entry_opening (
        challenge_id uuid PRIMARY KEY REFERENCES challenge(id) ON DELETE CASCADE,
        opened_at timestamptz NOT NULL,
        opened_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        entries jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic varchar(100) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        sent_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_message_pending_idx ON outbox_message (created_at) WHERE sent_at IS NULL`);
    await q.query(`
      CREATE TABLE consumed_event (
        consumer varchar(100) NOT NULL,
        outbox_id uuid NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        deliveries int NOT NULL DEFAULT 1,
        PRIMARY KEY (consumer, outbox_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['consumed_event', 'outbox_message', 'entry_opening', 'idempotency_record', 'entry_revision', 'attachment', 'entry']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS entry_revision_immutable`);
  }
}
