import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, transferableConfig } from '@fairpitch/api/config/app-config';
import type { BuildOutcome } from '@fairpitch/api/exports/build-export.use-case';
import type { ExportProcessReply, ExportProcessRequest } from './export-process-messages.js';

// The compiled entry, from the source (tests) and from dist alike.
const PROCESS_ENTRY = fileURLToPath(new URL('../../dist/exports/export-process.js', import.meta.url));

/**
 * glibc's allocator settings for the export process (an operator's own settings win). An export
 * allocates and frees many buffers of tens of kilobytes (compressor tables, file chunks), which
 * V8 frees only at its next collection; from the allocator's main heap the memory they took is
 * not returned while anything above it lives, and a 10,000-entry export's process grew by 40 MB
 * that way. Served by mmap instead (16 KiB and up, a fixed threshold), each is returned when
 * freed. One arena per two threads keeps the thread pool's from adding their own. The same values
 * as worker/process-settings.mjs gives the worker itself where this repository starts it.
 */
const ALLOCATOR_SETTINGS = { MALLOC_MMAP_THRESHOLD_: '16384', MALLOC_ARENA_MAX: '2' };

/** Options that cap the heap of the process; dropped for a second try when the cap was too low. */
const HEAP_CAP = /^--max-old-space-size(=|$)/;

/** The export process ran out of heap under its cap (V8 aborts the process). */
class HeapCapReached extends Error {}

/**
 * Builds each export in a process of its own. An export reads a whole decided challenge and
 * loads the spreadsheet and PDF libraries; in its own process that memory is returned when it
 * exits, the worker's event loop stays free for the outbox and screening, and a crash costs one
 * attempt of one export, which the queue retries, not the worker.
 *
 * The process runs with the configured Node.js options, by default a heap cap that keeps an
 * export within its memory budget (its heap grows only slowly with the challenge, see
 * docs/architecture.md, "Memory"). A challenge too large for the cap would only abort: that
 * export is then built at once a second time without the cap, and the log says so.
 */
@Injectable()
export class ExportProcessRunner implements OnApplicationShutdown {
  private readonly logger = new Logger('Exports');
  private readonly running = new Set<ChildProcess>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The build's outcome; rejects with the process's error, or when it stopped without answering. */
  async run(exportId: string): Promise<BuildOutcome> {
    const options = this.config.exports.processNodeOptions;
    try {
      return await this.spawn(exportId, options);
    } catch (error) {
      if (!(error instanceof HeapCapReached) || !options.some((o) => HEAP_CAP.test(o))) throw error;
      this.logger.warn(`export ${exportId} needed more heap than ${options.join(' ')} allows; building it again without the cap`);
      return this.spawn(exportId, options.filter((o) => !HEAP_CAP.test(o)));
    }
  }

  /** The processes building exports now (their pids). */
  pids(): number[] {
    return [...this.running].flatMap((child) => (child.pid === undefined ? [] : [child.pid]));
  }

  onApplicationShutdown(): void {
    // An unfinished export is taken up again by the queue after a restart.
    for (const child of this.running) child.kill('SIGTERM');
  }

  private spawn(exportId: string, nodeOptions: string[]): Promise<BuildOutcome> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const child = fork(PROCESS_ENTRY, [], {
        execArgv: nodeOptions,
        env: { ...ALLOCATOR_SETTINGS, ...process.env },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      this.running.add(child);
      let reply: ExportProcessReply | null = null;
      child.on('message', (message: ExportProcessReply) => {
        reply = message;
      });
      child.once('error', (error) => {
        // The process could not be started (or signalled); it may never report an exit.
        this.running.delete(child);
        reject(error);
      });
      child.once('exit', (code, signal) => {
        this.running.delete(child);
        const answer = reply as ExportProcessReply | null;
        if (answer) this.logger.log(`export ${exportId}: its process ended after ${((performance.now() - started) / 1000).toFixed(1)} s, at most ${answer.peakMb} MB resident`);
        if (answer && 'outcome' in answer) resolve(answer.outcome);
        else if (answer) reject(new Error(answer.error));
        else if (signal === 'SIGABRT') reject(new HeapCapReached('the export process ran out of heap'));
        else reject(new Error(`the export process stopped without finishing (${signal ?? `exit code ${code}`})`));
      });
      const request: ExportProcessRequest = { exportId, config: transferableConfig(this.config) };
      child.send(request);
    });
  }
}
