import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { Request } from 'express';
import { DataSource, IsNull } from 'typeorm';
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
    const entry = await this.entries.findOrFail(entryId);
    await this.access.requireCompanyMember(actor, entry);
    if (entry.status === 'withdrawn') throw AppError.conflict('entry.withdrawn');
    const file = await receiveUpload(request, { tempDir: this.store.tempDir(), maxBytes: this.config.uploads.maxFileBytes });
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Lock the entry so parallel uploads cannot together pass the per-entry limits.
        await manager.query(`SELECT id FROM entry WHERE id = $1 FOR UPDATE`, [entryId]);
        const [{ total, count }] = (await manager.query(
          `SELECT coalesce(sum(size), 0)::bigint AS total, count(*)::int AS count FROM attachment WHERE entry_id = $1 AND removed_at IS NULL`,
          [entryId],
        )) as { total: string; count: number }[];
        const check = checkUpload(
          { fileName: file.originalName, detectedMime: file.detectedMime, size: file.size, entryTotalBytes: Number(total), fileCount: count },
          this.config.uploads,
        );
        if (!check.ok) throw new AppError(check.code, STATUS_BY_CODE[check.code] ?? 400);
        await this.store.putFile(file.tempPath, file.sha256, file.size);
        const mime = file.detectedMime ?? DOWNLOAD_CONTENT_TYPES[check.extension] ?? 'application/octet-stream';
        const [attachment] = (await manager.query(
          `INSERT INTO attachment (entry_id, file_name, extension, mime, size, sha256, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
           RETURNING id, file_name AS "fileName", mime, size::float8 AS size, sha256, created_at AS "createdAt"`,
          [entryId, check.fileName, check.extension, mime, file.size, file.sha256, actor.id],
        )) as Attachment[];
        // A draft's documents are not audited one by one: the submission records every document's hash.
        return attachmentView(attachment!);
      });
    } finally {
      await rm(file.tempPath, { force: true });
    }
  }

  /** Takes a document off the draft; earlier revisions keep theirs. */
  async remove(actor: AuthUser, entryId: string, attachmentId: string): Promise<void> {
    const entry = await this.entries.findOrFail(entryId);
    await this.access.requireCompanyMember(actor, entry);
    if (entry.status === 'withdrawn') throw AppError.conflict('entry.withdrawn');
    const result = await this.dataSource.getRepository(Attachment).update({ id: attachmentId, entryId, removedAt: IsNull() }, { removedAt: this.clock.now() });
    if (!result.affected) throw AppError.notFound('attachment.not_found');
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
