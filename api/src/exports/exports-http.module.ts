import { Module } from '@nestjs/common';
import { ChallengeExportsController, ExportsController } from './exports.controller.js';
import { ExportsModule } from './exports.module.js';
import { PublishedOcdsController } from './published-ocds.controller.js';
import { VerifyUploadedArchive } from './verify/verify-upload.service.js';

/** Starting, watching and downloading exports, the public OCDS package and archive verification over HTTP. Only the HTTP app loads it. */
@Module({
  imports: [ExportsModule],
  controllers: [ChallengeExportsController, ExportsController, PublishedOcdsController],
  providers: [VerifyUploadedArchive],
})
export class ExportsHttpModule {}
