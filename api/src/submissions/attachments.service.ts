import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { rm } from 'node:fs/promises';
import { DOWNLOAD_CONTENT_TYPES, checkUpload } from '@fairpitch/shared/submissions';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DocumentStore } from '../storage/document-store.js';
import { receiveUpload } from '../storage/receive-upload.js';
import { Attachment } from './attachment.entity.js';
import { EntriesService } from './entries.service.js';
import { EntryAccess } from './entry-access.service.js';
import { EntryRevision } from './entry-revision.entity.js';
import { attachmentView } from './entry-views.js';

const STATUS_BY_CODE: Record<string, number> = { 'upload.too-large': 413, 'upload.entry-too-large': 413, 'upload.type-mismatch': 415, 'upload.type-not-allowed': 415 };

@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: EntriesService,
    private readonly access: EntryAccess,
    private readonly store: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Streams an upload to storage: size-limited, type detected from the bytes, name sanitised. */
  async upload(actor: AuthUser, entryId: string, request: Request) {
    const entry = await this.entries.findHeaderOrFail(entryId);
    await this.access.requireCompanyMember(actor, entry);
    if (entry.status === 'withdrawn') throw AppError.conflict('entry.withdrawn');
    const file = await receiveUpload(request, { tempDir: this.store.tempDir(), maxBytes: this.config.uploads.maxFileBytes });
    let stored = false; // putFile consumes the temporary file
    try {
      // The file's own checks first; the entry's totals are checked where the document is recorded.
      const candidate = { fileName: file.originalName, detectedMime: file.detectedMime, size: file.size };
      const check = checkUpload({ ...candidate, entryTotalBytes: 0, fileCount: 0 }, this.config.uploads);
      if (!check.ok) throw new AppError(check.code, STATUS_BY_CODE[check.code] ?? 400);
      await this.store.putFile(file.tempPath, file.sha256, file.size);
      stored = true;
      const mime = file.detectedMime ?? DOWNLOAD_CONTENT_TYPES[check.extension] ?? 'application/octet-stream';
      const recorded = await this.record(entryId, actor.id, { ...candidate, fileName: check.fileName, extension: check.extension, mime, sha256: file.sha256 });
      // A draft's documents are not audited one by one: the submission records every document's hash.
      return attachmentView(recorded);
    } finally {
      if (!stored) await rm(file.tempPath, { force: true });
    }
  }

  /**
   * Records the document in one statement: the UPDATE locks the entry row, so parallel uploads
   * cannot together pass the per-entry limits, and the row is written only if they hold.
   */
  private async record(entryId: string, actorId: string, file: { fileName: string; extension: string; mime: string; size: number; sha256: string; detectedMime: string | null }): Promise<Attachment> {
    const { maxEntryBytes, maxFiles } = this.config.uploads;
    for (let attempt = 1; ; attempt++) {
      const [attachment] = (await this.dataSource.query(
        `WITH slot AS (
           UPDATE entry SET document_bytes = document_bytes + $5, document_count = document_count + 1
           WHERE id = $1 AND status <> 'withdrawn' AND document_bytes + $5 <= $8 AND document_count + 1 <= $9
           RETURNING id)
         INSERT INTO attachment (entry_id, file_name, extension, mime, size, sha256, uploaded_by)
         SELECT id, $2, $3, $4, $5, $6, $7 FROM slot
         RETURNING id, file_name AS "fileName", mime, size::float8 AS size, sha256, created_at AS "createdAt"`,
        [entryId, file.fileName, file.extension, file.mime, file.size, file.sha256, actorId, maxEntryBytes, maxFiles],
      )) as Attachment[];
      if (attachment) return attachment;
      // Withdrawn meanwhile, or the entry's limits reached: say which. A document removed in
      // between may have made room again, so then try once more.
      const [entry] = (await this.dataSource.query(`SELECT status, document_bytes::float8 AS bytes, document_count AS count FROM entry WHERE id = $1`, [entryId])) as {
        status: string;
        bytes: number;
        count: number;
      }[];
      if (!entry) throw AppError.notFound('entry.not_found');
      if (entry.status === 'withdrawn') throw AppError.conflict('entry.withdrawn');
      const check = checkUpload({ ...file, entryTotalBytes: entry.bytes, fileCount: entry.count }, this.config.uploads);
      if (!check.ok || attempt === 3) {
        const code = check.ok ? 'upload.entry-too-large' : check.code;
        throw new AppError(code, STATUS_BY_CODE[code] ?? 400);
      }
    }
  }

  /** Takes a document off the draft; earlier revisions keep theirs. */
  async remove(actor: AuthUser, entryId: string, attachmentId: string): Promise<void> {
    const entry = await this.entries.findHeaderOrFail(entryId);
    await this.access.requireCompanyMember(actor, entry);
    if (entry.status === 'withdrawn') throw AppError.conflict('entry.withdrawn');
    const removed = (await this.dataSource.query(
      `WITH gone AS (
         UPDATE attachment SET removed_at = $3 WHERE id = $2 AND entry_id = $1 AND removed_at IS NULL RETURNING entry_id, size)
       , moved AS (
         UPDATE entry e SET document_bytes = e.document_bytes - gone.size, document_count = e.document_count - 1
         FROM gone WHERE e.id = gone.entry_id
         RETURNING e.id)
       SELECT id FROM moved`,
      [entryId, attachmentId, this.clock.now()],
    )) as unknown[];
    if (!removed.length) throw AppError.notFound('attachment.not_found');
  }

  /** A document as a download. Organisers and jurors only get documents of a submitted revision. */
  async download(actor: AuthUser, entryId: string, attachmentId: string): Promise<{ stream: Readable; fileName: string; mime: string; size: number }> {
    const entry = await this.entries.findOrFail(entryId);
    const reader = await this.access.requireReader(actor, entry);
    const attachment = await this.dataSource.getRepository(Attachment).findOne({ where: { id: attachmentId, entryId } });
    if (!attachment) throw AppError.notFound('attachment.not_found');
    if (reader !== 'company') {
      const revision = await this.dataSource.getRepository(EntryRevision).findOneOrFail({ where: { entryId, revision: entry.currentRevision! } });
      if (!revision.attachments.some((a) => a.id === attachmentId)) throw AppError.notFound('attachment.not_found');
    }
    const mime = DOWNLOAD_CONTENT_TYPES[attachment.extension] ?? attachment.mime;
    return { stream: await this.store.open(attachment.sha256), fileName: attachment.fileName, mime, size: attachment.size };
  }
}
