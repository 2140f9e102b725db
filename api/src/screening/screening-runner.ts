import { Worker } from 'node:worker_threads';
import { Injectable, Inject, Logger } from '@nestjs/common';
import { type ScreeningInput, type ScreeningReport, ALL_RULES, screenEntry } from '@fairpitch/shared/screening';
import { extractTexts } from '@fairpitch/shared/screening/documents';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ActiveRuleset } from './ruleset.provider.js';

class ResourceLimitError extends Error {}

const THREAD_ENTRY = new URL('../../threads/screen-entry.thread.mjs', import.meta.url);

/**
 * Runs the ruleset over one input. With isolation 'thread' (the default) it runs in a worker
 * thread with a memory ceiling and a time limit; when a document breaks either, the entry is
 * screened without its documents and each document gets a needs-review finding instead, so a
 * hostile file can delay nothing and crash nothing.
 */
@Injectable()
export class ScreeningRunner {
  private readonly logger = new Logger('ScreeningRunner');

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

  private inThread(input: ScreeningInput, mandatoryRuleIds: readonly string[]): Promise<ScreeningReport> {
    const timeoutMs = this.config.screening.fileTimeoutMs * Math.max(1, input.documents.length);
    return new Promise((resolve, reject) => {
      const worker = new Worker(THREAD_ENTRY, {
        workerData: { input, mandatoryRuleIds: [...mandatoryRuleIds] },
        // The thread loads the compiled shared package, whatever resolution flags this process runs with.
        execArgv: process.execArgv.filter((arg) => !arg.startsWith('--conditions') && !arg.startsWith('-C')),
        // The document bytes move to the thread instead of being copied.
        transferList: input.documents.map((d) => d.bytes.buffer as ArrayBuffer),
        resourceLimits: { maxOldGenerationSizeMb: this.config.screening.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
      });
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new ResourceLimitError(`screening took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      worker.once('message', (message: { report: ScreeningReport }) => {
        clearTimeout(timer);
        resolve(message.report);
        void worker.terminate();
      });
      worker.once('error', (error: Error & { code?: string }) => {
        clearTimeout(timer);
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ResourceLimitError(`screening needed more than ${this.config.screening.maxMemoryMb} MB`) : error);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        if (code !== 0) reject(new Error(`screening thread stopped with code ${code}`));
      });
    });
  }

  private withoutDocuments(input: ScreeningInput, mandatoryRuleIds: readonly string[], problem: string): ScreeningReport {
    const bare = { ...input, documents: [] };
    const problems = input.documents.map((d) => ({ attachmentId: d.attachmentId, fileName: d.fileName, problem: `resource limit: ${problem}` }));
    const extractor = () => ({ texts: [], extractionProblems: problems });
    return screenEntry(bare, { extractTexts: extractor, rules: this.ruleset.rules }, { mandatoryRuleIds });
  }
}
