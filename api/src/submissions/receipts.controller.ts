import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type Receipt, receiptSchema } from '@fairpitch/shared/submissions';
import { ReceiptsService } from './receipts.service.js';

const verifyBody = z.object({ receipt: receiptSchema });

@ApiTags('submissions')
@Controller('receipts')
export class ReceiptsController {
  constructor(private readonly receipts: ReceiptsService) {}

  /** Tells whether a receipt matches what the platform holds; anyone holding a receipt may ask. */
  @Post('verify')
  @HttpCode(200)
  verify(@Body({ schema: verifyBody }) body: { receipt: Receipt }) {
    return this.receipts.verify(body.receipt);
  }
}
