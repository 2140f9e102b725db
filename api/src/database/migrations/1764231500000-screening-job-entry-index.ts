import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningJobEntryIndex1764231500000 implements MigrationInterface {
  name = 'ScreeningJobEntryIndex1764231500000';

  async up(q: QueryRunner): Promise<void> {
    // An entry's newest screening job is looked up per entry and revision (report pages, the
    // organiser's batch of reports); without this index each lookup scans every job.
    await q.query(`CREATE INDEX screening_job_entry_idx ON screening_job (entry_id, revision, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX screening_job_entry_idx`);
  }
}
