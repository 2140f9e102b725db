import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RULE_DESCRIPTORS } from '@fairpitch/shared/screening';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { EntriesService } from '../submissions/entries.service.js';
import { EntryAccess } from '../submissions/entry-access.service.js';
import { ScreeningService } from './screening.service.js';

export const IDENTITY_LEAK_RULE = 'identity.blind-review-leaks';

export interface Admissibility {
  inadmissible: boolean;
  /** Mandatory blockers an organiser confirmed. */
  confirmedBlockers: string[];
  /** Mandatory blockers that failed and still await an organiser's decision. */
  pendingBlockers: string[];
}

/**
 * People review what the machine found: organisers confirm or override each blocker with a
 * reason, companies respond to their own report, and organisers clear identity leaks before
 * jurors in a blind review see documents.
 */
@Injectable()
export class ScreeningReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly screening: ScreeningService,
    private readonly entries: EntriesService,
    private readonly entryAccess: EntryAccess,
    private readonly challengeAccess: ChallengeAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async decide(actor: AuthUser, entryId: string, input: { ruleId: string; decision: 'confirmed' | 'overridden'; reason: string }) {
    const entry = await this.entries.findOrFail(entryId);
    if (!(await this.challengeAccess.isOrganiser(actor, entry.challengeId))) throw AppError.notFound('entry.not_found');
    await this.entryAccess.requireReader(actor, entry);
    const report = await this.screening.currentReport(entryId);
    if (!report) throw AppError.conflict('screening.not-ready');
    const finding = report.findings.find((f) => f.ruleId === input.ruleId && f.severity === 'blocker' && f.outcome === 'fail');
    if (!finding) throw AppError.validation([{ path: 'ruleId', code: 'screening.not-a-failed-blocker' }]);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO screening_decision (report_id, rule_id, decision, reason, decided_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (report_id, rule_id) DO UPDATE SET decision = EXCLUDED.decision, reason = EXCLUDED.reason, decided_by = EXCLUDED.decided_by, decided_at = now()`,
        [report.id, input.ruleId, input.decision, input.reason, actor.id],
      );
      await this.audit.record(
        { action: `screening.blocker_${input.decision}`, actorId: actor.id, subjectType: 'entry', subjectId: entryId, data: { reportId: report.id, ruleId: input.ruleId, reason: input.reason } },
        manager,
      );
    });
    return this.decisionsOf(report.id);
  }

  async decisionsOf(reportId: string, manager: EntityManager = this.dataSource.manager) {
    return (await manager.query(
      `SELECT rule_id AS "ruleId", decision, reason, decided_at AS "decidedAt" FROM screening_decision WHERE report_id = $1 ORDER BY rule_id`,
      [reportId],
    )) as { ruleId: string; decision: string; reason: string; decidedAt: Date }[];
  }

  async responsesOf(reportId: string, manager: EntityManager = this.dataSource.manager) {
    return (await manager.query(`SELECT id, text, responded_at AS "respondedAt" FROM screening_response WHERE report_id = $1 ORDER BY responded_at`, [reportId])) as {
      id: string;
      text: string;
      respondedAt: Date;
    }[];
  }

  /** The company's answer to its report, within the response period the challenge published. */
  async respond(actor: AuthUser, entryId: string, text: string) {
    const entry = await this.entries.findOrFail(entryId);
    await this.entryAccess.requireCompanyMember(actor, entry);
    const report = await this.screening.currentReport(entryId);
    if (!report || !(await this.companyMaySee(entry.challengeId))) throw AppError.conflict('screening.not-ready');
    const [challenge] = (await this.dataSource.query(`SELECT response_period_days AS days FROM challenge WHERE id = $1`, [entry.challengeId])) as { days: number | null }[];
    const periodMs = (challenge?.days ?? 10) * 86_400_000;
    if (this.clock.now().getTime() > report.createdAt.getTime() + periodMs) throw AppError.conflict('screening.response-period-over');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO screening_response (report_id, text, responded_by) VALUES ($1, $2, $3)`, [report.id, text, actor.id]);
      await this.audit.record({ action: 'screening.company_responded', actorId: actor.id, subjectType: 'entry', subjectId: entryId, data: { reportId: report.id } }, manager);
    });
    return this.responsesOf(report.id);
  }

  /** The company sees its report once the screening phase is over (or evaluation has begun). */
  async companyMaySee(challengeId: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT c.status, (SELECT max(p.ends_at) FROM challenge_phase p WHERE p.challenge_id = c.id AND p.kind = 'screening') AS "screeningEnds"
         FROM challenge c WHERE c.id = $1`,
      [challengeId],
    )) as { status: string; screeningEnds: Date | null }[];
    if (!row) return false;
    if (['evaluation', 'decided', 'archived'].includes(row.status)) return true;
    return row.screeningEnds !== null && row.screeningEnds.getTime() <= this.clock.now().getTime() && row.status === 'submission-closed';
  }

  /** For the ranking: an entry is inadmissible only when an organiser confirmed a failed mandatory blocker. Inside a transaction, pass its manager. */
  async admissibility(challengeId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, Admissibility>> {
    const rows = (await manager.query(
      `SELECT DISTINCT ON (r.entry_id) r.entry_id AS "entryId", r.id AS "reportId", r.mandatory
         FROM screening_report r JOIN entry e ON e.id = r.entry_id AND r.revision = e.current_revision
        WHERE r.challenge_id = $1 ORDER BY r.entry_id, (r.ruleset_version = $2) DESC, r.created_at DESC`,
      [challengeId, this.screening.ruleset.version],
    )) as { entryId: string; reportId: string; mandatory: { requirements: { ruleId: string; blockerFailed: boolean }[] } }[];
    const result = new Map<string, Admissibility>();
    for (const row of rows) {
      const decisions = new Map((await this.decisionsOf(row.reportId, manager)).map((d) => [d.ruleId, d.decision]));
      const failed = row.mandatory.requirements.filter((r) => r.blockerFailed).map((r) => r.ruleId);
      const confirmedBlockers = failed.filter((id) => decisions.get(id) === 'confirmed');
      const pendingBlockers = failed.filter((id) => !decisions.has(id));
      result.set(row.entryId, { inadmissible: confirmedBlockers.length > 0, confirmedBlockers, pendingBlockers });
    }
    return result;
  }

  /** Organiser's decision on the identity leaks the screening flagged: documents redacted, or leaks accepted. */
  async decideIdentityLeaks(actor: AuthUser, entryId: string, input: { decision: 'redacted' | 'accepted'; reason: string }) {
    const entry = await this.entries.findOrFail(entryId);
    if (!(await this.challengeAccess.isOrganiser(actor, entry.challengeId))) throw AppError.notFound('entry.not_found');
    await this.entryAccess.requireReader(actor, entry);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO identity_leak_decision (entry_id, revision, decision, reason, decided_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (entry_id, revision) DO UPDATE SET decision = EXCLUDED.decision, reason = EXCLUDED.reason, decided_by = EXCLUDED.decided_by, decided_at = now()`,
        [entryId, entry.currentRevision, input.decision, input.reason, actor.id],
      );
      await this.audit.record({ action: `screening.identity_leaks_${input.decision}`, actorId: actor.id, subjectType: 'entry', subjectId: entryId, data: { revision: entry.currentRevision, reason: input.reason } }, manager);
    });
    return { entryId, revision: entry.currentRevision, decision: input.decision };
  }

  /**
   * Whether documents may reach jurors in a blind review: the challenge is not blind, or the
   * current report flags no identity leak, or an organiser has redacted or accepted them.
   */
  async identityLeaksCleared(entryId: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT c.blind_review AS blind, e.current_revision AS revision FROM entry e JOIN challenge c ON c.id = e.challenge_id WHERE e.id = $1`,
      [entryId],
    )) as { blind: boolean; revision: number }[];
    if (!row) return false;
    if (!row.blind) return true;
    const report = await this.screening.currentReport(entryId);
    if (!report) return false;
    const leaks = report.findings.some((f) => f.ruleId === IDENTITY_LEAK_RULE && f.outcome !== 'pass');
    if (!leaks) return true;
    const decisions = (await this.dataSource.query(`SELECT 1 FROM identity_leak_decision WHERE entry_id = $1 AND revision = $2`, [entryId, row.revision])) as unknown[];
    return decisions.length > 0;
  }

  /** The organiser's decision on the identity leaks of one revision, if any. */
  async identityLeakDecisionOf(entryId: string, revision: number) {
    const [row] = (await this.dataSource.query(
      `SELECT decision, reason, decided_at AS "decidedAt" FROM identity_leak_decision WHERE entry_id = $1 AND revision = $2`,
      [entryId, revision],
    )) as { decision: 'redacted' | 'accepted'; reason: string; decidedAt: Date }[];
    return row ? { decision: row.decision, reason: row.reason, decidedAt: row.decidedAt.toISOString() } : null;
  }

  /** The rules of the ruleset in force, for organisers choosing mandatory requirements. */
  ruleCatalogue() {
    return { rulesetVersion: this.screening.ruleset.version, rules: RULE_DESCRIPTORS };
  }
}
