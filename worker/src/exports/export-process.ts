import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { receivedConfig } from '@fairpitch/api/config/app-config';
import { BuildExport } from '@fairpitch/api/exports/build-export.use-case';
import type { ExportProcessEnding, ExportProcessReply, ExportProcessRequest } from './export-process-messages.js';
import { ExportProcessModule } from './export-process.module.js';

// One export in a process of its own, started by ExportProcessRunner: it receives the export's id
// and the worker's configuration, builds the export with the same BuildExport the worker would
// use, answers how it ended and exits, so everything the export needed goes back to the system.

function reply(ending: ExportProcessEnding): Promise<void> {
  // maxRSS is in KiB: the process's resident peak so far, which is its peak, as it ends now.
  const message: ExportProcessReply = { ...ending, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(message, undefined, {}, () => resolve());
  });
}

async function build({ exportId, config: transferred }: ExportProcessRequest): Promise<ExportProcessEnding> {
  const config = receivedConfig(transferred);
  // Warnings and errors only: booting the same modules for every export would otherwise repeat
  // Nest's start-up lines each time; the worker logs how each export's process ended.
  const context = await NestFactory.createApplicationContext(ExportProcessModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    return { outcome: await context.get(BuildExport).execute(exportId) };
  } finally {
    await context.close();
  }
}

process.once('message', (request: ExportProcessRequest) => {
  build(request)
    .catch((error: unknown): ExportProcessEnding => ({ error: error instanceof Error ? error.message : String(error) }))
    .then(reply)
    .finally(() => process.disconnect?.());
});
