import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { DOWNLOAD_CONTENT_TYPES } from '@fairpitch/shared/submissions';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { AppError } from '../common/app-error.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ScreeningReviewService } from '../screening/screening-review.service.js';
import { ScreeningService } from '../screening/screening.service.js';
import { DocumentStore } from '../storage/document-store.js';
import type { JudgedEntry } from './judged-entries.service.js';
import { JudgedEntries } from './judged-entries.service.js';
import { JuryAccess, type JurorEntry } from './jury-access.service.js';
import { JuryConflicts } from './jury-conflicts.service.js';
import { JuryPanels } from './jury-panels.service.js';
import { findReview } from './jury-reviews.repository.js';
import { decisionExists } from './jury-state.js';
import { entryIdentity, identityRedactor } from './redact-deep.js';

const MIME_BY_EXTENSION: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', ...DOWNLOAD_CONTENT_TYPES };

/**
 * What a juror reads: their assignments, each entry beside its screening report, and documents.
 * In blind review every string goes through the identity redactor and the company is never named;
 * documents appear only once the identity leaks the screening found are cleared.
 */
@Injectable()
export class JurorViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jury: JuryAccess,
    private readonly access: ChallengeAccess,
    private readonly panels: JuryPanels,
    private readonly conflicts: JuryConflicts,
    private readonly entries: JudgedEntries,
    private readonly organisations: OrganisationsService,
    private readonly screening: ScreeningService,
    private readonly screeningReview: ScreeningReviewService,
    private readonly store: DocumentStore,
  ) {}

  /** Every challenge the user judges, with what is asked of them next and their assigned entries. */
  async assignments(actor: AuthUser) {
    const result = [];
    for (const challengeId of await this.access.challengesOf(actor.id, 'juror')) {
      const challenge = await this.jury.findVisible(actor, challengeId).catch(() => null);
      if (!challenge) continue;
      const panel = await this.panels.settingsOf(challenge);
      const opened = await this.entries.isOpened(challengeId);
      const companies = opened ? await this.conflicts.companies(challengeId) : [];
      const declared = opened && (await this.conflicts.declaredJurors(challengeId, companies)).has(actor.id);
      const rows = declared
        ? ((await this.dataSource.query(
            `SELECT a.entry_id AS "entryId", coalesce(r.status, 'not-started') AS status, r.updated_at AS "updatedAt", r.submitted_at AS "submittedAt"
               FROM jury_assignment a LEFT JOIN jury_review r ON r.entry_id = a.entry_id AND r.juror_id = a.juror_id
              WHERE a.challenge_id = $1 AND a.juror_id = $2`,
            [challengeId, actor.id],
          )) as { entryId: string; status: string; updatedAt: Date | null; submittedAt: Date | null }[])
        : [];
      const entries = [];
      for (const row of rows) {
        const entry = await this.entries.one(row.entryId);
        if (!entry) continue;
        const redact = panel.blind ? await this.redactorFor(entry) : <T>(v: T) => v;
        entries.push({
          entryId: entry.entryId,
          label: entry.label,
          displayName: panel.blind ? entryName(entry) : entry.companyName,
          title: redact(titleOf(entry)),
          reviewStatus: row.status,
          updatedAt: row.updatedAt?.toISOString() ?? null,
          submittedAt: row.submittedAt?.toISOString() ?? null,
        });
      }
      entries.sort((a, b) => (a.label ?? 0) - (b.label ?? 0));
      result.push({
        challengeId,
        title: challenge.title,
        status: challenge.status,
        blind: panel.blind,
        judgingMode: panel.judgingMode,
        isChair: panel.chairId === actor.id,
        entriesOpened: opened,
        declarationsComplete: declared,
        decided: await decisionExists(this.dataSource, challengeId),
        method: challenge.evaluationMethod ? { criteria: challenge.evaluationMethod.criteria, scale: challenge.evaluationMethod.scale } : null,
        entries,
      });
    }
    return result;
  }

  /** The entry as an assigned juror reads it, the screening report beside it, and their own review. */
  async entry(actor: AuthUser, entryId: string) {
    const found = await this.jury.requireAssigned(actor, entryId);
    const { entry, panel, challenge } = found;
    const cleared = await this.screeningReview.identityLeaksCleared(entryId);
    const report = await this.screening.currentReport(entryId);
    const review = await findReview(this.dataSource, entryId, actor.id);
    const view = {
      entryId,
      challengeId: entry.challengeId,
      label: entry.label,
      displayName: panel.blind ? entryName(entry) : entry.companyName,
      blind: panel.blind,
      revision: entry.revision,
      content: panel.blind ? withoutTeamContacts(entry.content) : entry.content,
      ...(panel.blind ? {} : { company: { id: entry.companyId, name: entry.companyName }, submittedAt: entry.submittedAt }),
      documentsWithheld: !cleared,
      documents: cleared ? entry.attachments.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })) : [],
      screening: report
        ? { revision: report.revision, rulesetVersion: report.rulesetVersion, createdAt: report.createdAt.toISOString(), areas: report.areas, findings: report.findings, mandatory: report.mandatory }
        : null,
      method: challenge.evaluationMethod ? { criteria: challenge.evaluationMethod.criteria, scale: challenge.evaluationMethod.scale } : null,
      myReview: review
        ? { status: review.status, scores: review.scores, updatedAt: review.updatedAt.toISOString(), submittedAt: review.submittedAt?.toISOString() ?? null }
        : null,
    };
    return panel.blind ? (await this.redactorFor(entry))(view) : view;
  }

  /** A document of the counting revision, with the same checks as the entry itself. */
  async document(actor: AuthUser, entryId: string, attachmentId: string): Promise<{ stream: Readable; fileName: string; mime: string; size: number }> {
    const { entry, panel } = await this.jury.requireAssigned(actor, entryId);
    const attachment = entry.attachments.find((a) => a.id === attachmentId);
    if (!attachment || !(await this.screeningReview.identityLeaksCleared(entryId))) throw AppError.notFound('attachment.not_found');
    const extension = attachment.fileName.split('.').pop()?.toLowerCase() ?? '';
    const fileName = panel.blind ? (await this.redactorFor(entry))(attachment.fileName) : attachment.fileName;
    return { stream: await this.store.open(attachment.sha256), fileName, mime: MIME_BY_EXTENSION[extension] ?? 'application/octet-stream', size: attachment.size };
  }

  /** The redactor for one entry's company, including the team the entry names. */
  async redactorFor(entry: JudgedEntry) {
    return identityRedactor(entryIdentity(await this.organisations.identityOf(entry.companyId), entry.content));
  }

  /** For other services that already hold the juror's entry. */
  async redactIfBlind<T>(found: JurorEntry, value: T): Promise<T> {
    return found.panel.blind ? (await this.redactorFor(found.entry))(value) : value;
  }
}

export function entryName(entry: Pick<JudgedEntry, 'label'>): string {
  return `Entry ${entry.label ?? '?'}`;
}

function titleOf(entry: JudgedEntry): string {
  const solution = entry.content.solution as { title?: unknown } | undefined;
  return typeof solution?.title === 'string' ? solution.title : '';
}

/** Blind review keeps the team's roles and drops their names and addresses (public mail domains are not caught by redaction). */
function withoutTeamContacts(content: Record<string, unknown>): Record<string, unknown> {
  const solution = content.solution as { teamMembers?: unknown } | undefined;
  if (!solution || !Array.isArray(solution.teamMembers)) return content;
  const teamMembers = solution.teamMembers.map((m: unknown) => ({ role: (m as { role?: unknown } | null)?.role ?? null }));
  return { ...content, solution: { ...solution, teamMembers } };
}
