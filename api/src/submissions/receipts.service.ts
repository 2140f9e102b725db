import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Receipt, buildReceipt, verifyReceipt } from '@fairpitch/shared/submissions';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DocumentStore } from '../storage/document-store.js';
import { EntriesService } from './entries.service.js';
import { EntryAccess } from './entry-access.service.js';
import { EntryRevision } from './entry-revision.entity.js';

export type ReceiptCheck =
  | { valid: true; entryId: string; revision: number; documents: 'present' }
  | { valid: false; code: string; fields?: string[]; missingDocuments?: string[] }
  /** Anonymised after the retention period: the receipt is the one the platform issued, but its content is gone. */
  | { valid: false; code: 'receipt.anonymised'; issued: true; anonymisedAt: string };

@Injectable()
export class ReceiptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: EntriesService,
    private readonly access: EntryAccess,
    private readonly store: DocumentStore,
  ) {}

  async get(actor: AuthUser, entryId: string, revision: number): Promise<Receipt> {
    const entry = await this.entries.findOrFail(entryId);
    await this.access.requireReader(actor, entry);
    const row = await this.dataSource.getRepository(EntryRevision).findOne({ where: { entryId, revision } });
    if (!row) throw AppError.notFound('receipt.not_found');
    return row.receipt;
  }

  /**
   * Recomputes the receipt from what the platform holds now (the stored revision, not the stored
   * receipt) and checks every document is still in storage, so tampering with either shows.
   */
  async verify(presented: Receipt): Promise<ReceiptCheck> {
    if (!/^[0-9a-f-]{36}$/i.test(presented.entryId)) return { valid: false, code: 'receipt.unknown' };
    const row = await this.dataSource.getRepository(EntryRevision).findOne({ where: { entryId: presented.entryId, revision: presented.revision } });
    if (!row) return { valid: false, code: 'receipt.unknown' };
    if (row.anonymisedAt) {
      // Nothing left to recompute from: say whether this is the receipt that was issued.
      const asIssued = verifyReceipt(presented, row.receipt);
      if (!asIssued.valid) return { valid: false, code: asIssued.code, fields: asIssued.fields };
      return { valid: false, code: 'receipt.anonymised', issued: true, anonymisedAt: row.anonymisedAt.toISOString() };
    }
    const companyId = ((await this.dataSource.query(`SELECT company_id FROM entry WHERE id = $1`, [row.entryId])) as { company_id: string }[])[0]!.company_id;
    const recomputed = buildReceipt({
      entryId: row.entryId,
      revision: row.revision,
      companyId,
      submittedAt: row.submittedAt,
      content: row.content,
      attachments: row.attachments,
    });
    const result = verifyReceipt(presented, recomputed);
    if (!result.valid) return { valid: false, code: result.code, fields: result.fields };
    const missing: string[] = [];
    for (const attachment of row.attachments) if (!(await this.store.exists(attachment.sha256))) missing.push(attachment.id);
    if (missing.length) return { valid: false, code: 'receipt.documents-missing', missingDocuments: missing };
    return { valid: true, entryId: row.entryId, revision: row.revision, documents: 'present' };
  }
}
