import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UsersService } from '../auth/users.service.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { JudgedEntries } from './judged-entries.service.js';
import { decisionExists } from './jury-state.js';
import type { ConflictDeclaration, ConflictKind, OrganiserConflict } from './jury.dto.js';

export interface ParticipatingCompany {
  companyId: string;
  name: string;
  entryIds: string[];
}

interface LatestRow {
  jurorId: string;
  companyId: string;
  source: 'juror' | 'organiser';
  kind: ConflictKind;
  note: string;
  declaredAt: Date;
}

/**
 * Conflicts of interest (udbudsloven § 4): each juror declares, for every participating company
 * (by name, before seeing any entry), a conflict or none; organisers may add conflicts. Every
 * declaration is kept; the latest per juror, company and source counts, and a conflict from either
 * source keeps the juror away from that company's entries.
 */
@Injectable()
export class JuryConflicts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChallengeAccess,
    private readonly entries: JudgedEntries,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The companies with a submitted entry, by name. */
  async companies(challengeId: string): Promise<ParticipatingCompany[]> {
    const byCompany = new Map<string, ParticipatingCompany>();
    for (const entry of await this.entries.submitted(challengeId)) {
      const company = byCompany.get(entry.companyId) ?? { companyId: entry.companyId, name: entry.companyName, entryIds: [] };
      company.entryIds.push(entry.entryId);
      byCompany.set(entry.companyId, company);
    }
    return [...byCompany.values()].sort((a, b) => a.name.localeCompare(b.name, 'da') || a.companyId.localeCompare(b.companyId));
  }

  /** What a juror sees to declare: company names only, never an entry, with their latest answer. */
  async forJuror(actor: AuthUser, challengeId: string) {
    await this.requireJuror(actor, challengeId);
    const companies = await this.companies(challengeId);
    const mine = (await this.latest(challengeId)).filter((r) => r.jurorId === actor.id && r.source === 'juror');
    const declared = new Map(mine.map((r) => [r.companyId, r]));
    return {
      challengeId,
      complete: companies.every((c) => declared.has(c.companyId)),
      companies: companies.map((c) => {
        const d = declared.get(c.companyId);
        return { companyId: c.companyId, name: c.name, declaration: d ? { kind: d.kind, note: d.note, declaredAt: d.declaredAt.toISOString() } : null };
      }),
    };
  }

  async declare(actor: AuthUser, challengeId: string, declarations: ConflictDeclaration[]) {
    await this.requireJuror(actor, challengeId);
    const companies = await this.companies(challengeId);
    const known = new Map(companies.map((c) => [c.companyId, c]));
    const unknown = declarations.flatMap((d, i) => (known.has(d.companyId) ? [] : [{ path: `declarations.${i}.companyId`, code: 'jury.company-not-participating' }]));
    if (unknown.length) throw AppError.validation(unknown);
    const decided = await this.isDecided(challengeId);
    await this.dataSource.transaction(async (manager) => {
      for (const d of declarations) await this.insert(manager, challengeId, actor.id, d, 'juror', actor.id);
      await this.audit.record(
        {
          action: 'jury.conflicts_declared',
          actorId: actor.id,
          subjectType: 'challenge',
          subjectId: challengeId,
          data: { jurorId: actor.id, declarations: declarations.map((d) => ({ companyId: d.companyId, kind: d.kind, note: d.note })) },
        },
        manager,
      );
      if (decided) return;
      for (const d of declarations.filter((x) => x.kind !== 'none')) {
        await this.dropAssignments(manager, challengeId, actor.id, known.get(d.companyId)!.entryIds, actor.id);
      }
    });
    return this.forJuror(actor, challengeId);
  }

  /** An organiser records a conflict they know of; it cannot be undone by the juror's own "none". */
  async addByOrganiser(actor: AuthUser, challengeId: string, input: OrganiserConflict) {
    await this.access.requireOrganiser(actor, challengeId);
    const companies = await this.companies(challengeId);
    const company = companies.find((c) => c.companyId === input.companyId);
    const fields = [];
    if (!(await this.access.rolesOf(input.jurorId, challengeId)).includes('juror')) fields.push({ path: 'jurorId', code: 'jury.juror-unknown' });
    if (!company) fields.push({ path: 'companyId', code: 'jury.company-not-participating' });
    if (fields.length) throw AppError.validation(fields);
    const decided = await this.isDecided(challengeId);
    await this.dataSource.transaction(async (manager) => {
      await this.insert(manager, challengeId, input.jurorId, input, 'organiser', actor.id);
      await this.audit.record(
        { action: 'jury.conflict_added', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { jurorId: input.jurorId, companyId: input.companyId, kind: input.kind, note: input.note } },
        manager,
      );
      if (!decided) await this.dropAssignments(manager, challengeId, input.jurorId, company!.entryIds, actor.id);
    });
    return this.history(actor, challengeId);
  }

  /** Every declaration ever made, oldest first, for the organiser and the export. */
  async history(actor: AuthUser, challengeId: string) {
    await this.access.requireOrganiser(actor, challengeId);
    return this.historyOf(challengeId);
  }

  /** Every declaration of a challenge in the order made, without names (for the exports). */
  async declarationsOf(challengeId: string) {
    const rows = (await this.dataSource.query(
      `SELECT id::text AS id, juror_id AS "jurorId", company_id AS "companyId", kind, note, source, declared_at AS "declaredAt"
         FROM jury_conflict WHERE challenge_id = $1 ORDER BY id`,
      [challengeId],
    )) as { id: string; jurorId: string; companyId: string; kind: ConflictKind; note: string; source: string; declaredAt: Date }[];
    return rows.map((r) => ({ ...r, declaredAt: r.declaredAt.toISOString() }));
  }

  async historyOf(challengeId: string) {
    const rows = (await this.dataSource.query(
      `SELECT id::text AS id, juror_id AS "jurorId", company_id AS "companyId", kind, note, source, declared_by AS "declaredBy", declared_at AS "declaredAt"
         FROM jury_conflict WHERE challenge_id = $1 ORDER BY id`,
      [challengeId],
    )) as { id: string; jurorId: string; companyId: string; kind: ConflictKind; note: string; source: string; declaredBy: string | null; declaredAt: Date }[];
    const users = new Map((await this.users.findByIds([...new Set(rows.map((r) => r.jurorId))])).map((u) => [u.id, u.name]));
    const companies = new Map((await this.entries.isOpened(challengeId) ? await this.companies(challengeId) : []).map((c) => [c.companyId, c.name]));
    return rows.map((r) => ({ ...r, jurorName: users.get(r.jurorId) ?? '', companyName: companies.get(r.companyId) ?? '', declaredAt: r.declaredAt.toISOString() }));
  }

  /** (juror, company) pairs with a conflict in force. */
  async conflicted(challengeId: string, manager: EntityManager = this.dataSource.manager): Promise<{ jurorId: string; companyId: string }[]> {
    const pairs = new Map<string, { jurorId: string; companyId: string }>();
    for (const row of await this.latest(challengeId, manager)) {
      if (row.kind !== 'none') pairs.set(`${row.jurorId}:${row.companyId}`, { jurorId: row.jurorId, companyId: row.companyId });
    }
    return [...pairs.values()];
  }

  async isConflicted(challengeId: string, jurorId: string, companyId: string): Promise<boolean> {
    return (await this.conflicted(challengeId)).some((p) => p.jurorId === jurorId && p.companyId === companyId);
  }

  /** Jurors who have declared for every participating company. */
  async declaredJurors(challengeId: string, companies: ParticipatingCompany[]): Promise<Set<string>> {
    const declared = new Map<string, Set<string>>();
    for (const row of await this.latest(challengeId)) {
      if (row.source !== 'juror') continue;
      const set = declared.get(row.jurorId) ?? new Set<string>();
      set.add(row.companyId);
      declared.set(row.jurorId, set);
    }
    return new Set([...declared].filter(([, set]) => companies.every((c) => set.has(c.companyId))).map(([jurorId]) => jurorId));
  }

  private async latest(challengeId: string, manager: EntityManager = this.dataSource.manager): Promise<LatestRow[]> {
    return (await manager.query(
      `SELECT DISTINCT ON (juror_id, company_id, source) juror_id AS "jurorId", company_id AS "companyId", source, kind, note, declared_at AS "declaredAt"
         FROM jury_conflict WHERE challenge_id = $1 ORDER BY juror_id, company_id, source, id DESC`,
      [challengeId],
    )) as LatestRow[];
  }

  private async insert(manager: EntityManager, challengeId: string, jurorId: string, d: { companyId: string; kind: ConflictKind; note: string }, source: 'juror' | 'organiser', by: string) {
    await manager.query(
      `INSERT INTO jury_conflict (challenge_id, juror_id, company_id, kind, note, source, declared_by, declared_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [challengeId, jurorId, d.companyId, d.kind, d.note, source, by, this.clock.now()],
    );
  }

  /** A conflict found after assignment takes the juror off that company's entries (their review no longer counts). */
  private async dropAssignments(manager: EntityManager, challengeId: string, jurorId: string, entryIds: string[], actorId: string) {
    const removed = (await manager.query(`DELETE FROM jury_assignment WHERE challenge_id = $1 AND juror_id = $2 AND entry_id = ANY($3) RETURNING entry_id AS "entryId"`, [
      challengeId,
      jurorId,
      entryIds,
    ])) as [{ entryId: string }[], number];
    for (const { entryId } of removed[0]) {
      await this.audit.record(
        { action: 'jury.assignment_removed', actorId, subjectType: 'challenge', subjectId: challengeId, data: { entryId, jurorId, reason: 'conflict-of-interest' } },
        manager,
      );
    }
  }

  private async requireJuror(actor: AuthUser, challengeId: string): Promise<void> {
    await this.access.findVisible(actor, challengeId);
    if (!(await this.access.isJuror(actor, challengeId))) throw AppError.forbidden('jury.not-juror');
  }

  private isDecided(challengeId: string): Promise<boolean> {
    return decisionExists(this.dataSource, challengeId);
  }
}
