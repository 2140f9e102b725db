import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GlobalRole } from '@fairpitch/shared/accounts';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  email: string;

  @Column()
  name: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ name: 'global_role', type: 'varchar', nullable: true })
  globalRole: GlobalRole | null;

  @Column({ type: 'varchar', default: 'da' })
  locale: 'da' | 'en';

  // Room for an external identity (OpenID Connect from the city's IdP or a MitID Erhverv broker).
  @Column({ name: 'external_issuer', type: 'text', nullable: true })
  externalIssuer: string | null;

  @Column({ name: 'external_subject', type: 'text', nullable: true })
  externalSubject: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
