import { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type ScreeningInput, type ScreeningReport, ALL_RULES, screenEntry } from '@fairpitch/shared/screening';
import { extractTexts } from '@fairpitch/shared/screening/documents';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ActiveRuleset } from './ruleset.provider.js';

const THREAD_ENTRY = new URL('../../threads/screen-entry.thread.mjs', import.meta.url);

class ResourceLimitError extends Error {}

interface PendingJob {
  id: number;
  resolve(report: ScreeningReport): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** One pooled thread and the job it is running, if any. */
class ScreeningThread {
  readonly worker: Worker;
  job: PendingJob | null = null;

  constructor(maxMemoryMb: number, onExit: (thread: ScreeningThread) => void) {
    this.worker = new Worker(THREAD_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: 64 },
      // No inherited flags: the thread loads the compiled shared package, whatever this process runs with.
      execArgv: [],
    });
    this.worker.unref();
    this.worker.on('message', (message: { id: number; report?: ScreeningReport; error?: string }) => {
      const job = this.job;
      if (!job || job.id !== message.id) return;
      this.job = null;
      clearTimeout(job.timer);
      if (message.report) job.resolve(message.report);
      else job.reject(new Error(message.error ?? 'screening failed'));
    });
    this.worker.on('error', (error: Error & { code?: string }) => {
      const job = this.job;
      this.job = null;
      if (!job) return;
      clearTimeout(job.timer);
      job.reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ResourceLimitError(`screening needed more than ${maxMemoryMb} MB`) : error);
    });
    this.worker.on('exit', () => {
      const job = this.job;
      this.job = null;
      if (job) {
        clearTimeout(job.timer);
        job.reject(new ResourceLimitError('screening thread stopped'));
      }
      onExit(this);
    });
  }
}

/**
 * Runs the ruleset over one input. With isolation 'thread' (the default) each entry is screened
 * in a pooled worker thread with a memory ceiling and a time limit; when a document breaks
 * either, the entry is screened without its documents and each document gets a needs-review
 * finding instead, so a hostile file delays nothing and crashes nothing.
 */
@Injectable()
export class ScreeningRunner implements OnApplicationShutdown {
  private readonly logger = new Logger('ScreeningRunner');
  private readonly threads = new Set<ScreeningThread>();
  private readonly busy = new Set<ScreeningThread>();
  private readonly waiting: ((thread: ScreeningThread) => void)[] = [];
  private nextId = 1;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ruleset: ActiveRuleset,
  ) {}

  async run(input: ScreeningInput, mandatoryRuleIds: readonly string[]): Promise<ScreeningReport> {
    const rulesAreShared = this.ruleset.rules === ALL_RULES;
    if (this.config.screening.isolation === 'in-process' || !rulesAreShared || input.documents.length === 0) {
      return screenEntry(input, { extractTexts, rules: this.ruleset.rules }, { mandatoryRuleIds });
    }
    try {
      return await this.inThread(input, mandatoryRuleIds);
    } catch (error) {
      if (!(error instanceof ResourceLimitError)) throw error;
      this.logger.warn(`screening of ${input.entryId} rev ${input.revision} hit a resource limit: ${error.message}`);
      return this.withoutDocuments(input, mandatoryRuleIds, error.message);
    }
  }

  private async inThread(input: ScreeningInput, mandatoryRuleIds: readonly string[]): Promise<ScreeningReport> {
    const thread = await this.acquire();
    const timeoutMs = this.config.screening.fileTimeoutMs * Math.max(1, input.documents.length);
    try {
      return await new Promise<ScreeningReport>((resolve, reject) => {
        const id = this.nextId++;
        const timer = setTimeout(() => {
          thread.job = null;
          reject(new ResourceLimitError(`screening took longer than ${timeoutMs} ms`));
          void thread.worker.terminate();
        }, timeoutMs);
        thread.job = { id, resolve, reject, timer };
        thread.worker.postMessage({ id, input, mandatoryRuleIds: [...mandatoryRuleIds] });
      });
    } finally {
      this.release(thread);
    }
  }

  private acquire(): Promise<ScreeningThread> {
    for (const thread of this.threads) if (!this.busy.has(thread)) return Promise.resolve(this.claim(thread));
    if (this.threads.size < this.config.screening.concurrency) return Promise.resolve(this.claim(this.spawn()));
    return new Promise((resolve) => this.waiting.push((thread) => resolve(this.claim(thread))));
  }

  private claim(thread: ScreeningThread): ScreeningThread {
    this.busy.add(thread);
    return thread;
  }

  private release(thread: ScreeningThread): void {
    this.busy.delete(thread);
    const next = this.waiting.shift();
    if (!next) return;
    next(this.threads.has(thread) ? thread : this.spawn());
  }

  private spawn(): ScreeningThread {
    const thread = new ScreeningThread(this.config.screening.maxMemoryMb, (dead) => {
      this.threads.delete(dead);
      this.busy.delete(dead);
    });
    this.threads.add(thread);
    return thread;
  }

  private withoutDocuments(input: ScreeningInput, mandatoryRuleIds: readonly string[], problem: string): ScreeningReport {
    const problems = input.documents.map((d) => ({ attachmentId: d.attachmentId, fileName: d.fileName, problem: `resource limit: ${problem}` }));
    const extractor = () => ({ texts: [], extractionProblems: problems });
    return screenEntry({ ...input, documents: [] }, { extractTexts: extractor, rules: this.ruleset.rules }, { mandatoryRuleIds });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.threads].map((thread) => thread.worker.terminate()));
  }
}
