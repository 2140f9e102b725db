import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { activePhase } from '@fairpitch/shared/challenges';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { isStaff } from '../auth/auth-user.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ChallengeAccess } from './challenge-access.service.js';
import { ChallengePhase } from './challenge-phase.entity.js';
import { phaseViews } from './challenge-views.js';

const OPEN = new Set(['published', 'submission-open']);

/**
 * Hackathons: individuals register for the event; during it a registered participant forms a
 * team (and invites the members through the company member invitations); the team then enters
 * within the event's submission window like any company.
 */
@Injectable()
export class HackathonTeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChallengeAccess,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async hackathon(actor: AuthUser, challengeId: string) {
    const { challenge } = await this.access.findVisible(actor, challengeId);
    if (challenge.type !== 'hackathon') throw AppError.conflict('hackathon.not-a-hackathon');
    if (!OPEN.has(challenge.status)) throw AppError.conflict('hackathon.closed');
    return challenge;
  }

  async register(actor: AuthUser, challengeId: string) {
    await this.hackathon(actor, challengeId);
    if (isStaff(actor)) throw AppError.forbidden('company.staff_cannot_register');
    await this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO event_registration (challenge_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
        [challengeId, actor.id],
      )) as unknown[];
      if (inserted.length) await this.audit.record({ action: 'hackathon.registered', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId }, manager);
    });
    return this.mine(actor, challengeId);
  }

  async mine(actor: AuthUser, challengeId: string) {
    const [registration] = (await this.dataSource.query(`SELECT registered_at AS "registeredAt" FROM event_registration WHERE challenge_id = $1 AND user_id = $2`, [challengeId, actor.id])) as { registeredAt: Date }[];
    const teams = (await this.dataSource.query(
      `SELECT c.id, c.name, m.role FROM company c JOIN company_member m ON m.company_id = c.id WHERE c.team_challenge_id = $1 AND m.user_id = $2`,
      [challengeId, actor.id],
    )) as { id: string; name: string; role: string }[];
    return { challengeId, registered: Boolean(registration), registeredAt: registration?.registeredAt.toISOString() ?? null, teams };
  }

  /** Forms a team during the event (from the first event day until submission closes). */
  async formTeam(actor: AuthUser, challengeId: string, input: { name: string; country: string }) {
    await this.hackathon(actor, challengeId);
    const phases = phaseViews(await this.dataSource.getRepository(ChallengePhase).find({ where: { challengeId } }));
    const now = this.clock.now();
    const eventStart = phases.filter((p) => p.kind === 'event-day').map((p) => new Date(p.startsAt).getTime()).sort((a, b) => a - b)[0];
    const current = activePhase(phases, now)?.kind;
    if (eventStart === undefined || now.getTime() < eventStart || (current !== 'event-day' && current !== 'submission')) {
      throw AppError.conflict('hackathon.teams-form-during-event');
    }
    const registered = (await this.dataSource.query(`SELECT 1 FROM event_registration WHERE challenge_id = $1 AND user_id = $2`, [challengeId, actor.id])) as unknown[];
    if (!registered.length) throw AppError.forbidden('hackathon.register-first');
    return this.dataSource.transaction(async (manager) => {
      const team = await this.organisations.createTeam(actor, { ...input, challengeId }, manager);
      await manager.query(`INSERT INTO challenge_registration (challenge_id, company_id, registered_by) VALUES ($1, $2, $3)`, [challengeId, team.id, actor.id]);
      await this.audit.record({ action: 'challenge.company_registered', actorId: actor.id, subjectType: 'challenge', subjectId: challengeId, data: { companyId: team.id } }, manager);
      return team;
    });
  }

  /** For organisers: who registered for the event, and the teams formed. */
  async overview(actor: AuthUser, challengeId: string) {
    await this.access.requireOrganiser(actor, challengeId);
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM event_registration WHERE challenge_id = $1`, [challengeId])) as { n: number }[];
    const teams = (await this.dataSource.query(
      `SELECT c.id, c.name, count(m.user_id)::int AS members FROM company c LEFT JOIN company_member m ON m.company_id = c.id
        WHERE c.team_challenge_id = $1 GROUP BY c.id, c.name ORDER BY c.name`,
      [challengeId],
    )) as { id: string; name: string; members: number }[];
    return { challengeId, registrations: n, teams };
  }
}
