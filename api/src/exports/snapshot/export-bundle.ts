import type { ReviewSource, SnapshotWithoutReviews } from '@fairpitch/shared/exports';
import type { Receipt, ReceiptAttachment } from '@fairpitch/shared/submissions';
import type { AuditExtractRow, ChainVerificationRecord } from '../audit-extract.js';

/** What the archive holds about one entry besides the snapshot. */
export interface EntryArchiveData {
  entryId: string;
  receipt: Receipt;
  /** The counting revision's content, with personal data redacted after the retention period. */
  content: Record<string, unknown>;
  /** Documents to include; empty once the retention job deleted them. */
  documents: ReceiptAttachment[];
  /** Set when the entry was anonymised after the retention period. */
  anonymisedAt: string | null;
}

/** An entry's screening report with the organiser's decisions and the company's responses, as archived. */
export interface ScreeningReportRecord {
  entryId: string;
  record: Record<string, unknown>;
}

/**
 * Everything an export shows. The small parts are held (the snapshot without its reviews); the
 * large ones are read again from the database a batch at a time whenever a file needs them, so
 * memory does not grow with the number of reviews, documents or audit events.
 */
export interface ExportBundle {
  snapshot: SnapshotWithoutReviews;
  /** Every review and consensus, batch by batch in the export's order. */
  reviews: ReviewSource;
  decisionReasons: string | null;
  /** Per entry its receipt, submission and documents, a batch of entries at a time by entry id. */
  entryEvidence(): AsyncIterable<EntryArchiveData[]>;
  /** The entries' screening reports, a batch at a time by entry id. */
  screeningReports(): AsyncIterable<ScreeningReportRecord[]>;
  audit: {
    chain: ChainVerificationRecord;
    /** The extract's rows in chain order, a page at a time. */
    rows(): AsyncIterable<AuditExtractRow[]>;
  };
}
