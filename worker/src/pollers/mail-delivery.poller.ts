import { Injectable } from '@nestjs/common';
import { MailService } from '@fairpitch/api/mail/mail.service';
import { IntervalTask } from './interval-task.js';

/** Delivers queued mail (SMTP, or the log when none is configured) a few seconds after it is written. */
@Injectable()
export class MailDeliveryPoller extends IntervalTask {
  protected readonly intervalMs = 2000;

  constructor(private readonly mail: MailService) {
    super();
  }

  protected run(): Promise<number> {
    return this.mail.deliverPending();
  }
}
