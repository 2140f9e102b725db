import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, type Repository } from 'typeorm';
import { type InvitableRole, canInvite, checkPassword } from '@fairpitch/shared/accounts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import { hashToken, newSecretToken } from '../common/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import type { AuthUser } from './auth-user.js';
import { Invitation } from './invitation.entity.js';
import { User } from './user.entity.js';
import { UsersService, toUserSummary, type UserSummary } from './users.service.js';

const INVITATION_TTL_MS = 14 * 24 * 3_600_000;

export interface InvitationRequest {
  email: string;
  name: string;
  role: InvitableRole;
  challengeId?: string | null;
  companyId?: string | null;
  /** Set by an area service that has already checked the inviter's rights on that challenge or company. */
  preAuthorised?: boolean;
  /** Extra lines for the mail, e.g. which challenge the juror is invited to. */
  context?: string;
}

export interface InvitationView {
  id: string;
  email: string;
  name: string;
  role: InvitableRole;
  challengeId: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

function toView(invitation: Invitation): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    challengeId: invitation.challengeId,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Invites a person by e-mail. A person who already has an account and is invited to a
   * challenge or company role gets it at once (and a notice); anyone else gets a link to set a password.
   */
  async invite(actor: AuthUser, request: InvitationRequest): Promise<{ invitation: InvitationView | null; grantedTo: string | null }> {
    const scoped = Boolean(request.challengeId || request.companyId);
    if (!request.preAuthorised && (!canInvite(actor, request.role) || (scoped && actor.globalRole !== 'admin'))) {
      throw AppError.forbidden('invitation.role_not_allowed');
    }
    if ((request.role === 'juror' || request.role === 'organiser') && !request.challengeId && !request.preAuthorised) {
      throw AppError.validation([{ path: 'challengeId', code: 'validation.required' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(User, { where: { email: request.email } });
      if (existing) {
        if (!scoped) throw AppError.conflict('invitation.email_taken');
        await this.events.emit(
          'invitation.accepted',
          { userId: existing.id, role: request.role, challengeId: request.challengeId ?? null, companyId: request.companyId ?? null, actorId: actor.id },
          manager,
        );
        await this.mail.queue(
          {
            to: existing.email,
            kind: 'role-granted',
            subject: 'Fairpitch: ny rolle / new role',
            body: `Du har fået rollen "${request.role}" på Fairpitch.\nYou have been given the role "${request.role}" on Fairpitch.\n${request.context ?? ''}\n${this.config.publicUrl.origin}/`,
          },
          manager,
        );
        await this.audit.record(
          { action: 'invitation.role_granted', actorId: actor.id, subjectType: 'user', subjectId: existing.id, data: { role: request.role, challengeId: request.challengeId ?? null, companyId: request.companyId ?? null } },
          manager,
        );
        return { invitation: null, grantedTo: existing.id };
      }
      const { token, hash } = newSecretToken();
      const invitation = await manager.save(
        Invitation,
        manager.create(Invitation, {
          email: request.email,
          name: request.name,
          role: request.role,
          challengeId: request.challengeId ?? null,
          tokenHash: hash,
          invitedBy: actor.id,
          expiresAt: new Date(this.clock.now().getTime() + INVITATION_TTL_MS),
          companyId: request.companyId ?? null,
        }),
      );
      const link = `${this.config.publicUrl.origin}/invitation/${token}`;
      await this.mail.queue(
        {
          to: request.email,
          kind: 'invitation',
          subject: 'Invitation til Fairpitch / Invitation to Fairpitch',
          body: [
            `Hej ${request.name}`,
            `${actor.name} har inviteret dig til Fairpitch som "${request.role}". Vælg en adgangskode her (linket udløber om 14 dage):`,
            link,
            '',
            `Hello ${request.name}`,
            `${actor.name} has invited you to Fairpitch as "${request.role}". Choose a password here (the link expires in 14 days):`,
            link,
            request.context ?? '',
          ].join('\n'),
        },
        manager,
      );
      await this.audit.record(
        { action: 'invitation.created', actorId: actor.id, subjectType: 'invitation', subjectId: invitation.id, data: { role: request.role, challengeId: request.challengeId ?? null, companyId: request.companyId ?? null } },
        manager,
      );
      return { invitation: toView(invitation), grantedTo: null };
    });
  }

  async preview(token: string): Promise<{ email: string; name: string; role: InvitableRole }> {
    const invitation = await this.findOpen(token);
    return { email: invitation.email, name: invitation.name, role: invitation.role };
  }

  async accept(token: string, password: string, name: string | undefined): Promise<UserSummary> {
    const invitation = await this.findOpen(token);
    const problem = checkPassword(password, invitation.email);
    if (problem) throw AppError.validation([{ path: 'password', code: problem.code, params: problem.params }]);
    return this.dataSource.transaction(async (manager) => {
      const claimed = await manager.update(Invitation, { id: invitation.id, acceptedAt: IsNull() }, { acceptedAt: this.clock.now() });
      if (!claimed.affected) throw new AppError('invitation.invalid', 410);
      const globalRole = invitation.role === 'admin' || invitation.role === 'staff' ? invitation.role : null;
      const user = await this.users.create({ email: invitation.email, name: name ?? invitation.name, password, globalRole }, manager);
      await manager.update(Invitation, { id: invitation.id }, { acceptedUserId: user.id });
      await this.events.emit(
        'invitation.accepted',
        { userId: user.id, role: invitation.role, challengeId: invitation.challengeId, companyId: invitation.companyId, actorId: invitation.invitedBy ?? user.id },
        manager,
      );
      await this.audit.record(
        { action: 'invitation.accepted', actorId: user.id, subjectType: 'invitation', subjectId: invitation.id, data: { role: invitation.role, userId: user.id } },
        manager,
      );
      return toUserSummary(user);
    });
  }

  async listOpen(): Promise<InvitationView[]> {
    const rows = await this.invitations.find({ where: { acceptedAt: IsNull() }, order: { createdAt: 'DESC' }, take: 200 });
    return rows.filter((i) => i.expiresAt.getTime() > this.clock.now().getTime()).map(toView);
  }

  private async findOpen(token: string): Promise<Invitation> {
    const invitation = await this.invitations.findOne({ where: { tokenHash: hashToken(token) } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new AppError('invitation.invalid', 410);
    }
    return invitation;
  }
}
