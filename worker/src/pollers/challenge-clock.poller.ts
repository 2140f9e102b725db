import { Injectable } from '@nestjs/common';
import { ChallengeLifecycle } from '@fairpitch/api/challenges/challenge-lifecycle.service';
import { IntervalTask } from './interval-task.js';

/** Opens and closes submission when its phase starts and ends (plus the published grace period). */
@Injectable()
export class ChallengeClockPoller extends IntervalTask {
  protected readonly intervalMs = 5000;

  constructor(private readonly lifecycle: ChallengeLifecycle) {
    super();
  }

  protected run(): Promise<number> {
    return this.lifecycle.advanceAllByClock();
  }
}
