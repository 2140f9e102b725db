import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DocumentStore } from './document-store.js';
import { LocalDiskStore } from './local-disk.store.js';
import { S3Store } from './s3.store.js';

@Global()
@Module({
  providers: [
    {
      provide: DocumentStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): DocumentStore =>
        config.storage.driver === 's3' ? new S3Store(config.storage.s3) : new LocalDiskStore(config.storage.dir),
    },
  ],
  exports: [DocumentStore],
})
export class StorageModule {}
