import { readFile, rm } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { ArchiveVerification } from '@fairpitch/shared/exports';
import { DocumentStore } from '../../storage/document-store.js';
import { receiveUpload } from '../../storage/receive-upload.js';
import { verifyExportArchive } from './verify-export-archive.js';

/** Archives are verified in memory; larger ones go through the CLI. */
export const MAX_VERIFY_BYTES = 512 * 1024 * 1024;

/** Verifies an uploaded archive against itself: it proves its own integrity, so nothing is looked up. */
@Injectable()
export class VerifyUploadedArchive {
  constructor(private readonly store: DocumentStore) {}

  async execute(request: Request): Promise<ArchiveVerification> {
    const file = await receiveUpload(request, { tempDir: this.store.tempDir(), maxBytes: MAX_VERIFY_BYTES });
    try {
      return verifyExportArchive(new Uint8Array(await readFile(file.tempPath)));
    } finally {
      await rm(file.tempPath, { force: true });
    }
  }
}
