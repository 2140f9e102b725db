import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type Repository } from 'typeorm';
import { type EntryDraft, type EntryStatus, isOnTime } from '@fairpitch/shared/submissions';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { QuestionsService } from '../challenges/questions.service.js';
import type { Company } from '../organisations/company.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { Attachment } from './attachment.entity.js';
import { Entry, type EntryHeader } from './entry.entity.js';
import { EntryAccess } from './entry-access.service.js';
import { EntryRevision } from './entry-revision.entity.js';
import { entryView, openedEntryView } from './entry-views.js';

const ACCEPTS_DRAFTS = new Set(['published', 'submission-open']);

@Injectable()
export class EntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Entry) private readonly entries: Repository<Entry>,
    @InjectRepository(EntryRevision) private readonly revisions: Repository<EntryRevision>,
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    private readonly access: EntryAccess,
    private readonly challengeAccess: ChallengeAccess,
    private readonly organisations: OrganisationsService,
    private readonly questions: QuestionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** What access checks need, in one light query (uploads and submissions in the deadline rush). */
  async findHeaderOrFail(entryId: string): Promise<EntryHeader> {
    const [entry] = (await this.dataSource.query(
      `SELECT id, challenge_id AS "challengeId", company_id AS "companyId", status FROM entry WHERE id = $1`,
      [entryId],
    )) as EntryHeader[];
    if (!entry) throw AppError.notFound('entry.not_found');
    return entry;
  }

  async findOrFail(entryId: string): Promise<Entry> {
    const entry = await this.entries.findOne({ where: { id: entryId } });
    if (!entry) throw AppError.notFound('entry.not_found');
    return entry;
  }

  /** Starts (or returns) the company's one entry for a challenge. */
  async createDraft(actor: AuthUser, challengeId: string, companyId: string | undefined) {
    const { challenge } = await this.challengeAccess.findVisible(actor, challengeId);
    if (challenge.type === 'market-dialogue') throw AppError.conflict('entry.no-entries-for-dialogue');
    if (!ACCEPTS_DRAFTS.has(challenge.status)) throw AppError.conflict('entry.closed');
    const companyIds = await this.organisations.companyIdsOf(actor.id);
    const chosen = companyId ?? (companyIds.length === 1 ? companyIds[0] : undefined);
    if (!companyIds.length) throw AppError.forbidden('company.member_required');
    if (!chosen) throw AppError.validation([{ path: 'companyId', code: 'validation.required' }]);
    if (!companyIds.includes(chosen)) throw AppError.forbidden('company.member_required');
    const [company] = await this.organisations.findByIds([chosen]);
    // A hackathon team exists for its own event only.
    if (company?.kind === 'team' && company.teamChallengeId !== challengeId) throw AppError.conflict('team.other-challenge');
    const existing = await this.entries.findOne({ where: { challengeId, companyId: chosen } });
    if (existing) return { created: false, entry: await this.view(existing) };
    await this.questions.register(actor, challengeId, chosen);
    const entry = await this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO entry (challenge_id, company_id, created_by) VALUES ($1, $2, $3) ON CONFLICT (challenge_id, company_id) DO NOTHING RETURNING id`,
        [challengeId, chosen, actor.id],
      )) as { id: string }[];
      const id = inserted[0]?.id;
      if (id) await this.audit.record({ action: 'entry.created', actorId: actor.id, subjectType: 'entry', subjectId: id, data: { challengeId, companyId: chosen } }, manager);
      return manager.findOneOrFail(Entry, { where: { challengeId, companyId: chosen } });
    });
    return { created: true, entry: await this.view(entry) };
  }

  async get(actor: AuthUser, entryId: string) {
    const entry = await this.findOrFail(entryId);
    const reader = await this.access.requireReader(actor, entry);
    if (reader === 'company') return this.view(entry);
    return this.openedView(entry);
  }

  /** Saves the draft; a stale version (a colleague saved in between) is refused with 409. */
  async saveDraft(actor: AuthUser, entryId: string, content: EntryDraft, version: number) {
    const entry = await this.findOrFail(entryId);
    await this.access.requireCompanyMember(actor, entry);
    if (entry.status === 'withdrawn') throw AppError.conflict('entry.withdrawn');
    // After submission closes a draft can no longer become an entry, so it no longer changes.
    const [challenge] = (await this.dataSource.query(
      `SELECT c.status, c.submission_grace_seconds AS grace, (SELECT max(p.ends_at) FROM challenge_phase p WHERE p.challenge_id = c.id AND p.kind = 'submission') AS deadline
         FROM challenge c WHERE c.id = $1`,
      [entry.challengeId],
    )) as { status: string; grace: number; deadline: Date | null }[];
    const closed = !challenge || !ACCEPTS_DRAFTS.has(challenge.status) || (challenge.deadline !== null && !isOnTime(this.clock.now(), challenge.deadline, challenge.grace));
    if (closed) throw AppError.conflict('entry.closed');
    const updated = (await this.dataSource.query(
      `UPDATE entry SET content = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      [entryId, version, JSON.stringify(content)],
    )) as [unknown[], number];
    if (!updated[1]) {
      const current = await this.findOrFail(entryId);
      throw AppError.conflict('entry.stale-version', { currentVersion: current.version });
    }
    return this.view(await this.findOrFail(entryId));
  }

  async mine(actor: AuthUser) {
    const companyIds = await this.organisations.companyIdsOf(actor.id);
    if (!companyIds.length) return [];
    const rows = (await this.dataSource.query(
      `SELECT e.id, e.challenge_id AS "challengeId", c.title AS "challengeTitle", c.status AS "challengeStatus",
              e.company_id AS "companyId", co.name AS "companyName", e.status, e.current_revision AS "currentRevision",
              e.updated_at AS "updatedAt", e.submitted_at AS "submittedAt"
         FROM entry e JOIN challenge c ON c.id = e.challenge_id JOIN company co ON co.id = e.company_id
        WHERE e.company_id = ANY($1) ORDER BY e.updated_at DESC`,
      [companyIds],
    )) as Record<string, unknown>[];
    return rows;
  }

  /** Counts only: all anyone at the municipality may know before the entries are opened. */
  async stats(actor: AuthUser, challengeId: string) {
    await this.challengeAccess.requireOrganiser(actor, challengeId);
    const rows = (await this.dataSource.query(`SELECT status, count(*)::int AS n FROM entry WHERE challenge_id = $1 GROUP BY status`, [challengeId])) as { status: string; n: number }[];
    const counts = { draft: 0, submitted: 0, withdrawn: 0 };
    for (const row of rows) counts[row.status as keyof typeof counts] = row.n;
    return { challengeId, ...counts, opened: await this.access.isOpened(challengeId) };
  }

  /** The organiser's list after opening: every entry that was submitted, with its counting revision. */
  async listForOrganiser(actor: AuthUser, challengeId: string, filter: { status?: 'submitted' | 'withdrawn'; q?: string }) {
    await this.challengeAccess.requireOrganiser(actor, challengeId);
    if (!(await this.access.isOpened(challengeId))) throw AppError.forbidden('entry.sealed');
    const views = await this.submittedOf(challengeId, filter.status);
    const q = filter.q?.toLowerCase();
    return q ? views.filter((v) => JSON.stringify(v).toLowerCase().includes(q)) : views;
  }

  /**
   * Every submitted (and, unless a status is given, withdrawn) entry of a challenge with its
   * counting revision and company, in label order: three queries (entries, their counting
   * revisions, their companies) whatever the number of entries, the same shape as `openedView`.
   * No access check here: callers must have checked that the reader may see the opened entries
   * (an organiser of an opened challenge, or judging after its own checks).
   */
  async submittedOf(challengeId: string, status?: 'submitted' | 'withdrawn') {
    const statuses: EntryStatus[] = status ? [status] : ['submitted', 'withdrawn'];
    const [entries, revisions] = await Promise.all([
      this.entries.find({ where: { challengeId, status: In(statuses) }, order: { label: 'ASC', id: 'ASC' } }),
      this.revisions
        .createQueryBuilder('r')
        .innerJoin(Entry, 'e', 'e.id = r.entryId AND e.currentRevision = r.revision')
        .where('e.challengeId = :challengeId AND e.status IN (:...statuses)', { challengeId, statuses })
        .getMany(),
    ]);
    const counting = new Map(revisions.map((r) => [r.entryId, r]));
    const companies = new Map((await this.organisations.findByIds([...new Set(entries.map((e) => e.companyId))])).map((c) => [c.id, c]));
    return entries.flatMap((entry) => {
      const revision = counting.get(entry.id);
      if (!revision) return [];
      return [openedEntryView(entry, revision, companySummary(companies.get(entry.companyId)))];
    });
  }

  /**
   * What a procurement export lists of every opened entry (submitted or withdrawn), in label
   * order, in one query whatever the number of entries: the counting revision's receipt and
   * time and the offer the company made (the rest of the form stays in the database). No access
   * check: callers must have checked that the reader may see the opened entries.
   */
  async openedEntrySummaries(challengeId: string) {
    const rows = (await this.dataSource.query(
      `SELECT e.id, e.status, e.label, e.company_id AS "companyId", e.withdrawn_at AS "withdrawnAt",
              r.revision, r.submitted_at AS "submittedAt", r.receipt_hash AS "receiptHash", r.content -> 'offer' AS offer
         FROM entry e JOIN entry_revision r ON r.entry_id = e.id AND r.revision = e.current_revision
        WHERE e.challenge_id = $1 AND e.status IN ('submitted', 'withdrawn')
        ORDER BY e.label, e.id`,
      [challengeId],
    )) as { id: string; status: EntryStatus; label: number | null; companyId: string; withdrawnAt: Date | null; revision: number; submittedAt: Date; receiptHash: string; offer: unknown }[];
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      label: row.label,
      companyId: row.companyId,
      revision: row.revision,
      submittedAt: row.submittedAt.toISOString(),
      receiptHash: row.receiptHash,
      offer: row.offer ?? null,
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    }));
  }

  /**
   * Ids of the submitted entries of some companies in a challenge, by company, in label order:
   * one light query for readers that only need to know which entries a company has.
   */
  async submittedEntryIdsByCompany(challengeId: string, companyIds: readonly string[]): Promise<Map<string, string[]>> {
    const byCompany = new Map<string, string[]>();
    if (companyIds.length === 0) return byCompany;
    const rows = (await this.dataSource.query(
      `SELECT id, company_id AS "companyId" FROM entry WHERE challenge_id = $1 AND status = 'submitted' AND company_id = ANY($2::uuid[]) ORDER BY label, id`,
      [challengeId, companyIds],
    )) as { id: string; companyId: string }[];
    for (const row of rows) byCompany.set(row.companyId, [...(byCompany.get(row.companyId) ?? []), row.id]);
    return byCompany;
  }

  /**
   * The counting revisions (receipt, content, documents) of the given entries in one query, by
   * entry id, for exports that read entries a batch at a time. No access check (as above).
   */
  async countingRevisionsOf(entryIds: readonly string[]): Promise<Map<string, EntryRevision>> {
    if (entryIds.length === 0) return new Map();
    const revisions = await this.revisions
      .createQueryBuilder('r')
      .innerJoin(Entry, 'e', 'e.id = r.entryId AND e.currentRevision = r.revision')
      .where('r.entryId IN (:...entryIds)', { entryIds })
      .getMany();
    return new Map(revisions.map((r) => [r.entryId, r]));
  }

  async view(entry: Entry) {
    const [attachments, revisions] = await Promise.all([
      this.attachments.find({ where: { entryId: entry.id, removedAt: IsNull() }, order: { createdAt: 'ASC' } }),
      this.revisions.find({ where: { entryId: entry.id }, order: { revision: 'ASC' } }),
    ]);
    return entryView(entry, attachments, revisions);
  }

  async openedView(entry: Entry) {
    const revision = await this.revisions.findOneOrFail({ where: { entryId: entry.id, revision: entry.currentRevision! } });
    const [company] = await this.organisations.findByIds([entry.companyId]);
    return openedEntryView(entry, revision, companySummary(company));
  }

  async revisionsOf(actor: AuthUser, entryId: string) {
    const entry = await this.findOrFail(entryId);
    await this.access.requireReader(actor, entry);
    return this.revisions.find({ where: { entryId }, order: { revision: 'ASC' } });
  }

  async receiptContext(entryId: string): Promise<{ challengeTitle: string; companyName: string }> {
    const [row] = (await this.dataSource.query(
      `SELECT c.title AS "challengeTitle", co.name AS "companyName" FROM entry e JOIN challenge c ON c.id = e.challenge_id JOIN company co ON co.id = e.company_id WHERE e.id = $1`,
      [entryId],
    )) as { challengeTitle: string; companyName: string }[];
    return row!;
  }
}

/** What an opened entry shows of its company. */
function companySummary(company: Company | undefined) {
  return company ? { id: company.id, name: company.name, country: company.country, cvr: company.cvr, registrationNumber: company.registrationNumber, sizeClass: company.sizeClass } : null;
}
