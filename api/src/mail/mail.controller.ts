import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorators.js';
import { type PageQuery, pageQuerySchema } from '../common/pagination.js';
import { MailService } from './mail.service.js';

@ApiTags('admin')
@Controller('admin/mail')
export class MailController {
  constructor(private readonly mail: MailService) {}

  /** The mail outbox: every message the platform sent or logged, newest first. */
  @Get()
  @Auth('admin')
  async list(@Query({ schema: pageQuerySchema }) query: PageQuery) {
    const { items, total } = await this.mail.list({ page: query.page, pageSize: query.pageSize, recipient: query.q?.toLowerCase() });
    return {
      total,
      items: items.map((m) => ({
        id: m.id,
        to: m.recipient,
        subject: m.subject,
        body: m.body,
        kind: m.kind,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      })),
    };
  }
}
