import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ExportsService } from './exports.service.js';
import { PUBLISHED_OCDS_ROUTE } from './files/published-ocds.js';

/** The public address that every OCDS release package names as its `uri`. No sign-in (no @Auth). */
@ApiTags('exports')
@Controller()
export class PublishedOcdsController {
  constructor(private readonly exports: ExportsService) {}

  /** The OCDS release package of the challenge's latest export made after the decision; 404 while there is none. */
  @Get(PUBLISHED_OCDS_ROUTE)
  async get(@Param('challengeId', ParseUUIDPipe) challengeId: string, @Res() response: Response): Promise<void> {
    const file = await this.exports.openPublishedOcds(challengeId);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // Open data, the same for every caller: other sites and tools may read it; a later export may replace it.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    response.setHeader('Cache-Control', 'public, no-cache');
    response.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
    file.stream.pipe(response);
  }
}
