import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Conflict, assignJurors } from '@fairpitch/shared/judging';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UsersService } from '../auth/users.service.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { JudgedEntries } from './judged-entries.service.js';
import { JuryAccess } from './jury-access.service.js';
import { JuryConflicts, type ParticipatingCompany } from './jury-conflicts.service.js';
import { JuryPanels, requireOpenForJury } from './jury-panels.service.js';
import { decisionExists, lockJury } from './jury-state.js';

/**
 * Who scores which entry: an automatic, load-balanced draw that respects conflicts and is the same
 * for the same seed (the seed goes into the audit trail, so anyone can replay it), plus audited
 * changes by hand. Only admissible submitted entries are assigned, and only jurors who have
 * declared their conflicts for every company.
 */
@Injectable()
export class JuryAssignments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jury: JuryAccess,
    private readonly panels: JuryPanels,
    private readonly conflicts: JuryConflicts,
    private readonly entries: JudgedEntries,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async assign(actor: AuthUser, challengeId: string, input: { seed: string; perEntry?: number }) {
    const challenge = await this.requireRubricOrganiser(actor, challengeId);
    const panel = await this.panels.settingsOf(challenge);
    const perEntry = input.perEntry ?? panel.perEntry;
    const roster = await this.entries.roster(challengeId);
    const companies = await this.conflicts.companies(challengeId);
    const declared = await this.conflicts.declaredJurors(challengeId, companies);
    const allJurors = await this.jury.jurorIds(challengeId);
    const jurorIds = allJurors.filter((id) => declared.has(id));
    const conflicts = await this.conflictsByEntry(challengeId, companies);
    const result = assignJurors({ entryIds: roster.admissible.map((e) => e.entryId), jurorIds, conflicts, perEntry, seed: input.seed });
    const excludedJurors = allJurors.filter((id) => !declared.has(id)).map((jurorId) => ({ jurorId, reason: 'declarations-missing' as const }));

    await this.dataSource.transaction(async (manager) => {
      // Serialise with reviews being saved: a new draw only before anyone has scored.
      await lockJury(manager, challengeId);
      const started = (await manager.query(`SELECT 1 FROM jury_review WHERE challenge_id = $1 LIMIT 1`, [challengeId])) as unknown[];
      if (started.length) throw AppError.conflict('jury.assignment-started');
      await manager.query(`DELETE FROM jury_assignment WHERE challenge_id = $1`, [challengeId]);
      const now = this.clock.now();
      for (const { entryId, jurorIds: panelIds } of result.assignments) {
        for (const jurorId of panelIds) {
          await manager.query(
            `INSERT INTO jury_assignment (challenge_id, entry_id, juror_id, source, seed, assigned_by, assigned_at) VALUES ($1, $2, $3, 'auto', $4, $5, $6)`,
            [challengeId, entryId, jurorId, input.seed, actor.id, now],
          );
        }
      }
      await this.audit.record(
        {
          action: 'jury.assigned',
          actorId: actor.id,
          subjectType: 'challenge',
          subjectId: challengeId,
          data: {
            seed: input.seed,
            perEntry,
            jurorIds: [...jurorIds].sort(),
            entryIds: roster.admissible.map((e) => e.entryId).sort(),
            conflicts,
            assignments: result.assignments,
            infeasible: result.infeasible,
            excludedJurors,
            excludedEntries: roster.excluded.map((e) => e.entryId),
          },
        },
        manager,
      );
    });
    const labels = new Map(roster.admissible.map((e) => [e.entryId, e.label]));
    return {
      seed: input.seed,
      perEntry,
      assignments: result.assignments.map((a) => ({ ...a, label: labels.get(a.entryId) ?? null })),
      loads: result.loads,
      infeasible: result.infeasible,
      excludedJurors,
      excludedEntries: roster.excluded,
    };
  }

  async add(actor: AuthUser, challengeId: string, input: { entryId: string; jurorId: string; reason: string }) {
    await this.requireRubricOrganiser(actor, challengeId);
    const roster = await this.entries.roster(challengeId);
    const entry = roster.admissible.find((e) => e.entryId === input.entryId);
    if (!entry) throw AppError.conflict('jury.not-admissible');
    if (!(await this.jury.jurorIds(challengeId)).includes(input.jurorId)) throw AppError.validation([{ path: 'jurorId', code: 'jury.juror-unknown' }]);
    const companies = await this.conflicts.companies(challengeId);
    if (!(await this.conflicts.declaredJurors(challengeId, companies)).has(input.jurorId)) throw AppError.conflict('jury.declarations-incomplete');
    if (await this.conflicts.isConflicted(challengeId, input.jurorId, entry.companyId)) throw AppError.conflict('jury.conflicted');
    await this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO jury_assignment (challenge_id, entry_id, juror_id, source, assigned_by, assigned_at) VALUES ($1, $2, $3, 'manual', $4, $5)
         ON CONFLICT DO NOTHING RETURNING entry_id`,
        [challengeId, input.entryId, input.jurorId, actor.id, this.clock.now()],
      )) as unknown[];
      if (!inserted.length) throw AppError.conflict('jury.assignment-exists');
      await this.audit.record({ action: 'jury.assignment_added', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: input }, manager);
    });
    return this.list(actor, challengeId);
  }

  /** Takes a juror off an entry; a review they wrote is kept on record but no longer counts. */
  async remove(actor: AuthUser, challengeId: string, entryId: string, jurorId: string, reason: string) {
    await this.requireRubricOrganiser(actor, challengeId);
    await this.dataSource.transaction(async (manager) => {
      const removed = (await manager.query(`DELETE FROM jury_assignment WHERE challenge_id = $1 AND entry_id = $2 AND juror_id = $3 RETURNING entry_id`, [
        challengeId,
        entryId,
        jurorId,
      ])) as [unknown[], number];
      if (!removed[1]) throw AppError.notFound('jury.assignment-not-found');
      await this.audit.record({ action: 'jury.assignment_removed', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { entryId, jurorId, reason } }, manager);
    });
    return this.list(actor, challengeId);
  }

  /** The organiser's overview: each admissible entry with its jurors and their review status. */
  async list(actor: AuthUser, challengeId: string) {
    await this.jury.requireOrganiser(actor, challengeId);
    const roster = await this.entries.roster(challengeId);
    const rows = (await this.dataSource.query(
      `SELECT a.entry_id AS "entryId", a.juror_id AS "jurorId", a.source, a.seed, a.assigned_at AS "assignedAt", coalesce(r.status, 'not-started') AS "reviewStatus"
         FROM jury_assignment a LEFT JOIN jury_review r ON r.entry_id = a.entry_id AND r.juror_id = a.juror_id
        WHERE a.challenge_id = $1 ORDER BY a.entry_id, a.juror_id`,
      [challengeId],
    )) as { entryId: string; jurorId: string; source: string; seed: string | null; assignedAt: Date; reviewStatus: string }[];
    const names = new Map((await this.users.findByIds([...new Set(rows.map((r) => r.jurorId))])).map((u) => [u.id, u.name]));
    return {
      entries: roster.admissible.map((e) => ({
        entryId: e.entryId,
        label: e.label,
        companyName: e.companyName,
        jurors: rows
          .filter((r) => r.entryId === e.entryId)
          .map((r) => ({ jurorId: r.jurorId, name: names.get(r.jurorId) ?? '', source: r.source, seed: r.seed, assignedAt: r.assignedAt.toISOString(), reviewStatus: r.reviewStatus })),
      })),
      excluded: roster.excluded,
      pendingBlockers: roster.pendingBlockers,
    };
  }

  private async requireRubricOrganiser(actor: AuthUser, challengeId: string): Promise<Challenge> {
    const challenge = await this.jury.requireOrganiser(actor, challengeId);
    requireOpenForJury(challenge);
    if (await decisionExists(this.dataSource, challengeId)) throw AppError.conflict('jury.decided');
    if ((await this.panels.settingsOf(challenge)).judgingMode === 'pairwise') throw AppError.conflict('jury.pairwise-mode');
    return challenge;
  }

  private async conflictsByEntry(challengeId: string, companies: ParticipatingCompany[]): Promise<Conflict[]> {
    const entriesOf = new Map(companies.map((c) => [c.companyId, c.entryIds]));
    return (await this.conflicts.conflicted(challengeId)).flatMap((p) => (entriesOf.get(p.companyId) ?? []).map((entryId) => ({ jurorId: p.jurorId, entryId })));
  }
}
