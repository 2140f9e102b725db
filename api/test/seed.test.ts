import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/seed/seed-demo.js';
import { TestClient } from './support/http-client.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('seeds users for every role, companies, the plan’s challenges and a hackathon, once', async () => {
    await seedDemoData(t.app);
    const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
    const before = { users: await count('app_user'), companies: await count('company'), challenges: await count('challenge'), questions: await count('challenge_question') };
    await seedDemoData(t.app);
    expect({ users: await count('app_user'), companies: await count('company'), challenges: await count('challenge'), questions: await count('challenge_question') }).toEqual(before);
    expect(before).toEqual({ users: 7, companies: 3, challenges: 4, questions: 3 });

    const client = new TestClient(t.baseUrl);
    const list = await client.get('/api/challenges');
    expect(list.body.total).toBe(4);
    expect(list.body.items.map((c: { type: string }) => c.type).sort()).toEqual(['challenge', 'challenge', 'hackathon', 'market-dialogue']);
    const consultation = list.body.items.find((c: { title: string }) => c.title.includes('høringer'));
    const detail = await client.get(`/api/challenges/${consultation.id}`);
    expect(detail.body.status).toBe('submission-open');
    expect(detail.body.questions).toHaveLength(2);
    expect(detail.body.amendments).toHaveLength(1);
    expect(detail.body.methodHash).toMatch(/^[0-9a-f]{64}$/);
    const { rows } = await t.db.query(`SELECT country FROM company ORDER BY country`);
    expect(rows.map((r) => r.country)).toEqual(['DE', 'DK', 'DK']);

    await client.login('juror1@fairpitch.local', 'fairpitch-demo');
    const mine = await client.get('/api/challenges/mine');
    expect(mine.body.filter((c: { roles: string[] }) => c.roles.includes('juror'))).toHaveLength(2);
  });
});
