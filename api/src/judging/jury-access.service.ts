import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EvaluationMethod } from '@fairpitch/shared/challenges';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { AppError } from '../common/app-error.js';
import { EntryAccess } from '../submissions/entry-access.service.js';
import { type JudgedEntry, JudgedEntries } from './judged-entries.service.js';
import { JuryConflicts } from './jury-conflicts.service.js';
import { JuryPanels, type PanelSettings } from './jury-panels.service.js';

export interface JurorEntry {
  challenge: Challenge;
  entry: JudgedEntry;
  panel: PanelSettings;
}

const SCORING_STATES = new Set(['submission-closed', 'evaluation']);

/**
 * The jury's permissions in one place. A juror reads an entry only when assigned to it, free of
 * conflict, and after declaring for every participating company; anything else is a 404, so a
 * conflicted juror cannot even learn that the entry exists.
 */
@Injectable()
export class JuryAccess implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChallengeAccess,
    private readonly panels: JuryPanels,
    private readonly conflicts: JuryConflicts,
    private readonly entries: JudgedEntries,
    private readonly entryAccess: EntryAccess,
  ) {}

  onModuleInit(): void {
    // The generic entry endpoints show the company: only jurors of an open review may use them.
    // In blind review jurors read through the jury endpoints, which redact the identity.
    this.entryAccess.registerReader(async (user, entry) => {
      const found = await this.requireAssigned(user, entry.id).catch(() => null);
      return found !== null && !found.panel.blind;
    });
  }

  async requireJuror(user: AuthUser, challengeId: string): Promise<Challenge> {
    const { challenge } = await this.access.findVisible(user, challengeId);
    if (!(await this.access.isJuror(user, challengeId))) throw AppError.forbidden('jury.not-juror');
    return challenge;
  }

  async requireAssigned(user: AuthUser, entryId: string): Promise<JurorEntry> {
    const notFound = AppError.notFound('jury.entry-not-found');
    const entry = await this.entries.one(entryId);
    if (!entry || !(await this.access.isJuror(user, entry.challengeId))) throw notFound;
    const assigned = (await this.dataSource.query(`SELECT 1 FROM jury_assignment WHERE entry_id = $1 AND juror_id = $2`, [entryId, user.id])) as unknown[];
    if (!assigned.length || (await this.conflicts.isConflicted(entry.challengeId, user.id, entry.companyId))) throw notFound;
    const companies = await this.conflicts.companies(entry.challengeId);
    if (!(await this.conflicts.declaredJurors(entry.challengeId, companies)).has(user.id)) throw AppError.forbidden('jury.declarations-missing');
    const { challenge } = await this.access.findVisible(user, entry.challengeId);
    return { challenge, entry, panel: await this.panels.settingsOf(challenge) };
  }

  isOrganiser(user: AuthUser, challengeId: string): Promise<boolean> {
    return this.access.isOrganiser(user, challengeId);
  }

  requireOrganiser(user: AuthUser, challengeId: string): Promise<Challenge> {
    return this.access.requireOrganiser(user, challengeId);
  }

  async findVisible(user: AuthUser, challengeId: string): Promise<Challenge> {
    return (await this.access.findVisible(user, challengeId)).challenge;
  }

  jurorIds(challengeId: string): Promise<string[]> {
    return this.access.usersWithRole(challengeId, 'juror');
  }
}

/** The published method; a challenge without one cannot be judged. */
export function methodOf(challenge: Challenge): EvaluationMethod {
  if (!challenge.evaluationMethod) throw AppError.conflict('jury.no-method');
  return challenge.evaluationMethod;
}

/** Scores may be given while the challenge is closed for submission or in evaluation. */
export function requireScoringState(challenge: Challenge): void {
  if (challenge.status === 'decided' || challenge.status === 'archived') throw AppError.conflict('jury.scores-locked');
  if (!SCORING_STATES.has(challenge.status)) throw AppError.conflict('jury.not-evaluating', { status: challenge.status });
}
