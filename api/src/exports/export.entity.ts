import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ExportOptions } from './export-options.js';

export type ExportState = 'queued' | 'running' | 'done' | 'failed';

@Entity('export')
export class ExportRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'varchar' })
  state: ExportState;

  @Column({ type: 'int' })
  progress: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** True while the challenge is not decided: every page and sheet says DRAFT. */
  @Column()
  draft: boolean;

  @Column({ type: 'jsonb' })
  options: ExportOptions;

  /** SHA-256 of the canonical JSON of the snapshot the files were built from. */
  @Column({ name: 'snapshot_hash', type: 'char', length: 64, nullable: true })
  snapshotHash: string | null;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

@Entity('export_file')
export class ExportFileRow {
  @PrimaryColumn({ name: 'export_id', type: 'uuid' })
  exportId: string;

  @PrimaryColumn({ type: 'varchar' })
  name: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size: number;

  @Column({ name: 'content_type', type: 'varchar' })
  contentType: string;

  /** Where the document store keeps the bytes (content-addressed by the SHA-256). */
  @Column({ name: 'storage_key', type: 'varchar' })
  storageKey: string;

  /** Set when the retention job removed the bytes (they held personal data of entries). */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}
