import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { formatMessage } from '@fairpitch/shared/common';
import {
  canonicalSnapshotChunks,
  exportOcdsReleasePackageInBatches,
  exportTimestamp,
  isDecided,
  sheetCsvChunks,
  sheetDefinition,
  streamOrderedArchive,
} from '@fairpitch/shared/exports';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { messages } from '../common/messages.registry.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UsersService } from '../auth/users.service.js';
import { DocumentStore, objectKey } from '../storage/document-store.js';
import { ExportFileRow, ExportRow } from './export.entity.js';
import type { ExportOptions } from './export-options.js';
import { archiveFiles } from './files/archive-entries.js';
import { EXPORT_CONTENT_TYPES, EXPORT_FILES, type ExportFileName } from './files/export-files.js';
import { publishedOcdsUri } from './files/published-ocds.js';
import { reportFonts } from './files/report-fonts.js';
import { TempFiles, type WrittenFile } from './files/temp-files.js';
import { ExportSnapshotService, type ExportBundle } from './snapshot/export-snapshot.service.js';

export type BuildOutcome = 'done' | 'failed' | 'skipped';

/**
 * Builds one export (called by the worker's processor): loads the snapshot as the person who
 * asked, validates the OCDS package before anything is offered, writes every file to temporary
 * storage while reporting progress, then stores the files under their SHA-256 and records them
 * with an audit entry in one transaction. Refusals (no access, sealed entries, missing judging
 * data, invalid OCDS) fail the export at once; anything else is thrown for the queue to retry.
 */
@Injectable()
export class BuildExport {
  private readonly logger = new Logger('Exports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshots: ExportSnapshotService,
    private readonly users: UsersService,
    private readonly store: DocumentStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(exportId: string): Promise<BuildOutcome> {
    const row = await this.dataSource.getRepository(ExportRow).findOne({ where: { id: exportId } });
    if (!row || row.state === 'done' || row.state === 'failed') return 'skipped';
    await this.dataSource.query(
      `UPDATE export SET state = 'running', progress = 5, attempts = attempts + 1, started_at = coalesce(started_at, $2), error = NULL WHERE id = $1`,
      [exportId, this.clock.now()],
    );
    const temp = await TempFiles.create(this.store, row.id);
    try {
      const actor = await this.requester(row);
      const bundle = await this.snapshots.load(actor, row.challengeId, row.options);
      await this.progress(exportId, 20);
      // The OCDS package is validated before anything else is written: an invalid one fails the export.
      const ocds = await this.writeOcds(row, bundle, temp);
      if ('reasons' in ocds) {
        await this.fail(row, new AppError('export.ocds-invalid', 422, { reasons: ocds.reasons }));
        return 'failed';
      }
      const files = await this.writeFiles(exportId, bundle, ocds, row.options, temp);
      await this.finish(row, await this.snapshotHash(bundle), !isDecided(bundle.snapshot), files);
      return 'done';
    } catch (error) {
      if (error instanceof AppError && error.status < 500) {
        await this.fail(row, error);
        return 'failed';
      }
      throw error;
    } finally {
      await temp.remove();
    }
  }

  /**
   * After the last retry of an unexpected error: the export is failed with what went wrong, and
   * the temporary files of an attempt whose process died are removed.
   */
  async markFailed(exportId: string, message: string): Promise<void> {
    const row = await this.dataSource.getRepository(ExportRow).findOne({ where: { id: exportId } });
    if (!row) return;
    await TempFiles.discard(this.store, row.id);
    if (row.state !== 'done' && row.state !== 'failed') await this.fail(row, message);
  }

  /** Between retries: back to queued, saying why the last attempt failed (even one that failed before it began). */
  async noteRetry(exportId: string, message: string): Promise<void> {
    await this.dataSource.query(`UPDATE export SET state = 'queued', error = $2 WHERE id = $1 AND state IN ('queued', 'running')`, [exportId, message.slice(0, 2000)]);
  }

  private async requester(row: ExportRow): Promise<AuthUser> {
    const user = row.requestedBy ? await this.users.findById(row.requestedBy) : null;
    if (!user || user.disabledAt) throw AppError.forbidden('export.requester-gone');
    return { id: user.id, email: user.email, name: user.name, globalRole: user.globalRole, locale: user.locale, sessionId: `export:${row.id}` };
  }

  private async progress(exportId: string, progress: number): Promise<void> {
    await this.dataSource.query(`UPDATE export SET progress = greatest(progress, $2) WHERE id = $1 AND state = 'running'`, [exportId, progress]);
  }

  /**
   * The OCDS package, validated, on disk, or why it is invalid. Its parties, tenderers and bids
   * are validated and written a batch at a time: neither the package nor its text is held whole.
   */
  private async writeOcds(row: ExportRow, bundle: ExportBundle, temp: TempFiles): Promise<WrittenFile | { reasons: string }> {
    const ocds = exportOcdsReleasePackageInBatches(bundle.snapshot, {
      ocidPrefix: this.config.ocdsOcidPrefix,
      packageUri: publishedOcdsUri(this.config.publicUrl, row.challengeId),
      publisherName: this.config.municipality.name,
      language: row.options.language,
    });
    if (!ocds.valid) return { reasons: ocds.errors.slice(0, 20).map((e) => `${e.path} ${e.message}`).join('; ') };
    return temp.writeChunks(EXPORT_FILES.ocds, ocds.chunks());
  }

  private async writeFiles(exportId: string, bundle: ExportBundle, ocds: WrittenFile, options: ExportOptions, temp: TempFiles): Promise<WrittenFile[]> {
    const { snapshot, reviews } = bundle;
    const sheetOptions = { locale: options.language, separator: options.separator };
    // The spreadsheet and PDF libraries are large and only exports use them: the API and a worker
    // that has not built an export yet do without them.
    const [{ writeResultsXlsx }, { writeEvaluationReport }] = await Promise.all([import('./files/results-xlsx.js'), import('./files/evaluation-report-pdf.js')]);
    const csv = await temp.writeChunks(EXPORT_FILES.rankingCsv, sheetCsvChunks('ranking', snapshot, reviews, sheetOptions));
    await this.progress(exportId, 25);
    const xlsx = await temp.write(EXPORT_FILES.resultsXlsx, (path) =>
      writeResultsXlsx(path, bundle, { locale: options.language }, (done, total) => this.progress(exportId, 25 + Math.round((20 * done) / total))),
    );
    const pdf = await temp.write(EXPORT_FILES.evaluationReport, async (path) =>
      writeEvaluationReport(path, {
        snapshot,
        reviews,
        decisionReasons: bundle.decisionReasons,
        locale: options.language,
        fonts: await reportFonts(),
        onProgress: (fraction) => this.progress(exportId, 45 + Math.floor(20 * fraction)),
      }),
    );
    await this.progress(exportId, 65);

    // The internal archive: everything above, every sheet as CSV (contact persons included),
    // and the evidence, in path order; the manifest is written last by the archive writer.
    const files = archiveFiles({
      bundle,
      store: this.store,
      scratchDir: temp.dir,
      results: xlsx,
      evaluationReport: pdf,
      ocds,
      writeTemp: (name, chunks) => temp.writeChunks(join('archive', name), chunks),
      writeSheet: (id) => temp.writeChunks(join('archive', 'sheets', sheetDefinition(id).fileName), sheetCsvChunks(id, snapshot, reviews, { ...sheetOptions, includeContactPersons: true })),
      onProgress: (fraction) => this.progress(exportId, 65 + Math.floor(30 * fraction)),
    });
    const archive = await temp.writeChunks(EXPORT_FILES.archive, streamOrderedArchive(files, exportTimestamp(snapshot)));
    await this.progress(exportId, 95);
    return [csv, xlsx, pdf, ocds, archive];
  }

  /** SHA-256 of the canonical JSON of the whole snapshot, reviews included, read batch by batch. */
  private async snapshotHash(bundle: ExportBundle): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of canonicalSnapshotChunks(bundle.snapshot, bundle.reviews)) hash.update(chunk, 'utf8');
    return hash.digest('hex');
  }

  private async finish(row: ExportRow, snapshotHash: string, draft: boolean, files: WrittenFile[]): Promise<void> {
    for (const file of files) await this.store.putFile(file.path, file.sha256, file.size);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ExportFileRow, { exportId: row.id });
      await manager.insert(
        ExportFileRow,
        files.map((f) => ({
          exportId: row.id,
          name: f.name,
          sha256: f.sha256,
          size: f.size,
          contentType: EXPORT_CONTENT_TYPES[f.name as ExportFileName],
          storageKey: objectKey(f.sha256),
          removedAt: null,
        })),
      );
      await manager.update(ExportRow, { id: row.id }, { state: 'done', progress: 100, error: null, draft, snapshotHash, finishedAt: this.clock.now() });
      await this.audit.record(
        {
          action: 'export.completed',
          actorId: row.requestedBy,
          subjectType: 'export',
          subjectId: row.id,
          data: { challengeId: row.challengeId, draft, snapshotHash, files: files.map((f) => ({ name: f.name, sha256: f.sha256, size: f.size })) },
        },
        manager,
      );
    });
  }

  private async fail(row: ExportRow, error: AppError | string): Promise<void> {
    const message = typeof error === 'string' ? error : formatMessage(messages(), error.code, row.options.language, error.params);
    const code = typeof error === 'string' ? 'export.failed' : error.code;
    this.logger.warn(`export ${row.id} failed: ${message}`);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ExportRow, { id: row.id }, { state: 'failed', error: message.slice(0, 4000), finishedAt: this.clock.now() });
      await this.audit.record({ action: 'export.failed', actorId: row.requestedBy, subjectType: 'export', subjectId: row.id, data: { challengeId: row.challengeId, code } }, manager);
    });
  }
}
