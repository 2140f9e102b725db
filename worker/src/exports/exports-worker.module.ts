import { Module } from '@nestjs/common';

/** The export job's processor lives here. */
@Module({})
export class ExportsWorkerModule {}
