import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EntryDocumentTotals1764231200000 implements MigrationInterface {
  name = 'EntryDocumentTotals1764231200000';

  async up(q: QueryRunner): Promise<void> {
    // Running totals of an entry's current documents, so an upload checks the per-entry limits and
    // records the document in one atomic statement (the row lock of the UPDATE serialises uploads).
    await q.query(`ALTER TABLE entry ADD COLUMN document_bytes bigint NOT NULL DEFAULT 0 CHECK (document_bytes >= 0)`);
    await q.query(`ALTER TABLE entry ADD COLUMN document_count integer NOT NULL DEFAULT 0 CHECK (document_count >= 0)`);
    await q.query(`
      UPDATE entry e SET document_bytes = t.bytes, document_count = t.count
      FROM (SELECT entry_id, sum(size)::bigint AS bytes, count(*)::int AS count FROM attachment WHERE removed_at IS NULL GROUP BY entry_id) t
      WHERE t.entry_id = e.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE entry DROP COLUMN document_count`);
    await q.query(`ALTER TABLE entry DROP COLUMN document_bytes`);
  }
}
