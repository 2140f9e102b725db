// Queue and job names, payloads and job ids, declared once for api and worker.
// Never rename a queue or job without a migration plan: jobs in flight carry the old name.
export const QUEUES = {
  mail: 'mail',
  outbox: 'outbox',
  screening: 'screening',
  exports: 'exports',
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  sendMail: 'send-mail',
  entrySubmitted: 'entry-submitted',
  screenEntry: 'screen-entry',
  buildExport: 'build-export',
  applyRetention: 'apply-retention',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

export interface SendMailPayload {
  mailId: string;
}
export interface EntrySubmittedPayload {
  outboxId: string;
  entryId: string;
  revision: number;
  revisionHash: string;
}
export interface ScreenEntryPayload {
  entryId: string;
  revision: number;
  revisionHash: string;
  rulesetVersion: string;
}
export interface BuildExportPayload {
  exportId: string;
}

/**
 * BullMQ 6 refuses ':' in custom job ids (it reserves the character for its own keys), so the
 * logical ids above travel to BullMQ with '|' in its place; `fromBullJobId` reverses it.
 */
export function toBullJobId(logicalId: string): string {
  return logicalId.replaceAll(':', '|');
}

export function fromBullJobId(bullId: string): string {
  return bullId.replaceAll('|', ':');
}

export const jobIds = {
  sendMail: (mailId: string) => `mail:${mailId}`,
  outbox: (outboxId: string) => `outbox:${outboxId}`,
  screenEntry: (p: Pick<ScreenEntryPayload, 'entryId' | 'revisionHash' | 'rulesetVersion'>) =>
    `screen:${p.entryId}:${p.revisionHash}:${p.rulesetVersion}`,
  buildExport: (exportId: string) => `export:${exportId}`,
};

/** Where the outbox relay sends each topic: queue, job name and the job id that makes it idempotent. */
export interface OutboxRoute {
  queue: QueueName;
  job: JobName;
  jobId: (payload: Record<string, unknown>, outboxId: string) => string;
}

export const OUTBOX_ROUTES: Record<string, OutboxRoute> = {
  [JOBS.entrySubmitted]: {
    queue: QUEUES.screening,
    job: JOBS.entrySubmitted,
    // One intake per outbox message; the screening job itself is keyed by revision and ruleset.
    jobId: (_payload, outboxId) => jobIds.outbox(outboxId),
  },
  [JOBS.screenEntry]: {
    queue: QUEUES.screening,
    job: JOBS.screenEntry,
    jobId: (payload) => jobIds.screenEntry(payload as unknown as ScreenEntryPayload),
  },
  [JOBS.buildExport]: {
    queue: QUEUES.exports,
    job: JOBS.buildExport,
    jobId: (payload) => jobIds.buildExport(String(payload.exportId)),
  },
};
