import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Receipt, ReceiptAttachment } from '@fairpitch/shared/submissions';

@Entity('entry_revision')
export class EntryRevision {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @PrimaryColumn({ type: 'int' })
  revision: number;

  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  attachments: ReceiptAttachment[];

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ type: 'jsonb' })
  receipt: Receipt;

  @Column({ name: 'receipt_hash', type: 'char', length: 64 })
  receiptHash: string;

  /** Set when the retention job anonymised the personal data in the content (the receipt no longer recomputes). */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;
}
