import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Auth } from '../auth/auth.decorators.js';
import { AuditService } from './audit.service.js';

const listQuery = z.object({
  subjectType: z.string().max(50).optional(),
  subjectId: z.string().max(100).optional(),
  before: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Recomputes the hash chain; names the first row that does not fit. */
  @Get('verify')
  @Auth('admin')
  verify() {
    return this.audit.verify();
  }

  @Get('events')
  @Auth('admin')
  async events(@Query({ schema: listQuery }) query: z.infer<typeof listQuery>) {
    const rows = await this.audit.list(query);
    return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
  }
}
