import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Exports1764231000000 implements MigrationInterface {
  name = 'Exports1764231000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        requested_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        state varchar(10) NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        error text,
        draft boolean NOT NULL,
        options jsonb NOT NULL,
        snapshot_hash char(64),
        attempts int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        -- Finished exactly when done or failed; a finished export is complete.
        CHECK ((state IN ('done', 'failed')) = (finished_at IS NOT NULL)),
        CHECK (state <> 'done' OR (progress = 100 AND snapshot_hash IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX export_challenge_idx ON export (challenge_id, created_at DESC)`);
    // The files of a finished export, stored in the document store under their SHA-256.
    await q.query(`
      CREATE TABLE export_file (
        export_id uuid NOT NULL REFERENCES export(id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        sha256 char(64) NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        content_type varchar(100) NOT NULL,
        storage_key varchar(200) NOT NULL,
        removed_at timestamptz,
        PRIMARY KEY (export_id, name)
      )`);
    await q.query(`CREATE INDEX export_file_sha256_idx ON export_file (sha256)`);
    // Entry revisions are immutable evidence, so anonymisation after the retention period is
    // recorded here and applied when entries are read for export.
    await q.query(`
      CREATE TABLE entry_retention (
        entry_id uuid PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        anonymised_at timestamptz NOT NULL,
        removed_documents jsonb NOT NULL,
        redacted_paths jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE challenge_retention (
        challenge_id uuid PRIMARY KEY REFERENCES challenge(id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL,
        applied_at timestamptz NOT NULL,
        entries_anonymised int NOT NULL,
        documents_removed int NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['challenge_retention', 'entry_retention', 'export_file', 'export']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
