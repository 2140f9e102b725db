import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/**
 * Runs a task every few seconds, never two runs at once, and waits for the running one on
 * shutdown. Several workers may run the same task: each task claims its rows in the database.
 */
export abstract class IntervalTask implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly intervalMs: number;
  protected abstract run(): Promise<unknown>;
  private readonly logger = new Logger(this.constructor.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.intervalMs);
  }

  /** Runs once now (tests use it to avoid waiting for the timer). */
  tick(): Promise<unknown> {
    this.running ??= this.run()
      .catch((error: unknown) => this.logger.error(error instanceof Error ? error.stack : String(error)))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
