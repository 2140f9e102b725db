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
    expect(before).toEqual({ users: 7, companies: 3, challenges: 5, questions: 3 });

    const client = new TestClient(t.baseUrl);
    const list = await client.get('/api/challenges');
    expect(list.body.total).toBe(5);
    expect(list.body.items.map((c: { type: string }) => c.type).sort()).toEqual(['challenge', 'challenge', 'challenge', 'hackathon', 'market-dialogue']);
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
    expect(mine.body.filter((c: { roles: string[] }) => c.roles.includes('juror'))).toHaveLength(3);
  });

  it('includes a challenge already decided, with screened entries, scores and a winner', async () => {
    const decided = (await new TestClient(t.baseUrl).get('/api/challenges?status=decided')).body.items;
    expect(decided).toHaveLength(1);
    const organiser = new TestClient(t.baseUrl);
    await organiser.login('organiser@fairpitch.local', 'fairpitch-demo');
    const ranking = await organiser.get(`/api/challenges/${decided[0].id}/ranking`);
    expect(ranking.body.final).toBe(true);
    expect(ranking.body.entries).toHaveLength(3);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM screening_report WHERE challenge_id = $1`, [decided[0].id]);
    expect(rows[0].n).toBe(3);
    const startup = new TestClient(t.baseUrl);
    await startup.login('startup@fairpitch.local', 'fairpitch-demo');
    const [entry] = (await startup.get('/api/entries/mine')).body.filter((e: { challengeId: string }) => e.challengeId === decided[0].id);
    const feedback = await startup.get(`/api/entries/${entry.id}/feedback`);
    expect(feedback.status).toBe(200);
    expect(feedback.body.criteria.length).toBe(3);
  });
});
