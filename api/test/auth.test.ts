import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('sign-in, sessions and CSRF', () => {
  let t: TestApp;
  let staff: TestUser;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
    staff = await signedInUser(t, 'staff', 'staff');
  });
  afterAll(() => t.close());

  it('signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const client = new TestClient(t.baseUrl);
    const response = await client.post('/api/auth/login', { email: staff.email.toUpperCase(), password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ email: staff.email, globalRole: 'staff' });
    expect(response.body.passwordHash).toBeUndefined();
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('fp_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(staff.email);
  });

  it('marks the cookie Secure when the public URL is https', async () => {
    const secure = await startTestApp({ PUBLIC_URL: 'https://fairpitch.example.dk' });
    try {
      const user = await signedInUser(secure, null, 'secure');
      const response = await user.client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
      expect(response.headers.getSetCookie().find((c) => c.startsWith('fp_session='))).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong password with 401 and the same message as an unknown e-mail', async () => {
    const client = new TestClient(t.baseUrl);
    const wrong = await client.post('/api/auth/login', { email: staff.email, password: 'not the password' });
    const unknown = await client.post('/api/auth/login', { email: 'nobody@example.test', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('auth.invalid_credentials');
  });

  it('answers a malformed login with 400 naming the fields, in Danish by default', async () => {
    const client = new TestClient(t.baseUrl);
    client.language = '';
    const response = await client.post('/api/auth/login', { email: '' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation.failed');
    expect(response.body.message).toBe('Nogle felter er ikke udfyldt korrekt.');
    expect(response.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['email', 'password']);
  });

  it('refuses a body that is not JSON with 415 and broken JSON with 400', async () => {
    const client = new TestClient(t.baseUrl);
    const form = await client.request('POST', '/api/auth/login', {
      body: 'email=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(form.body.code).toBe('request.unsupported_media_type');
    const broken = await client.request('POST', '/api/auth/login', { body: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('request.malformed_json');
  });

  it('locks an account temporarily after repeated failures, even for the right password', async () => {
    const victim = await signedInUser(t, null, 'victim');
    const client = new TestClient(t.baseUrl);
    for (let i = 0; i < 3; i += 1) {
      expect((await client.post('/api/auth/login', { email: victim.email, password: 'wrong password!' })).status).toBe(401);
    }
    const locked = await client.post('/api/auth/login', { email: victim.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('auth.locked');
    expect(locked.body.message).toMatch(/Try again in \d+ minutes/);
  });

  it('records failed logins in the audit trail', async () => {
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.login_failed'`);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('revokes the session on logout so the old cookie no longer works', async () => {
    const user = await signedInUser(t, null, 'leaver');
    const cookieBefore = new TestClient(t.baseUrl);
    await cookieBefore.login(user.email, TEST_PASSWORD);
    expect((await cookieBefore.post('/api/auth/logout')).status).toBe(204);
    expect((await cookieBefore.get('/api/auth/me')).status).toBe(401);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1 AND revoked_at IS NOT NULL`, [user.id]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses a cookie-authenticated write sent from another site (CSRF)', async () => {
    const user = await signedInUser(t, null, 'csrf');
    const fromEvil = await user.client.post('/api/auth/logout', {}, { origin: 'https://evil.example' });
    expect(fromEvil.status).toBe(403);
    expect(fromEvil.body.code).toBe('auth.csrf');
    const crossSite = await user.client.post('/api/auth/logout', {}, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect((await user.client.get('/api/auth/me')).status).toBe(200);
    const sameOrigin = await user.client.post('/api/auth/logout', {}, { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.status).toBe(204);
  });

  it('changes the password only with the current one and at least 12 characters', async () => {
    const user = await signedInUser(t, null, 'changer');
    const short = await user.client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.fields[0].path).toBe('newPassword');
    const wrong = await user.client.post('/api/auth/password', { currentPassword: 'nope nope nope', newPassword: 'a much longer password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0].code).toBe('auth.password_wrong');
    const ok = await user.client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a much longer password' });
    expect(ok.status).toBe(204);
    await new TestClient(t.baseUrl).login(user.email, 'a much longer password');
  });

  it('lets a user switch their language', async () => {
    const user = await signedInUser(t, null, 'lang');
    const response = await user.client.patch('/api/auth/me', { locale: 'en' });
    expect(response.status).toBe(200);
    expect(response.body.locale).toBe('en');
    expect((await user.client.patch('/api/auth/me', { locale: 'fr' })).status).toBe(400);
  });

  it('requires a session for /me and logout', async () => {
    const anonymous = new TestClient(t.baseUrl);
    expect((await anonymous.get('/api/auth/me')).status).toBe(401);
    expect((await anonymous.post('/api/auth/logout')).status).toBe(401);
  });
});
