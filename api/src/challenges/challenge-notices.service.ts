import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ChallengeRegistration } from './challenge-registration.entity.js';

/** Equal information: every registered company hears of every answer and amendment at the same time. */
@Injectable()
export class ChallengeNotices {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async registeredCompanyIds(challengeId: string, manager: EntityManager): Promise<string[]> {
    const rows = await manager.find(ChallengeRegistration, { where: { challengeId } });
    return rows.map((r) => r.companyId);
  }

  async notifyRegistered(
    manager: EntityManager,
    challenge: { id: string; title: string },
    kind: 'answer' | 'amendment',
    text: { da: string; en: string },
  ): Promise<number> {
    const emails = await this.organisations.memberEmails(await this.registeredCompanyIds(challenge.id, manager), manager);
    const link = `${this.config.publicUrl.origin}/challenges/${challenge.id}`;
    const subject = kind === 'answer' ? `Nyt svar / New answer: ${challenge.title}` : `Ændring / Amendment: ${challenge.title}`;
    await this.mail.queueMany(
      emails.map((to) => ({ to, kind: `challenge-${kind}`, subject, body: `${text.da}\n\n${text.en}\n\n${link}` })),
      manager,
    );
    return emails.length;
  }
}
