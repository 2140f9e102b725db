import { randomBytes } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { GlobalRole } from '@fairpitch/shared/accounts';
import { UsersService } from '../../src/auth/users.service.js';
import { TestClient } from './http-client.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  client: TestClient;
}

/** Creates a user with the given global role and returns a client already signed in as them. */
export async function signedInUser(t: TestApp, globalRole: GlobalRole | null, label = 'user'): Promise<TestUser> {
  const email = `${label}-${randomBytes(4).toString('hex')}@example.test`;
  const users = t.app.get(UsersService);
  const dataSource = t.app.get<DataSource>(getDataSourceToken());
  const user = await dataSource.transaction((m) => users.create({ email, name: label, password: TEST_PASSWORD, globalRole }, m));
  const client = new TestClient(t.baseUrl);
  await client.login(email, TEST_PASSWORD);
  return { id: user.id, email, client };
}
