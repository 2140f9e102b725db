import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { submissionDeadline, submissionPhase } from '@fairpitch/shared/challenges';
import { type Receipt, buildReceipt, isOnTime, transitionEntry, validateForSubmission } from '@fairpitch/shared/submissions';
import { JOBS } from '@fairpitch/shared/common';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { runCombinedWrites } from '../database/combined-writes.js';
import type { AuthUser } from '../auth/auth-user.js';
import { SubmissionTermsReader } from '../challenges/submission-terms.service.js';
import { MailService } from '../mail/mail.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { EntryAccess } from './entry-access.service.js';
import { Entry } from './entry.entity.js';

/** Once submission has closed the entries may be opened; from then on they are final. */
export const SUBMISSION_CLOSED: ReadonlySet<string> = new Set(['submission-closed', 'evaluation', 'decided', 'archived']);

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { constraint?: string } };
  return e.code === '23505' && (e.constraint ?? e.driverError?.constraint) === constraint;
}

/** The answer kept for an idempotency key, if the key was given for this same request. */
function answerOf(earlier: { scope: string; response: Receipt }, scope: string): Receipt {
  if (earlier.scope !== scope) throw new AppError('idempotency.key-reused', 422);
  return earlier.response;
}

/**
 * Makes an entry final. The server clock decides: a submission is on time when it commits before
 * the deadline plus the published grace period. In the same transaction it freezes a new
 * revision, computes the receipt, writes the outbox message that starts screening and queues the
 * receipt mail, so an acknowledged submission can never be lost by the queue.
 */
@Injectable()
export class SubmitEntry {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EntryAccess,
    private readonly terms: SubmissionTermsReader,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async execute(actor: AuthUser, entryId: string, idempotencyKey?: string): Promise<Receipt> {
    const scope = `entry-submit:${entryId}`;
    try {
      return await this.dataSource.transaction((manager) => this.submit(manager, actor, entryId, idempotencyKey ? { key: idempotencyKey, scope } : null));
    } catch (error) {
      // The same key raced us to the finish: answer with what the first request answered.
      if (idempotencyKey && isUniqueViolation(error, 'idempotency_record_pkey')) {
        const earlier = await this.replay(actor.id, idempotencyKey, scope);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  private async replay(userId: string, key: string, scope: string): Promise<Receipt | null> {
    const rows = (await this.dataSource.query(`SELECT scope, response FROM idempotency_record WHERE user_id = $1 AND key = $2`, [userId, key])) as { scope: string; response: Receipt }[];
    return rows.length ? answerOf(rows[0]!, scope) : null;
  }

  private async submit(manager: EntityManager, actor: AuthUser, entryId: string, idempotency: { key: string; scope: string } | null): Promise<Receipt> {
    // Plain queries on this hot path: it runs for every entry in the deadline rush. The entry row
    // is locked first, so the company's checks and the revision see the same entry. A retried
    // request's earlier answer comes with it and is given before any deadline check: a submission
    // made in time keeps its receipt when the retry arrives late. (A retry racing its original is
    // answered by execute() when its own insert meets the original's key.)
    const [entry] = (await manager.query(
      `SELECT e.id, e.challenge_id AS "challengeId", e.company_id AS "companyId", e.status, e.content, e.current_revision AS "currentRevision",
              (SELECT json_build_object('scope', r.scope, 'response', r.response) FROM idempotency_record r WHERE r.user_id = $2 AND r.key = $3) AS earlier
         FROM entry e WHERE e.id = $1 FOR UPDATE OF e`,
      [entryId, actor.id, idempotency?.key ?? null],
    )) as (Pick<Entry, 'id' | 'challengeId' | 'companyId' | 'status' | 'content' | 'currentRevision'> & { earlier: { scope: string; response: Receipt } | null })[];
    if (entry?.earlier && idempotency) return answerOf(entry.earlier, idempotency.scope);
    if (!entry) throw AppError.notFound('entry.not_found');
    const emails = await this.access.requireCompanyMemberWithEmails(actor, entry, manager);
    const challenge = await this.terms.read(entry.challengeId, manager);
    const deadline = challenge && submissionDeadline(challenge.phases);
    const opens = challenge && submissionPhase(challenge.phases)?.startsAt;
    const now = this.clock.now();
    if (!challenge || !deadline || !opens || challenge.status === 'draft' || challenge.status === 'cancelled') throw AppError.conflict('entry.closed');
    if (now.getTime() < new Date(opens).getTime()) throw AppError.conflict('entry.not-open-yet', { opens });
    if (!isOnTime(now, deadline, challenge.submissionGraceSeconds)) throw AppError.conflict('entry.late', { deadline: deadline.toISOString() });
    // Closed before the deadline (by the organiser): the entries may already be opened, so nothing more comes in.
    if (SUBMISSION_CLOSED.has(challenge.status)) throw AppError.conflict('entry.closed');

    const transition = transitionEntry(entry.status, 'submit');
    if (!transition.ok) throw AppError.conflict(transition.code);
    const attachments = (await manager.query(
      `SELECT id, file_name AS "fileName", sha256, size::float8 AS size FROM attachment WHERE entry_id = $1 AND removed_at IS NULL ORDER BY created_at`,
      [entryId],
    )) as { id: string; fileName: string; sha256: string; size: number }[];
    const problems = validateForSubmission(entry.content, {
      leadsToPurchase: challenge.leadsToPurchase,
      legalBasis: challenge.legalBasis,
      customQuestions: challenge.customQuestions,
      attachmentIds: attachments.map((a) => a.id),
    });
    if (problems.length) throw AppError.validation(problems.map((p) => ({ path: p.path, code: p.code })));

    const revision = (entry.currentRevision ?? 0) + 1;
    const receiptAttachments = attachments.map((a) => ({ id: a.id, fileName: a.fileName, sha256: a.sha256, size: a.size }));
    const submittedAt = this.clock.now();
    if (!isOnTime(submittedAt, deadline, challenge.submissionGraceSeconds)) throw AppError.conflict('entry.late', { deadline: deadline.toISOString() });
    const receipt = buildReceipt({ entryId, revision, companyId: entry.companyId, submittedAt, content: entry.content, attachments: receiptAttachments });

    // The revision, the entry's new state, the answer kept for a retried request, the screening
    // event, the receipt mails and the audit event: each area's own write, all in one statement.
    await runCombinedWrites(manager, [
      {
        sql: `INSERT INTO entry_revision (entry_id, revision, content, attachments, submitted_at, submitted_by, receipt, receipt_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        params: [entryId, revision, JSON.stringify(entry.content), JSON.stringify(receiptAttachments), submittedAt, actor.id, JSON.stringify(receipt), receipt.hash],
      },
      idempotency && {
        sql: `INSERT INTO idempotency_record (user_id, key, scope, status, response) VALUES ($1, $2, $3, 201, $4)`,
        params: [actor.id, idempotency.key, idempotency.scope, JSON.stringify(receipt)],
      },
      {
        sql: `UPDATE entry SET status = 'submitted', current_revision = $2, submitted_at = $3, updated_at = now() WHERE id = $1`,
        params: [entryId, revision, submittedAt],
      },
      this.outbox.write(JOBS.entrySubmitted, { entryId, revision, revisionHash: receipt.hash }),
      this.mail.queueManyWrite(
        emails.map((to) => ({
          to,
          kind: 'receipt',
          subject: `Kvittering / Receipt: ${challenge.title} (rev. ${revision})`,
          body: [
            `Jeres besvarelse er modtaget ${receipt.submittedAt}. Kvitteringens SHA-256: ${receipt.hash}`,
            `Your entry was received at ${receipt.submittedAt}. Receipt SHA-256: ${receipt.hash}`,
            '',
            JSON.stringify(receipt, null, 2),
          ].join('\n'),
        })),
      ),
      this.audit.recordWrite({ action: 'entry.submitted', actorId: actor.id, subjectType: 'entry', subjectId: entryId, data: { challengeId: challenge.id, revision, receiptHash: receipt.hash } }),
    ]);
    return receipt;
  }
}
