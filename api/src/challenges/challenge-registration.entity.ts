import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A company following a challenge: it receives every amendment and answer. */
@Entity('challenge_registration')
export class ChallengeRegistration {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ name: 'registered_by', type: 'uuid', nullable: true })
  registeredBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
