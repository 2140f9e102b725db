import type { Attachment } from './attachment.entity.js';
import type { Entry } from './entry.entity.js';
import type { EntryRevision } from './entry-revision.entity.js';

export function attachmentView(a: Attachment) {
  return { id: a.id, fileName: a.fileName, mime: a.mime, size: a.size, sha256: a.sha256, createdAt: a.createdAt.toISOString() };
}

export function revisionSummary(r: EntryRevision) {
  return { revision: r.revision, submittedAt: r.submittedAt.toISOString(), receiptHash: r.receiptHash, attachments: r.attachments.length };
}

/** The company's view: the working draft, its documents and every submitted revision. */
export function entryView(entry: Entry, attachments: Attachment[], revisions: EntryRevision[]) {
  return {
    id: entry.id,
    challengeId: entry.challengeId,
    companyId: entry.companyId,
    status: entry.status,
    version: entry.version,
    content: entry.content,
    attachments: attachments.map(attachmentView),
    currentRevision: entry.currentRevision,
    revisions: revisions.map(revisionSummary),
    label: entry.label,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
    submittedAt: entry.submittedAt?.toISOString() ?? null,
    withdrawnAt: entry.withdrawnAt?.toISOString() ?? null,
  };
}

/** After opening, organisers read the submitted revision that counts (the last one), not the draft. */
export function openedEntryView(entry: Entry, revision: EntryRevision, company: { id: string; name: string; country: string; cvr: string | null; registrationNumber: string | null; sizeClass: string } | null) {
  return {
    id: entry.id,
    challengeId: entry.challengeId,
    status: entry.status,
    label: entry.label,
    company,
    revision: revision.revision,
    submittedAt: revision.submittedAt.toISOString(),
    receiptHash: revision.receiptHash,
    content: revision.content,
    attachments: revision.attachments,
    withdrawnAt: entry.withdrawnAt?.toISOString() ?? null,
  };
}
