import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ChallengeRole } from '@fairpitch/shared/accounts';

@Entity('challenge_member')
export class ChallengeMember {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar' })
  role: ChallengeRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
