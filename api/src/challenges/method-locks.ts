import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type MethodLockCheck = (challengeId: string, manager: EntityManager) => Promise<boolean>;

/**
 * Once the first score exists, the evaluation method cannot change, not even by amendment.
 * Judging registers its check here, so challenges need not read judging's tables.
 */
@Injectable()
export class MethodLocks {
  private readonly checks: MethodLockCheck[] = [];

  register(check: MethodLockCheck): void {
    this.checks.push(check);
  }

  async isLocked(challengeId: string, manager: EntityManager): Promise<boolean> {
    for (const check of this.checks) if (await check(challengeId, manager)) return true;
    return false;
  }
}
