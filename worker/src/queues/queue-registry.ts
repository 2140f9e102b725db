import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Queue, Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@fairpitch/api/config/app-config';
import { bullConnection } from '@fairpitch/api/redis/redis.module';
import { type QueueName, toBullJobId } from '@fairpitch/shared/common';

export type JobHandler = (job: Job) => Promise<unknown>;

const ENQUEUE_TIMEOUT_MS = 3000;

/**
 * The worker's queues: producers for the outbox relay and one BullMQ worker per queue. Every
 * job name gets exactly one handler; starting with a job that has none, or two, fails at boot.
 */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly logger = new Logger('Queues');
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private readonly handlers = new Map<QueueName, Map<string, JobHandler>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get prefix(): string {
    return `${this.config.redisPrefix}:bull`;
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: bullConnection(this.config),
        prefix: this.prefix,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 7 * 24 * 3600 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      });
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Adds a job with a data-derived (logical) id; a duplicate id is a no-op. Gives up after a few seconds when Redis is away. */
  async enqueue(name: QueueName, job: string, data: Record<string, unknown>, jobId: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`enqueue to ${name} timed out`)), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.queue(name).add(job, data, { jobId: toBullJobId(jobId) }), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  handle(queue: QueueName, job: string, handler: JobHandler): void {
    const forQueue = this.handlers.get(queue) ?? new Map<string, JobHandler>();
    if (forQueue.has(job)) throw new Error(`job ${queue}/${job} has two handlers`);
    forQueue.set(job, handler);
    this.handlers.set(queue, forQueue);
  }

  /** Starts one BullMQ worker per queue that has handlers; fails if a required job has none. */
  start(required: { queue: QueueName; job: string }[], concurrency: Partial<Record<QueueName, number>> = {}): void {
    for (const { queue, job } of required) {
      if (!this.handlers.get(queue)?.has(job)) throw new Error(`job ${queue}/${job} has no handler`);
    }
    for (const [queue, handlers] of this.handlers) {
      const worker = new Worker(
        queue,
        async (job) => {
          const handler = handlers.get(job.name);
          if (!handler) throw new Error(`no handler for job ${queue}/${job.name}`);
          return handler(job);
        },
        {
          connection: bullConnection(this.config),
          prefix: this.prefix,
          concurrency: concurrency[queue] ?? 1,
          // A job whose worker was killed is taken over once its lock expires.
          lockDuration: this.config.queueLockMs,
          stalledInterval: this.config.queueLockMs,
        },
      );
      worker.on('failed', (job, error) => this.logger.warn(`${queue}/${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`));
      worker.on('error', (error) => this.logger.warn(`worker ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
  }

  /** Lets running jobs finish for a while, then lets go; an unreachable Redis must not block shutdown. */
  async onApplicationShutdown(): Promise<void> {
    const within = (promise: Promise<unknown>, ms: number) =>
      Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
    await Promise.all(
      this.workers.map(async (worker) => {
        if (!(await within(worker.close(), 10_000))) void worker.disconnect().catch(() => undefined);
      }),
    );
    await Promise.all(
      [...this.queues.values()].map(async (queue) => {
        if (!(await within(queue.close(), 2000))) void queue.disconnect().catch(() => undefined);
      }),
    );
  }
}
