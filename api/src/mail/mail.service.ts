import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { TableWrite } from '../database/combined-writes.js';
import { MailMessage } from './mail-message.entity.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  kind: string;
}

const MAX_ATTEMPTS = 5;

/**
 * Mail is written to the mail_message table in the caller's transaction (nothing is lost if the
 * process dies) and delivered afterwards: through SMTP when configured, otherwise to the log,
 * where it stays readable in the admin outbox so the platform works without a mail server.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private transport: Transporter | null = null;

  constructor(
    @InjectRepository(MailMessage) private readonly mails: Repository<MailMessage>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queue(mail: OutgoingMail, manager?: EntityManager): Promise<MailMessage> {
    const repo = manager ? manager.getRepository(MailMessage) : this.mails;
    return repo.save(repo.create({ recipient: mail.to, subject: mail.subject.slice(0, 300), body: mail.body, kind: mail.kind }));
  }

  async queueMany(mails: OutgoingMail[], manager?: EntityManager): Promise<void> {
    const write = this.queueManyWrite(mails);
    if (write) await (manager ?? this.mails.manager).query(write.sql, [...write.params]);
  }

  /** queueMany as a write to run with the caller's others (see runCombinedWrites); null for no mail. */
  queueManyWrite(mails: OutgoingMail[]): TableWrite | null {
    if (mails.length === 0) return null;
    const values: string[] = [];
    const params: string[] = [];
    for (const m of mails) {
      values.push(`($${params.length + 1}, $${params.length + 2}, $${params.length + 3}, $${params.length + 4})`);
      params.push(m.to, m.subject.slice(0, 300), m.body, m.kind);
    }
    return { sql: `INSERT INTO mail_message (recipient, subject, body, kind) VALUES ${values.join(', ')}`, params };
  }

  /** Delivers queued mail; run by the worker on a timer. Returns how many were handled. */
  async deliverPending(limit = 50): Promise<number> {
    const pending = await this.mails.find({ where: { status: 'queued' }, order: { createdAt: 'ASC' }, take: limit });
    for (const mail of pending) await this.deliver(mail);
    return pending.length;
  }

  private async deliver(mail: MailMessage): Promise<void> {
    const claimed = await this.mails.update({ id: mail.id, status: 'queued', attempts: mail.attempts }, { attempts: mail.attempts + 1 });
    if (!claimed.affected) return;
    if (!this.config.smtp) {
      this.logger.log(`[outbox] to=${mail.recipient} subject="${mail.subject}"\n${mail.body}`);
      await this.mails.update({ id: mail.id }, { status: 'logged', sentAt: new Date() });
      return;
    }
    try {
      await (await this.smtp()).sendMail({ from: this.config.mailFrom, to: mail.recipient, subject: mail.subject, text: mail.body });
      await this.mails.update({ id: mail.id }, { status: 'sent', sentAt: new Date(), lastError: null });
    } catch (error) {
      const failed = mail.attempts + 1 >= MAX_ATTEMPTS;
      await this.mails.update({ id: mail.id }, { status: failed ? 'failed' : 'queued', lastError: String(error).slice(0, 2000) });
    }
  }

  /** The SMTP transport, made on first use: processes that never send mail never load nodemailer. */
  private async smtp(): Promise<Transporter> {
    if (this.transport) return this.transport;
    const smtp = this.config.smtp!;
    const { createTransport } = await import('nodemailer');
    // Two first sends may both have waited for the import: the first to resume makes it.
    this.transport ??= createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
    });
    return this.transport;
  }

  async list(options: { page: number; pageSize: number; recipient?: string }): Promise<{ items: MailMessage[]; total: number }> {
    const [items, total] = await this.mails.findAndCount({
      where: options.recipient ? { recipient: options.recipient } : {},
      order: { createdAt: 'DESC' },
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
    });
    return { items, total };
  }
}
