import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { type EntryDraft, entryDraftSchema } from '@fairpitch/shared/submissions';
import { AppError } from '../common/app-error.js';
import { Auth, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AttachmentsService } from './attachments.service.js';
import { EntriesService } from './entries.service.js';
import { EntryOpening } from './entry-opening.service.js';
import { ReceiptsService } from './receipts.service.js';
import { SubmitEntry } from './submit-entry.use-case.js';
import { WithdrawEntry } from './withdraw-entry.use-case.js';

const createBody = z.object({ companyId: z.uuid().optional() });
const saveBody = z.object({ version: z.number().int().positive(), content: entryDraftSchema });
const listQuery = z.object({ status: z.enum(['submitted', 'withdrawn']).optional(), q: z.string().trim().max(200).optional() });
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;

@ApiTags('submissions')
@Controller('challenges/:challengeId/entries')
export class ChallengeEntriesController {
  constructor(
    private readonly entries: EntriesService,
    private readonly opening: EntryOpening,
  ) {}

  /** Starts the caller's company's entry (a draft); returns the existing one if there is one. */
  @Post()
  @Auth()
  async create(
    @SignedInUser() user: AuthUser,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body({ schema: createBody }) body: z.infer<typeof createBody>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { created, entry } = await this.entries.createDraft(user, challengeId, body.companyId);
    response.status(created ? 201 : 200);
    return entry;
  }

  /** Counts only; the content stays sealed until the entries are opened. */
  @Get('stats')
  @Auth()
  stats(@SignedInUser() user: AuthUser, @Param('challengeId', ParseUUIDPipe) challengeId: string) {
    return this.entries.stats(user, challengeId);
  }

  @Get()
  @Auth()
  list(@SignedInUser() user: AuthUser, @Param('challengeId', ParseUUIDPipe) challengeId: string, @Query({ schema: listQuery }) query: z.infer<typeof listQuery>) {
    return this.entries.listForOrganiser(user, challengeId, query);
  }

  @Post('open')
  @HttpCode(200)
  @Auth()
  open(@SignedInUser() user: AuthUser, @Param('challengeId', ParseUUIDPipe) challengeId: string) {
    return this.opening.openByOrganiser(user, challengeId);
  }
}

@ApiTags('submissions')
@Controller('entries')
export class EntriesController {
  constructor(
    private readonly entries: EntriesService,
    private readonly attachments: AttachmentsService,
    private readonly submitEntry: SubmitEntry,
    private readonly withdrawEntry: WithdrawEntry,
    private readonly receipts: ReceiptsService,
  ) {}

  @Get('mine')
  @Auth()
  mine(@SignedInUser() user: AuthUser) {
    return this.entries.mine(user);
  }

  @Get(':id')
  @Auth()
  get(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.entries.get(user, id);
  }

  /** Saves the draft; send the version you loaded, a colleague's newer save gives 409. */
  @Patch(':id')
  @Auth()
  save(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: saveBody }) body: { version: number; content: EntryDraft }) {
    return this.entries.saveDraft(user, id, body.content, body.version);
  }

  @Post(':id/attachments')
  @ApiConsumes('multipart/form-data')
  @Auth()
  upload(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request) {
    return this.attachments.upload(user, id, request);
  }

  @Delete(':id/attachments/:attachmentId')
  @HttpCode(204)
  @Auth()
  async removeAttachment(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('attachmentId', ParseUUIDPipe) attachmentId: string): Promise<void> {
    await this.attachments.remove(user, id, attachmentId);
  }

  @Get(':id/attachments/:attachmentId')
  @Auth()
  async download(
    @SignedInUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.attachments.download(user, id, attachmentId);
    response.setHeader('Content-Type', file.mime);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    response.setHeader('Cache-Control', 'private, no-store');
    file.stream.pipe(response);
  }

  /** Makes the entry final and returns the receipt; a retry with the same Idempotency-Key returns the same receipt. */
  @Post(':id/submit')
  @HttpCode(201)
  @Auth()
  submit(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Headers('idempotency-key') key: string | undefined) {
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) throw AppError.validation([{ path: 'Idempotency-Key', code: 'validation.invalid_format' }]);
    return this.submitEntry.execute(user, id, key);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Auth()
  withdraw(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.withdrawEntry.execute(user, id);
  }

  @Get(':id/revisions')
  @Auth()
  async revisions(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    const rows = await this.entries.revisionsOf(user, id);
    return rows.map((r) => ({ revision: r.revision, submittedAt: r.submittedAt.toISOString(), receipt: r.receipt }));
  }

  @Get(':id/revisions/:revision/receipt')
  @Auth()
  receipt(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('revision', ParseIntPipe) revision: number) {
    return this.receipts.get(user, id, revision);
  }

  @Get(':id/revisions/:revision/receipt.pdf')
  @Auth()
  async receiptAsPdf(
    @SignedInUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('revision', ParseIntPipe) revision: number,
    @Res() response: Response,
  ): Promise<void> {
    const receipt = await this.receipts.get(user, id, revision);
    const context = await this.entries.receiptContext(id);
    // The PDF library is loaded on the first receipt asked for, not by every process that has this module.
    const { receiptPdf } = await import('./receipt-pdf.js');
    const pdf = await receiptPdf(receipt, context);
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="receipt-${id}-rev${revision}.pdf"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(pdf);
  }
}
