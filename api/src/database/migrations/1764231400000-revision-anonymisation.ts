import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RevisionAnonymisation1764231400000 implements MigrationInterface {
  name = 'RevisionAnonymisation1764231400000';

  async up(q: QueryRunner): Promise<void> {
    // Submitted revisions stay immutable evidence with one exception the law requires: after the
    // retention period the personal data in a losing entry's content is anonymised, once, and the
    // revision says when. Everything else (receipt, hashes, documents list, times) never changes.
    await q.query(`ALTER TABLE entry_revision ADD COLUMN anonymised_at timestamptz`);
    await q.query(`
      CREATE OR REPLACE FUNCTION entry_revision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL
           AND (NEW.entry_id, NEW.revision, NEW.attachments, NEW.submitted_at, NEW.submitted_by, NEW.receipt, NEW.receipt_hash)
               IS NOT DISTINCT FROM (OLD.entry_id, OLD.revision, OLD.attachments, OLD.submitted_at, OLD.submitted_by, OLD.receipt, OLD.receipt_hash) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'entry revisions cannot be changed';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION entry_revision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'entry revisions cannot be changed';
      END $$`);
    await q.query(`ALTER TABLE entry_revision DROP COLUMN anonymised_at`);
  }
}
