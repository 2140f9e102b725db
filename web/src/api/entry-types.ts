import type { EntryDraft, EntryStatus, Receipt, ReceiptAttachment } from '@fairpitch/shared/submissions';

// Response shapes of the submissions area, as api/src/submissions/entry-views.ts builds them.

export type { Receipt };

export interface AttachmentView {
  id: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface RevisionSummary {
  revision: number;
  submittedAt: string;
  receiptHash: string;
  attachments: number;
}

/** The company's own view: the working draft, its documents and every submitted revision. */
export interface Entry {
  id: string;
  challengeId: string;
  companyId: string;
  status: EntryStatus;
  version: number;
  content: EntryDraft;
  attachments: AttachmentView[];
  currentRevision: number | null;
  revisions: RevisionSummary[];
  label: number | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  withdrawnAt: string | null;
}

export interface MyEntry {
  id: string;
  challengeId: string;
  challengeTitle: string;
  challengeStatus: string;
  companyId: string;
  companyName: string;
  status: EntryStatus;
  currentRevision: number | null;
  updatedAt: string;
  submittedAt: string | null;
}

export interface EntryStats {
  challengeId: string;
  draft: number;
  submitted: number;
  withdrawn: number;
  opened: boolean;
}

/** What organisers read after opening: the submitted revision that counts. */
export interface OpenedEntry {
  id: string;
  challengeId: string;
  status: EntryStatus;
  label: number | null;
  company: { id: string; name: string; country: string; cvr: string | null; registrationNumber: string | null; sizeClass: string } | null;
  revision: number;
  submittedAt: string;
  receiptHash: string;
  content: EntryDraft;
  attachments: ReceiptAttachment[];
  withdrawnAt: string | null;
}

export interface OpeningResult {
  challengeId: string;
  openedAt: string;
  entries: { entryId: string; label: number; revision: number; receiptHash: string; status: string }[];
}

export interface RevisionRow {
  revision: number;
  submittedAt: string;
  receipt: Receipt;
}

export type ReceiptCheck =
  | { valid: true; entryId: string; revision: number; documents: 'present' }
  | { valid: false; code: string; fields?: string[]; missingDocuments?: string[] };

export interface WithdrawResult {
  id: string;
  status: 'withdrawn';
  withdrawnAt: string;
}
