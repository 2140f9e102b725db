import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@fairpitch/api/config/app-config';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: [config.logLevel, 'error', 'warn'],
  });
  app.enableShutdownHooks();
  Logger.log('Fairpitch worker started', 'Worker');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
