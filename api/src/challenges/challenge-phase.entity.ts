import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Localised } from '@fairpitch/shared/common';
import type { PhaseKind } from '@fairpitch/shared/challenges';

@Entity('challenge_phase')
export class ChallengePhase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar' })
  kind: PhaseKind;

  @Column({ type: 'jsonb', nullable: true })
  title: Localised | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;
}
