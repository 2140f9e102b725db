import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ScreeningJobState = 'queued' | 'running' | 'done' | 'failed';

/** The platform's own record of each screening job, for progress counts and failed-job re-runs. */
@Entity('screening_job')
export class ScreeningJob {
  @PrimaryColumn({ name: 'job_id' })
  jobId: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'revision_hash', type: 'char', length: 64 })
  revisionHash: string;

  @Column({ name: 'ruleset_version' })
  rulesetVersion: string;

  @Column({ type: 'varchar' })
  state: ScreeningJobState;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
