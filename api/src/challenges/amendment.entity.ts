import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('challenge_amendment')
export class Amendment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  @Column({ name: 'method_hash_before', type: 'char', length: 64, nullable: true })
  methodHashBefore: string | null;

  @Column({ name: 'method_hash_after', type: 'char', length: 64, nullable: true })
  methodHashAfter: string | null;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;
}
