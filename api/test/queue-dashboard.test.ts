import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('the BullMQ dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('opens for admins under /api/admin/queues and lists the platform’s queues', async () => {
    const admin = await signedInUser(t, 'admin', 'admin');
    const page = await admin.client.get('/api/admin/queues');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
    const queues = await admin.client.get('/api/admin/queues/api/queues');
    expect(queues.status).toBe(200);
    const names = (queues.body.queues as { name: string }[]).map((q) => q.name).sort();
    expect(names).toEqual(['exports', 'mail', 'maintenance', 'outbox', 'screening']);
  });

  it('stays closed to staff, participants and anonymous visitors', async () => {
    const staff = await signedInUser(t, 'staff', 'staff');
    const participant = await signedInUser(t, null, 'participant');
    expect((await staff.client.get('/api/admin/queues')).status).toBe(403);
    expect((await participant.client.get('/api/admin/queues/api/queues')).status).toBe(403);
    expect((await new TestClient(t.baseUrl).get('/api/admin/queues')).status).toBe(401);
  });
});
