import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { runMigrations } from './database/run-migrations.js';
import { seedDemoData } from './seed/seed-demo.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const applied = await runMigrations(config.databaseUrl);
  if (applied.length) Logger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
  const app = await createApp(config);
  // Modules register their event handlers on init; seeding relies on them (role grants).
  await app.init();
  if (config.seedDemo) await seedDemoData(app);
  await app.listen(config.port, config.host);
  Logger.log(`Fairpitch API listening on ${config.publicUrl.origin}/api`, 'Main');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
