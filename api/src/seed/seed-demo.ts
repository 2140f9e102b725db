import { Logger, type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UsersService } from '../auth/users.service.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';

/** Seeds the demo data once; running it again changes nothing. */
export async function seedDemoData(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const users = app.get(UsersService);
  let created = 0;
  for (const demo of DEMO_USERS) {
    if (await users.findByEmail(demo.email)) continue;
    await dataSource.transaction((manager) =>
      users.create({ email: demo.email, name: demo.name, password: DEMO_PASSWORD, globalRole: demo.globalRole }, manager),
    );
    created += 1;
  }
  if (created) Logger.log(`Seeded ${created} demo users`, 'Seed');
}
