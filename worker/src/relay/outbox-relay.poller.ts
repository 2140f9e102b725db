import { Injectable } from '@nestjs/common';
import { OutboxService, type PendingMessage } from '@fairpitch/api/outbox/outbox.service';
import { OUTBOX_ROUTES } from '@fairpitch/shared/common';
import { IntervalTask } from '../pollers/interval-task.js';
import { QueueRegistry } from '../queues/queue-registry.js';

/**
 * Moves outbox messages into BullMQ, at least once, with job ids derived from the data so a
 * message delivered twice becomes one job. While Redis is away nothing is marked sent, and the
 * next tick after it returns delivers the backlog in order.
 */
@Injectable()
export class OutboxRelay extends IntervalTask {
  protected readonly intervalMs = 500;

  constructor(
    private readonly outbox: OutboxService,
    private readonly queues: QueueRegistry,
  ) {
    super();
  }

  private async deliver(message: PendingMessage): Promise<void> {
    const route = OUTBOX_ROUTES[message.topic];
    if (!route) throw new Error(`no route for outbox topic ${message.topic}`);
    await this.queues.enqueue(route.queue, route.job, { ...message.payload, outboxId: message.id }, route.jobId(message.payload, message.id));
  }

  /** Relays until the outbox is empty or delivery fails. */
  protected async run(): Promise<number> {
    let total = 0;
    for (;;) {
      const { sent, failed } = await this.outbox.relay((m) => this.deliver(m));
      total += sent;
      if (failed || sent === 0) return total;
    }
  }
}
