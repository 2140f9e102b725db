import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Auth, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { exportOptionsSchema, type ExportOptions } from './export-options.js';
import { ExportsService } from './exports.service.js';
import { VerifyUploadedArchive } from './verify/verify-upload.service.js';

@ApiTags('exports')
@Controller('challenges/:challengeId/exports')
export class ChallengeExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** Starts an export; the worker builds it. Answers 202 with the export's id to poll. */
  @Post()
  @HttpCode(202)
  @Auth()
  start(@SignedInUser() user: AuthUser, @Param('challengeId', ParseUUIDPipe) challengeId: string, @Body({ schema: exportOptionsSchema }) options: ExportOptions) {
    return this.exports.start(user, challengeId, options);
  }

  @Get()
  @Auth()
  list(@SignedInUser() user: AuthUser, @Param('challengeId', ParseUUIDPipe) challengeId: string) {
    return this.exports.list(user, challengeId);
  }
}

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly verifyUpload: VerifyUploadedArchive,
  ) {}

  /** Checks an archive: manifest hashes, every receipt against its entry, the audit chain. */
  @Post('verify')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @Auth('staff')
  verify(@Req() request: Request) {
    return this.verifyUpload.execute(request);
  }

  /** Status, progress (0–100) and, once done, the files with their SHA-256. */
  @Get(':id')
  @Auth()
  get(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.exports.get(user, id);
  }

  @Get(':id/files/:name')
  @Auth()
  async download(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('name') name: string, @Res() response: Response): Promise<void> {
    const file = await this.exports.openFile(user, id, name);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
    file.stream.pipe(response);
  }
}
