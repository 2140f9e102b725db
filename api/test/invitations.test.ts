import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { type TestApp, startTestApp } from './support/test-app.js';

function linkToken(body: string): string {
  const match = /\/invitation\/([A-Za-z0-9_-]+)/.exec(body);
  if (!match) throw new Error(`no invitation link in: ${body}`);
  return match[1]!;
}

describe('invitations and the mail outbox', () => {
  let t: TestApp;
  let admin: TestUser;
  let staff: TestUser;
  let participant: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedInUser(t, 'admin', 'admin');
    staff = await signedInUser(t, 'staff', 'staff');
    participant = await signedInUser(t, null, 'participant');
  });
  afterAll(() => t.close());

  it('lets staff invite a colleague, writes the mail to the outbox, and the link sets a password', async () => {
    const invited = await staff.client.post('/api/invitations', { email: 'New.Colleague@kk.example', name: 'New Colleague', role: 'staff' });
    expect(invited.status).toBe(201);
    expect(invited.body.invitation).toMatchObject({ email: 'new.colleague@kk.example', role: 'staff', acceptedAt: null });

    const outbox = await admin.client.get('/api/admin/mail?q=new.colleague@kk.example');
    expect(outbox.status).toBe(200);
    expect(outbox.body.items).toHaveLength(1);
    const token = linkToken(outbox.body.items[0].body);

    const visitor = new TestClient(t.baseUrl);
    const preview = await visitor.get(`/api/invitations/${token}`);
    expect(preview.body).toEqual({ email: 'new.colleague@kk.example', name: 'New Colleague', role: 'staff' });

    const tooShort = await visitor.post('/api/invitations/accept', { token, password: 'short' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.fields[0].path).toBe('password');

    const accepted = await visitor.post('/api/invitations/accept', { token, password: 'a long enough password' });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ email: 'new.colleague@kk.example', globalRole: 'staff' });
    expect((await visitor.get('/api/auth/me')).body.email).toBe('new.colleague@kk.example');

    const again = await new TestClient(t.baseUrl).post('/api/invitations/accept', { token, password: 'a long enough password' });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('invitation.invalid');
  });

  it('refuses an invitation to an address that already has an account', async () => {
    const response = await staff.client.post('/api/invitations', { email: participant.email, name: 'x', role: 'staff' });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('invitation.email_taken');
  });

  it('lets only admins invite admins, and nobody without a municipal role invite at all', async () => {
    expect((await staff.client.post('/api/invitations', { email: 'boss@kk.example', name: 'Boss', role: 'admin' })).status).toBe(403);
    expect((await participant.client.post('/api/invitations', { email: 'friend@kk.example', name: 'F', role: 'staff' })).status).toBe(403);
    expect((await new TestClient(t.baseUrl).post('/api/invitations', { email: 'x@kk.example', name: 'X', role: 'staff' })).status).toBe(401);
    expect((await admin.client.post('/api/invitations', { email: 'boss@kk.example', name: 'Boss', role: 'admin' })).status).toBe(201);
  });

  it('validates the invitation and names the wrong fields', async () => {
    const response = await staff.client.post('/api/invitations', { email: 'not-an-email', name: '', role: 'emperor' });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['email', 'name', 'role']);
    expect(response.body.fields.find((f: { path: string }) => f.path === 'email').message).toBe('Enter a valid e-mail address.');
  });

  it('answers an unknown invitation token with 410 and a malformed one with 400', async () => {
    const visitor = new TestClient(t.baseUrl);
    expect((await visitor.get(`/api/invitations/${'a'.repeat(43)}`)).status).toBe(410);
    expect((await visitor.get('/api/invitations/short')).status).toBe(400);
  });

  it('shows the open invitations and the outbox only to admins', async () => {
    expect((await admin.client.get('/api/invitations')).status).toBe(200);
    for (const client of [staff.client, participant.client]) {
      expect((await client.get('/api/invitations')).status).toBe(403);
      expect((await client.get('/api/admin/mail')).status).toBe(403);
    }
    expect((await new TestClient(t.baseUrl).get('/api/admin/mail')).status).toBe(401);
  });
});

describe('user administration', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedInUser(t, 'admin', 'admin');
  });
  afterAll(() => t.close());

  it('lets an admin list users and change a global role, recorded in the audit trail', async () => {
    const target = await signedInUser(t, null, 'promoted');
    const list = await admin.client.get('/api/admin/users?pageSize=100');
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { email: string }) => u.email)).toContain(target.email);

    const changed = await admin.client.patch(`/api/admin/users/${target.id}/role`, { globalRole: 'staff' });
    expect(changed.status).toBe(200);
    expect(changed.body.globalRole).toBe('staff');
    const { rows } = await t.db.query(`SELECT data FROM audit_event WHERE action = 'user.role_changed' AND subject_id = $1`, [target.id]);
    expect(rows[0].data).toEqual({ from: null, to: 'staff' });
    expect((await target.client.get('/api/auth/me')).body.globalRole).toBe('staff');
  });

  it('keeps an admin from removing their own admin role', async () => {
    const response = await admin.client.patch(`/api/admin/users/${admin.id}/role`, { globalRole: null });
    expect(response.status).toBe(409);
  });

  it('answers 404 for an unknown user and 400 for a bad role', async () => {
    expect((await admin.client.patch('/api/admin/users/00000000-0000-4000-8000-000000000000/role', { globalRole: 'staff' })).status).toBe(404);
    expect((await admin.client.patch(`/api/admin/users/${admin.id}/role`, { globalRole: 'king' })).status).toBe(400);
  });

  it('refuses user administration to every other role', async () => {
    const staff = await signedInUser(t, 'staff', 'staff');
    const participant = await signedInUser(t, null, 'participant');
    for (const client of [staff.client, participant.client]) {
      expect((await client.get('/api/admin/users')).status).toBe(403);
      expect((await client.patch(`/api/admin/users/${participant.id}/role`, { globalRole: 'admin' })).status).toBe(403);
    }
    expect((await new TestClient(t.baseUrl).get('/api/admin/users')).status).toBe(401);
  });
});
