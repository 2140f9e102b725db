import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { EntryHeader } from './entry.entity.js';

export type EntryReader = 'company' | 'organiser' | 'juror';

/** Another area may grant read access (judging: an assigned, unconflicted juror). */
export type ExtraReaderCheck = (user: AuthUser, entry: EntryHeader) => Promise<boolean>;

/**
 * Who may read an entry. The company always sees its own. Municipal users, organisers and admins
 * alike, see nothing of the content before the entries are opened at the deadline.
 */
@Injectable()
export class EntryAccess {
  private readonly extraReaders: ExtraReaderCheck[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly challengeAccess: ChallengeAccess,
  ) {}

  registerReader(check: ExtraReaderCheck): void {
    this.extraReaders.push(check);
  }

  /** Inside a transaction, pass its manager (one connection per request). */
  async isOpened(challengeId: string, manager?: EntityManager): Promise<boolean> {
    const rows = (await (manager ?? this.dataSource).query(`SELECT 1 FROM entry_opening WHERE challenge_id = $1`, [challengeId])) as unknown[];
    return rows.length > 0;
  }

  async isCompanyMember(user: AuthUser, entry: EntryHeader, manager?: EntityManager): Promise<boolean> {
    return (await this.organisations.roleOf(user.id, entry.companyId, manager)) !== null;
  }

  /** How the user may read the entry; 404 if not at all, 403 'entry.sealed' for the team before opening. */
  async requireReader(user: AuthUser, entry: EntryHeader): Promise<EntryReader> {
    if (await this.isCompanyMember(user, entry)) return 'company';
    if (await this.challengeAccess.isOrganiser(user, entry.challengeId)) {
      if (!(await this.isOpened(entry.challengeId)) || entry.status === 'draft') throw AppError.forbidden('entry.sealed');
      return 'organiser';
    }
    for (const check of this.extraReaders) if (await check(user, entry)) return 'juror';
    throw AppError.notFound('entry.not_found');
  }

  /** Only the company's own members change an entry. */
  async requireCompanyMember(user: AuthUser, entry: EntryHeader, manager?: EntityManager): Promise<void> {
    if (!(await this.isCompanyMember(user, entry, manager))) await this.refuseNonMember(user, entry, manager);
  }

  /** As requireCompanyMember, answering also the addresses the company's notices go to, from the same query. */
  async requireCompanyMemberWithEmails(user: AuthUser, entry: EntryHeader, manager?: EntityManager): Promise<string[]> {
    const company = await this.organisations.membershipAndEmails(user.id, entry.companyId, manager);
    if (!company.isMember) await this.refuseNonMember(user, entry, manager);
    return company.emails;
  }

  /** An organiser learns the entry exists but is not theirs to change; anyone else, that there is no such entry. */
  private async refuseNonMember(user: AuthUser, entry: EntryHeader, manager?: EntityManager): Promise<never> {
    if (await this.challengeAccess.isOrganiser(user, entry.challengeId, manager)) throw AppError.forbidden('entry.company_only');
    throw AppError.notFound('entry.not_found');
  }
}
