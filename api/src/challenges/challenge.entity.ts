import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type {
  ChallengeState,
  ChallengeType,
  ContactPerson,
  EvaluationMethod,
  LegalBasis,
} from '@fairpitch/shared/challenges';
import type { CustomQuestion } from '@fairpitch/shared/submissions';

export interface StoredPrize {
  amountDkk: number;
  recipients: 'single' | 'several' | 'all-participants';
  description?: string;
}

@Entity('challenge')
export class Challenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar' })
  status: ChallengeState;

  @Column({ type: 'varchar' })
  type: ChallengeType;

  @Column({ type: 'varchar' })
  language: 'da' | 'en';

  @Column()
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'description_markdown', type: 'text' })
  descriptionMarkdown: string;

  @Column()
  department: string;

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'jsonb', nullable: true })
  contact: ContactPerson | null;

  @Column({ name: 'outreach_partners', type: 'jsonb' })
  outreachPartners: { name: string; url: string }[];

  @Column({ name: 'legal_basis', type: 'varchar' })
  legalBasis: LegalBasis;

  @Column({ type: 'jsonb' })
  prizes: StoredPrize[];

  @Column({ name: 'benefits_to_individual_firms' })
  benefitsToIndividualFirms: boolean;

  @Column({ name: 'de_minimis_declarations_required' })
  deMinimisDeclarationsRequired: boolean;

  @Column({ name: 'leads_to_purchase' })
  leadsToPurchase: boolean;

  @Column({ name: 'blind_review' })
  blindReview: boolean;

  @Column({ name: 'submission_grace_seconds', type: 'int' })
  submissionGraceSeconds: number;

  @Column({ name: 'response_period_days', type: 'int', nullable: true })
  responsePeriodDays: number | null;

  @Column({ name: 'retention_days', type: 'int', nullable: true })
  retentionDays: number | null;

  @Column({ name: 'custom_questions', type: 'jsonb' })
  customQuestions: CustomQuestion[];

  @Column({ name: 'evaluation_method', type: 'jsonb', nullable: true })
  evaluationMethod: EvaluationMethod | null;

  @Column({ name: 'method_hash', type: 'char', length: 64, nullable: true })
  methodHash: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
