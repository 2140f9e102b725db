import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_JURORS_PER_ENTRY } from '@fairpitch/shared/judging';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { InvitationsService } from '../auth/invitations.service.js';
import { UsersService } from '../auth/users.service.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { AppError, type FieldError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import type { JudgingMode, PanelUpdate } from './jury.dto.js';

export interface PanelSettings {
  perEntry: number;
  blind: boolean;
  chairId: string | null;
  judgingMode: JudgingMode;
}

interface PanelRow {
  per_entry: number;
  blind: boolean;
  chair_id: string | null;
  judging_mode: JudgingMode;
}

const CLOSED_STATES = new Set(['decided', 'archived']);

/** The panel of a challenge: its settings (jurors per entry, blind or open, chair, mode) and its jurors. */
@Injectable()
export class JuryPanels {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChallengeAccess,
    private readonly invitations: InvitationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The stored settings, or the defaults: 3 per entry, blind as the challenge was published, rubric. */
  async settingsOf(challenge: Challenge, manager: EntityManager = this.dataSource.manager): Promise<PanelSettings> {
    const [row] = (await manager.query(`SELECT per_entry, blind, chair_id, judging_mode FROM jury_panel WHERE challenge_id = $1`, [challenge.id])) as PanelRow[];
    if (!row) return { perEntry: DEFAULT_JURORS_PER_ENTRY, blind: challenge.blindReview, chairId: null, judgingMode: 'rubric' };
    return { perEntry: row.per_entry, blind: row.blind, chairId: row.chair_id, judgingMode: row.judging_mode };
  }

  /** The organiser's view of the panel: settings and every juror with their progress. */
  async panel(actor: AuthUser, challengeId: string) {
    const challenge = await this.access.requireOrganiser(actor, challengeId);
    const settings = await this.settingsOf(challenge);
    const jurorIds = await this.access.usersWithRole(challengeId, 'juror');
    const users = new Map((await this.users.findByIds(jurorIds)).map((u) => [u.id, u]));
    const counts = (await this.dataSource.query(
      `SELECT a.juror_id AS "jurorId", count(*)::int AS assigned, count(r.*) FILTER (WHERE r.status = 'submitted')::int AS submitted
         FROM jury_assignment a LEFT JOIN jury_review r ON r.entry_id = a.entry_id AND r.juror_id = a.juror_id
        WHERE a.challenge_id = $1 GROUP BY a.juror_id`,
      [challengeId],
    )) as { jurorId: string; assigned: number; submitted: number }[];
    const byJuror = new Map(counts.map((c) => [c.jurorId, c]));
    return {
      challengeId,
      challengeType: challenge.type,
      publishedBlindReview: challenge.blindReview,
      ...settings,
      jurors: jurorIds.map((id) => ({
        userId: id,
        name: users.get(id)?.name ?? '',
        email: users.get(id)?.email ?? '',
        isChair: settings.chairId === id,
        assigned: byJuror.get(id)?.assigned ?? 0,
        submitted: byJuror.get(id)?.submitted ?? 0,
      })),
    };
  }

  async update(actor: AuthUser, challengeId: string, input: PanelUpdate) {
    const challenge = await this.access.requireOrganiser(actor, challengeId);
    requireOpenForJury(challenge);
    const before = await this.settingsOf(challenge);
    const after: PanelSettings = {
      perEntry: input.perEntry ?? before.perEntry,
      blind: input.blind ?? before.blind,
      chairId: input.chairId === undefined ? before.chairId : input.chairId,
      judgingMode: input.judgingMode ?? before.judgingMode,
    };
    const fields: FieldError[] = [];
    // The published terms promised blind review; the panel may be stricter, never looser.
    if (challenge.blindReview && !after.blind) fields.push({ path: 'blind', code: 'jury.blind-published' });
    if (after.judgingMode === 'pairwise' && challenge.type !== 'hackathon') fields.push({ path: 'judgingMode', code: 'jury.pairwise-hackathon-only' });
    if (after.chairId && after.chairId !== before.chairId) {
      const roles = await this.access.rolesOf(after.chairId, challengeId);
      if (!roles.includes('juror') && !roles.includes('organiser')) fields.push({ path: 'chairId', code: 'jury.chair-invalid' });
    }
    if (fields.length) throw AppError.validation(fields);

    await this.dataSource.transaction(async (manager) => {
      if (after.blind !== before.blind || after.judgingMode !== before.judgingMode) {
        const [started] = (await manager.query(
          `SELECT 1 FROM jury_assignment WHERE challenge_id = $1 UNION ALL SELECT 1 FROM jury_pairwise WHERE challenge_id = $1 LIMIT 1`,
          [challengeId],
        )) as unknown[];
        if (started) throw AppError.conflict('jury.panel-locked');
      }
      await manager.query(
        `INSERT INTO jury_panel (challenge_id, per_entry, blind, chair_id, judging_mode, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (challenge_id) DO UPDATE SET per_entry = EXCLUDED.per_entry, blind = EXCLUDED.blind, chair_id = EXCLUDED.chair_id,
           judging_mode = EXCLUDED.judging_mode, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [challengeId, after.perEntry, after.blind, after.chairId, after.judgingMode, actor.id, this.clock.now()],
      );
      await this.audit.record({ action: 'jury.panel_updated', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { before, after } }, manager);
    });
    return this.panel(actor, challengeId);
  }

  /** Staff or an outside expert: an existing account gets the role at once, anyone else an invitation mail. */
  async inviteJuror(actor: AuthUser, challengeId: string, input: { email: string; name: string }) {
    const challenge = await this.access.requireOrganiser(actor, challengeId);
    requireOpenForJury(challenge);
    return this.invitations.invite(actor, { ...input, role: 'juror', challengeId, preAuthorised: true, context: challenge.title });
  }
}

/** The jury's work ends with the decision; a cancelled challenge has none to do. */
export function requireOpenForJury(challenge: Challenge): void {
  if (CLOSED_STATES.has(challenge.status)) throw AppError.conflict('jury.decided');
  if (challenge.status === 'cancelled') throw AppError.conflict('jury.not-evaluating', { status: challenge.status });
}
