import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('challenge_question')
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ name: 'asked_by', type: 'uuid', nullable: true })
  askedBy: string | null;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt: Date;

  /** Public number, given when the answer is published. */
  @Column({ type: 'int', nullable: true })
  number: number | null;

  @Column({ name: 'published_question', type: 'text', nullable: true })
  publishedQuestion: string | null;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
