import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DocumentStore } from './document-store.js';
import { LocalDiskStore } from './local-disk.store.js';

@Global()
@Module({
  providers: [
    {
      provide: DocumentStore,
      inject: [APP_CONFIG],
      // The S3 SDK is large; a process on the local disk never loads it.
      useFactory: async (config: AppConfig): Promise<DocumentStore> => {
        if (config.storage.driver !== 's3') return new LocalDiskStore(config.storage.dir);
        const { S3Store } = await import('./s3.store.js');
        return new S3Store(config.storage.s3);
      },
    },
  ],
  exports: [DocumentStore],
})
export class StorageModule {}
