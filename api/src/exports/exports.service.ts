import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JOBS } from '@fairpitch/shared/common';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { DocumentStore } from '../storage/document-store.js';
import { ExportFileRow, ExportRow } from './export.entity.js';
import type { ExportOptions } from './export-options.js';
import { EXPORT_FILES, isExportFileName } from './files/export-files.js';
import { ExportSnapshotService } from './snapshot/export-snapshot.service.js';

const FILE_ORDER: readonly string[] = Object.values(EXPORT_FILES);

export interface ExportView {
  id: string;
  challengeId: string;
  status: ExportRow['state'];
  progress: number;
  draft: boolean;
  options: ExportOptions;
  files: { name: string; sha256: string; size: number }[];
  error: string | null;
  snapshotHash: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface OpenedExportFile {
  stream: Readable;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

function view(row: ExportRow, files: ExportFileRow[]): ExportView {
  return {
    id: row.id,
    challengeId: row.challengeId,
    status: row.state,
    progress: row.progress,
    draft: row.draft,
    options: row.options,
    // Files are only offered once the export is done (and not after retention removed them).
    files:
      row.state === 'done'
        ? files
            .filter((f) => f.removedAt === null)
            .toSorted((a, b) => FILE_ORDER.indexOf(a.name) - FILE_ORDER.indexOf(b.name))
            .map((f) => ({ name: f.name, sha256: f.sha256, size: f.size }))
        : [],
    error: row.error,
    snapshotHash: row.snapshotHash,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Exports of a challenge: only its organisers (and admins) start, watch and download them. The
 * build runs in the worker; starting one writes the export row, its audit entry and the job's
 * outbox message in one transaction.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChallengeAccess,
    private readonly snapshots: ExportSnapshotService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly store: DocumentStore,
    private readonly clock: Clock,
  ) {}

  async start(actor: AuthUser, challengeId: string, options: ExportOptions): Promise<{ id: string }> {
    const challenge = await this.access.requireOrganiser(actor, challengeId);
    await this.snapshots.requireOpened(challengeId);
    const draft = !(challenge.decidedAt && (challenge.status === 'decided' || challenge.status === 'archived'));
    const id = await this.dataSource.transaction(async (manager) => {
      const row = await manager.save(
        ExportRow,
        manager.create(ExportRow, { challengeId, requestedBy: actor.id, state: 'queued', progress: 0, error: null, draft, options, snapshotHash: null, attempts: 0, createdAt: this.clock.now() }),
      );
      await this.audit.record({ action: 'export.started', actorId: actor.id, subjectType: 'export', subjectId: row.id, data: { challengeId, draft, options: { ...options } } }, manager);
      await this.outbox.add(manager, JOBS.buildExport, { exportId: row.id });
      return row.id;
    });
    return { id };
  }

  async list(actor: AuthUser, challengeId: string): Promise<ExportView[]> {
    await this.access.requireOrganiser(actor, challengeId);
    const rows = await this.dataSource.getRepository(ExportRow).find({ where: { challengeId }, order: { createdAt: 'DESC', id: 'ASC' }, take: 100 });
    const files = rows.length ? await this.dataSource.getRepository(ExportFileRow).createQueryBuilder('f').where('f.export_id IN (:...ids)', { ids: rows.map((r) => r.id) }).getMany() : [];
    return rows.map((row) => view(row, files.filter((f) => f.exportId === row.id)));
  }

  async get(actor: AuthUser, exportId: string): Promise<ExportView> {
    const row = await this.requireReadable(actor, exportId);
    return view(row, await this.dataSource.getRepository(ExportFileRow).find({ where: { exportId } }));
  }

  async openFile(actor: AuthUser, exportId: string, name: string): Promise<OpenedExportFile> {
    const row = await this.requireReadable(actor, exportId);
    if (row.state !== 'done') throw AppError.conflict('export.not-ready');
    const file = isExportFileName(name) ? await this.dataSource.getRepository(ExportFileRow).findOne({ where: { exportId, name } }) : null;
    if (!file || file.removedAt) throw AppError.notFound('export.file_not_found');
    return this.open(file);
  }

  /**
   * The OCDS release package of the challenge's latest finished export made after the decision,
   * for anyone: OCDS data is published, and each package's `uri` points here. Draft exports are
   * never offered, whoever asks, so the answer is the same with or without a session.
   */
  async openPublishedOcds(challengeId: string): Promise<OpenedExportFile> {
    await this.access.findVisible(undefined, challengeId);
    const latest = await this.dataSource
      .getRepository(ExportRow)
      .createQueryBuilder('e')
      .where('e.challenge_id = :challengeId AND e.state = :done AND NOT e.draft', { challengeId, done: 'done' })
      .orderBy('e.finished_at', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .getOne();
    const file = latest ? await this.dataSource.getRepository(ExportFileRow).findOne({ where: { exportId: latest.id, name: EXPORT_FILES.ocds } }) : null;
    if (!file || file.removedAt) throw AppError.notFound('export.ocds-not-published');
    return this.open(file);
  }

  private async open(file: ExportFileRow): Promise<OpenedExportFile> {
    return { stream: await this.store.open(file.sha256), name: file.name, contentType: file.contentType, size: file.size, sha256: file.sha256 };
  }

  /** Anyone who may not work on the challenge learns nothing about its exports, not even that one exists. */
  private async requireReadable(actor: AuthUser, exportId: string): Promise<ExportRow> {
    const row = await this.dataSource.getRepository(ExportRow).findOne({ where: { id: exportId } });
    if (!row || !(await this.access.isOrganiser(actor, row.challengeId))) throw AppError.notFound('export.not_found');
    return row;
  }
}
