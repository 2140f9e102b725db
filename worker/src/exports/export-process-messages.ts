import type { TransferredConfig } from '@fairpitch/api/config/app-config';
import type { BuildOutcome } from '@fairpitch/api/exports/build-export.use-case';

/** What the worker sends the export process: the export to build, with the worker's own validated configuration. */
export interface ExportProcessRequest {
  exportId: string;
  config: TransferredConfig;
}

/** How a build ended: its outcome, or the error to retry on. */
export type ExportProcessEnding = { outcome: BuildOutcome } | { error: string };

/** What the export process answers before it exits: how the build ended, and its peak resident memory. */
export type ExportProcessReply = ExportProcessEnding & { peakMb: number };
