import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type CompanyRole = 'admin' | 'member';

@Entity('company_member')
export class CompanyMember {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar' })
  role: CompanyRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
