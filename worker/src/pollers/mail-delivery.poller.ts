import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MailService } from '@fairpitch/api/mail/mail.service';

const INTERVAL_MS = 2000;

/** Delivers queued mail (SMTP, or the log when none is configured) a few seconds after it is written. */
@Injectable()
export class MailDeliveryPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailDelivery');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly mail: MailService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running = this.mail.deliverPending().catch((error: unknown) => this.logger.error(String(error)));
    }, INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
