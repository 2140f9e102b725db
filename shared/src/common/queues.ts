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

export const jobIds = {
  sendMail: (mailId: string) => `mail:${mailId}`,
  outbox: (outboxId: string) => `outbox:${outboxId}`,
  screenEntry: (p: Pick<ScreenEntryPayload, 'entryId' | 'revisionHash' | 'rulesetVersion'>) =>
    `screen:${p.entryId}:${p.revisionHash}:${p.rulesetVersion}`,
  buildExport: (exportId: string) => `export:${exportId}`,
};
