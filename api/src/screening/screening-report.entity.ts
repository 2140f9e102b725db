import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Finding, MandatoryOutcome, ScreeningArea } from '@fairpitch/shared/screening';

@Entity('screening_report')
export class ScreeningReportRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Column({ name: 'input_hash', type: 'char', length: 64 })
  inputHash: string;

  @Column({ type: 'jsonb' })
  areas: Record<ScreeningArea, { score: number | null }>;

  @Column({ type: 'jsonb' })
  findings: Finding[];

  @Column({ type: 'jsonb' })
  mandatory: MandatoryOutcome;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
