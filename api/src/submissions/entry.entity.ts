import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EntryStatus } from '@fairpitch/shared/submissions';

@Entity('entry')
export class Entry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'varchar' })
  status: EntryStatus;

  /** The working draft; submitted versions are frozen in entry_revision. */
  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;

  /** Bumped on every draft save, so two colleagues cannot overwrite each other unnoticed. */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'current_revision', type: 'int', nullable: true })
  currentRevision: number | null;

  /** The neutral number jurors see ("Entry 7") in blind review. */
  @Column({ type: 'int', nullable: true })
  label: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}

/** The part of an entry that decides who may touch it. */
export type EntryHeader = Pick<Entry, 'id' | 'challengeId' | 'companyId' | 'status'>;
