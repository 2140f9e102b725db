import { Injectable } from '@nestjs/common';

/**
 * The server's clock, injectable so tests can stand exactly at a deadline. Deadlines are judged
 * by this clock only, never by a time a client sends.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** For tests: stop the clock at an instant (null lets it run again). */
  freezeAt(instant: Date | null): void {
    this.fixed = instant ? new Date(instant) : null;
  }
}
