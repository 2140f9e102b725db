import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, type Repository } from 'typeorm';
import type { CompanyInput } from '@fairpitch/shared/challenges';
import { AppError } from '../common/app-error.js';
import { DomainEvents } from '../common/domain-events.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthUser, isStaff } from '../auth/auth-user.js';
import { InvitationsService } from '../auth/invitations.service.js';
import { UsersService } from '../auth/users.service.js';
import { Company } from './company.entity.js';
import { CompanyMember, type CompanyRole } from './company-member.entity.js';

export interface CompanyView {
  id: string;
  kind: 'company' | 'team';
  name: string;
  country: string;
  cvr: string | null;
  registrationNumber: string | null;
  sizeClass: Company['sizeClass'];
  contactPerson: { name: string; email: string; phone: string | null } | null;
  createdAt: string;
}

export function toCompanyView(company: Company): CompanyView {
  return {
    id: company.id,
    kind: company.kind,
    name: company.name,
    country: company.country,
    cvr: company.cvr,
    registrationNumber: company.registrationNumber,
    sizeClass: company.sizeClass,
    contactPerson: company.contactName && company.contactEmail ? { name: company.contactName, email: company.contactEmail, phone: company.contactPhone } : null,
    createdAt: company.createdAt.toISOString(),
  };
}

function uniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === '23505';
}

/** Companies and their members. Participant rights on the platform come from membership here. */
@Injectable()
export class OrganisationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Company) private readonly companies: Repository<Company>,
    @InjectRepository(CompanyMember) private readonly members: Repository<CompanyMember>,
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('invitation.accepted', async ({ userId, companyId }, manager) => {
      if (!companyId) return;
      // As at registration: an existing staff or admin account never becomes a company member.
      const [user] = (await manager.query(`SELECT global_role AS "globalRole" FROM app_user WHERE id = $1`, [userId])) as { globalRole: string | null }[];
      if (user?.globalRole) throw AppError.forbidden('company.staff_cannot_join');
      await manager.query(
        `INSERT INTO company_member (company_id, user_id, role) VALUES ($1, $2, 'member') ON CONFLICT DO NOTHING`,
        [companyId, userId],
      );
    });
  }

  async register(actor: AuthUser, input: CompanyInput): Promise<CompanyView> {
    // The authority and the bidders stay apart: staff accounts cannot act for a company.
    if (isStaff(actor)) throw AppError.forbidden('company.staff_cannot_register');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const company = await manager.save(
          Company,
          manager.create(Company, {
            name: input.name,
            country: input.country,
            cvr: input.country === 'DK' ? (input.cvr ?? null) : null,
            registrationNumber: input.country === 'DK' ? null : (input.registrationNumber ?? null),
            sizeClass: input.sizeClass,
            contactName: input.contactPerson?.name ?? actor.name,
            contactEmail: input.contactPerson?.email ?? actor.email,
            contactPhone: input.contactPerson?.phone ?? null,
            createdBy: actor.id,
          }),
        );
        await manager.insert(CompanyMember, { companyId: company.id, userId: actor.id, role: 'admin' });
        await this.audit.record(
          { action: 'company.registered', actorId: actor.id, subjectType: 'company', subjectId: company.id, data: { country: company.country, sizeClass: company.sizeClass } },
          manager,
        );
        return toCompanyView(company);
      });
    } catch (error) {
      if (uniqueViolation(error)) throw AppError.conflict('company.already_registered');
      throw error;
    }
  }

  /**
   * A hackathon team: formed by a registered participant during the event, it enters like a
   * company but has no register number; the creator leads it and invites the members.
   */
  async createTeam(actor: AuthUser, input: { name: string; country: string; challengeId: string }, manager: EntityManager): Promise<CompanyView> {
    if (isStaff(actor)) throw AppError.forbidden('company.staff_cannot_register');
    const team = await manager.save(
      Company,
      manager.create(Company, {
        kind: 'team',
        teamChallengeId: input.challengeId,
        name: input.name,
        country: input.country,
        cvr: null,
        registrationNumber: null,
        // Individuals forming a team count as a micro-enterprise in the SME statistics.
        sizeClass: 'micro',
        contactName: actor.name,
        contactEmail: actor.email,
        contactPhone: null,
        createdBy: actor.id,
      }),
    );
    await manager.insert(CompanyMember, { companyId: team.id, userId: actor.id, role: 'admin' });
    await this.audit.record({ action: 'team.formed', actorId: actor.id, subjectType: 'company', subjectId: team.id, data: { challengeId: input.challengeId } }, manager);
    return toCompanyView(team);
  }

  async update(actor: AuthUser, companyId: string, input: CompanyInput): Promise<CompanyView> {
    await this.requireCompanyAdmin(actor, companyId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const company = await manager.findOneOrFail(Company, { where: { id: companyId } });
        if (company.kind === 'team') throw AppError.conflict('team.not-a-company');
        Object.assign(company, {
          name: input.name,
          country: input.country,
          cvr: input.country === 'DK' ? (input.cvr ?? null) : null,
          registrationNumber: input.country === 'DK' ? null : (input.registrationNumber ?? null),
          sizeClass: input.sizeClass,
          contactName: input.contactPerson?.name ?? company.contactName,
          contactEmail: input.contactPerson?.email ?? company.contactEmail,
          contactPhone: input.contactPerson?.phone ?? company.contactPhone,
        });
        await manager.save(Company, company);
        await this.audit.record({ action: 'company.updated', actorId: actor.id, subjectType: 'company', subjectId: companyId }, manager);
        return toCompanyView(company);
      });
    } catch (error) {
      if (uniqueViolation(error)) throw AppError.conflict('company.already_registered');
      throw error;
    }
  }

  async get(actor: AuthUser, companyId: string): Promise<CompanyView> {
    if (!isStaff(actor) && !(await this.roleOf(actor.id, companyId))) throw AppError.notFound('company.not_found');
    const company = await this.companies.findOne({ where: { id: companyId } });
    if (!company) throw AppError.notFound('company.not_found');
    return toCompanyView(company);
  }

  async mine(actor: AuthUser): Promise<(CompanyView & { role: CompanyRole })[]> {
    const memberships = await this.members.find({ where: { userId: actor.id } });
    if (!memberships.length) return [];
    const companies = await this.companies.find({ where: { id: In(memberships.map((m) => m.companyId)) }, order: { name: 'ASC' } });
    const roles = new Map(memberships.map((m) => [m.companyId, m.role]));
    return companies.map((c) => ({ ...toCompanyView(c), role: roles.get(c.id)! }));
  }

  async listMembers(actor: AuthUser, companyId: string) {
    if (!(await this.roleOf(actor.id, companyId)) && actor.globalRole !== 'admin') throw AppError.notFound('company.not_found');
    const members = await this.members.find({ where: { companyId }, order: { createdAt: 'ASC' } });
    const users = await this.users.findByIds(members.map((m) => m.userId));
    const byId = new Map(users.map((u) => [u.id, u]));
    return members.map((m) => ({ userId: m.userId, name: byId.get(m.userId)?.name ?? '', email: byId.get(m.userId)?.email ?? '', role: m.role }));
  }

  /** A company admin invites a colleague; someone with an account joins at once. */
  async inviteMember(actor: AuthUser, companyId: string, input: { email: string; name: string }) {
    await this.requireCompanyAdmin(actor, companyId);
    const company = await this.companies.findOneOrFail({ where: { id: companyId } });
    return this.invitations.invite(actor, {
      email: input.email,
      name: input.name,
      role: 'participant',
      companyId,
      preAuthorised: true,
      context: `${company.name}`,
    });
  }

  async removeMember(actor: AuthUser, companyId: string, userId: string): Promise<void> {
    if (actor.id !== userId) await this.requireCompanyAdmin(actor, companyId);
    await this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(CompanyMember, { where: { companyId, userId }, lock: { mode: 'pessimistic_write' } });
      if (!member) throw AppError.notFound();
      if (member.role === 'admin') {
        const admins = await manager.count(CompanyMember, { where: { companyId, role: 'admin' } });
        if (admins <= 1) throw AppError.conflict('company.last_admin');
      }
      await manager.delete(CompanyMember, { companyId, userId });
      await this.audit.record({ action: 'company.member_removed', actorId: actor.id, subjectType: 'company', subjectId: companyId, data: { userId } }, manager);
    });
  }

  // ---- for other areas ----

  // Inside a transaction, pass its manager to these: a second pool connection per request can starve the pool.

  /** Asked on almost every request of a participant, so it is one plain query. */
  async roleOf(userId: string, companyId: string, manager?: EntityManager): Promise<CompanyRole | null> {
    const rows = (await (manager ?? this.dataSource).query(`SELECT role FROM company_member WHERE user_id = $1 AND company_id = $2`, [userId, companyId])) as { role: CompanyRole }[];
    return rows[0]?.role ?? null;
  }

  async companyIdsOf(userId: string, manager?: EntityManager): Promise<string[]> {
    return (await (manager?.getRepository(CompanyMember) ?? this.members).find({ where: { userId } })).map((m) => m.companyId);
  }

  async findByIds(ids: string[], manager?: EntityManager): Promise<Company[]> {
    return ids.length ? (manager?.getRepository(Company) ?? this.companies).find({ where: { id: In(ids) } }) : [];
  }

  /**
   * Whether the user is a member of the company, and the addresses its notices go to (every
   * member not disabled), in one query: a submission asks both on the deadline rush's hot path.
   */
  async membershipAndEmails(userId: string, companyId: string, manager?: EntityManager): Promise<{ isMember: boolean; emails: string[] }> {
    const [row] = (await (manager ?? this.dataSource).query(
      `SELECT coalesce(bool_or(m.user_id = $1), false) AS "isMember",
              coalesce(array_agg(DISTINCT u.email ORDER BY u.email) FILTER (WHERE u.disabled_at IS NULL), '{}') AS emails
         FROM company_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.company_id = $2`,
      [userId, companyId],
    )) as { isMember: boolean; emails: string[] }[];
    return { isMember: row?.isMember ?? false, emails: row?.emails ?? [] };
  }

  /** E-mail addresses of every member of the given companies, for notices. */
  async memberEmails(companyIds: string[], manager?: EntityManager): Promise<string[]> {
    if (!companyIds.length) return [];
    const rows = (await (manager ?? this.dataSource).query(
      `SELECT DISTINCT u.email FROM company_member m JOIN app_user u ON u.id = m.user_id WHERE m.company_id = ANY($1) AND u.disabled_at IS NULL ORDER BY u.email`,
      [companyIds],
    )) as { email: string }[];
    return rows.map((r) => r.email);
  }

  /** Names, member names and e-mail domains of a company: what blind review must hide. */
  async identityOf(
    companyId: string,
    manager?: EntityManager,
  ): Promise<{ companyName: string; cvr?: string; registrationNumber?: string; emailDomains: string[]; memberNames: string[] }> {
    const company = await (manager?.getRepository(Company) ?? this.companies).findOneOrFail({ where: { id: companyId } });
    const rows = (await (manager ?? this.dataSource).query(
      `SELECT u.name, u.email FROM company_member m JOIN app_user u ON u.id = m.user_id WHERE m.company_id = $1`,
      [companyId],
    )) as { name: string; email: string }[];
    const domains = new Set(rows.map((r) => r.email.split('@')[1]!).concat(company.contactEmail ? [company.contactEmail.split('@')[1]!] : []));
    return {
      companyName: company.name,
      cvr: company.cvr ?? undefined,
      registrationNumber: company.registrationNumber ?? undefined,
      emailDomains: [...domains].filter(Boolean).sort(),
      memberNames: [...new Set(rows.map((r) => r.name).concat(company.contactName ? [company.contactName] : []))].sort(),
    };
  }

  private async requireCompanyAdmin(actor: AuthUser, companyId: string): Promise<void> {
    const role = await this.roleOf(actor.id, companyId);
    if (!role) throw AppError.notFound('company.not_found');
    if (role !== 'admin') throw AppError.forbidden('company.admin_required');
  }
}
