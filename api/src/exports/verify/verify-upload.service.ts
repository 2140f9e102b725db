import { rm } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { ArchiveVerification } from '@fairpitch/shared/exports';
import { DocumentStore } from '../../storage/document-store.js';
import { receiveUpload } from '../../storage/receive-upload.js';
import { withArchiveFile } from './archive-file.js';
import { verifyExportArchive } from './verify-export-archive.js';

/**
 * Largest archive the endpoint takes (docker/nginx.conf allows the same). Verification reads the
 * uploaded file a chunk at a time, so memory does not grow with it; what a large one costs is
 * temporary disk and time: the upload must finish within Node's request timeout (5 minutes by
 * default, so about 30 MB/s for the largest), then hashing takes about half a minute. Larger
 * archives, or slower links, go through the CLI.
 */
export const MAX_VERIFY_BYTES = 8 * 1024 ** 3;

/** Verifies an uploaded archive against itself: it proves its own integrity, so nothing is looked up. */
@Injectable()
export class VerifyUploadedArchive {
  constructor(private readonly store: DocumentStore) {}

  async execute(request: Request): Promise<ArchiveVerification> {
    const file = await receiveUpload(request, { tempDir: this.store.tempDir(), maxBytes: MAX_VERIFY_BYTES });
    try {
      return await withArchiveFile(file.tempPath, verifyExportArchive);
    } finally {
      await rm(file.tempPath, { force: true });
    }
  }
}
