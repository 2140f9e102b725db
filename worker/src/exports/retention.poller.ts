import { Injectable } from '@nestjs/common';
import { ApplyRetention } from '@fairpitch/api/exports/retention/apply-retention.service';
import { IntervalTask } from '../pollers/interval-task.js';

/** Applies each challenge's retention period once it has run out (deletes losers' documents, anonymises). */
@Injectable()
export class RetentionPoller extends IntervalTask {
  protected readonly intervalMs = 15 * 60 * 1000;

  constructor(private readonly retention: ApplyRetention) {
    super();
  }

  protected run(): Promise<unknown> {
    return this.retention.runDue();
  }
}
