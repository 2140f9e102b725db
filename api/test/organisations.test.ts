import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { randomCvr } from './support/ids.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('companies', () => {
  let t: TestApp;
  let founder: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let staff: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    founder = await signedInUser(t, null, 'founder');
    outsider = await signedInUser(t, null, 'outsider');
    admin = await signedInUser(t, 'admin', 'admin');
    staff = await signedInUser(t, 'staff', 'staff');
  });
  afterAll(() => t.close());

  it('registers a Danish company by a valid CVR number and makes the founder its admin', async () => {
    const cvr = randomCvr();
    const response = await founder.client.post('/api/companies', { name: 'Høring AI ApS', country: 'DK', cvr, sizeClass: 'micro' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'Høring AI ApS', country: 'DK', cvr, registrationNumber: null, sizeClass: 'micro' });
    const mine = await founder.client.get('/api/companies/mine');
    expect(mine.body).toEqual([expect.objectContaining({ id: response.body.id, role: 'admin' })]);
  });

  it('registers a firm from another EU country by its national number, on equal terms', async () => {
    const response = await outsider.client.post('/api/companies', { name: 'Protokoll GmbH', country: 'de', registrationNumber: 'HRB 123456', sizeClass: 'small' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ country: 'DE', cvr: null, registrationNumber: 'HRB 123456' });
  });

  it('refuses a CVR number with a wrong check digit, in the user’s language', async () => {
    const valid = randomCvr();
    const wrong = valid.slice(0, 7) + String((Number(valid[7]) + 1) % 10);
    founder.client.language = 'da';
    const response = await founder.client.post('/api/companies', { name: 'X', country: 'DK', cvr: wrong, sizeClass: 'micro' });
    founder.client.language = 'en';
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([expect.objectContaining({ path: 'cvr', code: 'cvr.checksum' })]);
    expect(response.body.fields[0].message).toMatch(/kontrolcifferet/);
  });

  it('refuses a company outside the EU/EEA and a Danish firm without CVR', async () => {
    const us = await founder.client.post('/api/companies', { name: 'Acme Inc', country: 'US', registrationNumber: '12345', sizeClass: 'large' });
    expect(us.body.fields.map((f: { code: string }) => f.code)).toContain('company.country-not-eea');
    const noCvr = await founder.client.post('/api/companies', { name: 'Y', country: 'DK', sizeClass: 'small' });
    expect(noCvr.body.fields.map((f: { code: string }) => f.code)).toContain('company.cvr-required');
  });

  it('refuses to register the same CVR twice', async () => {
    const cvr = randomCvr();
    expect((await founder.client.post('/api/companies', { name: 'A', country: 'DK', cvr, sizeClass: 'small' })).status).toBe(201);
    const again = await outsider.client.post('/api/companies', { name: 'B', country: 'DK', cvr, sizeClass: 'small' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('company.already_registered');
  });

  it('keeps municipal staff and anonymous visitors from registering companies', async () => {
    const body = { name: 'Z', country: 'DK', cvr: randomCvr(), sizeClass: 'small' };
    expect((await staff.client.post('/api/companies', body)).status).toBe(403);
    expect((await admin.client.post('/api/companies', body)).status).toBe(403);
    expect((await new TestClient(t.baseUrl).post('/api/companies', body)).status).toBe(401);
  });

  it('keeps municipal staff out of a company when a company admin invites them', async () => {
    const company = (await founder.client.post('/api/companies', { name: 'Insider ApS', country: 'DK', cvr: randomCvr(), sizeClass: 'small' })).body;
    for (const user of [staff, admin]) {
      const invited = await founder.client.post(`/api/companies/${company.id}/members`, { email: user.email, name: 'Municipal' });
      expect(invited.status).toBe(403);
      expect(invited.body.code).toBe('company.staff_cannot_join');
      expect(invited.body.message).not.toBe('company.staff_cannot_join');
    }
    const members = await founder.client.get(`/api/companies/${company.id}/members`);
    expect(members.body.map((m: { userId: string }) => m.userId)).toEqual([founder.id]);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'invitation.role_granted' AND data->>'companyId' = $1`, [company.id]);
    expect(rows[0].n).toBe(0);
  });

  it('lets a company admin invite a colleague who joins the company on accepting', async () => {
    const company = (await founder.client.post('/api/companies', { name: 'Team ApS', country: 'DK', cvr: randomCvr(), sizeClass: 'small' })).body;
    const invited = await founder.client.post(`/api/companies/${company.id}/members`, { email: 'colleague@team.example', name: 'Colleague' });
    expect(invited.status).toBe(201);
    const mail = await admin.client.get('/api/admin/mail?q=colleague@team.example');
    const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.body.items[0].body)![1];
    const colleague = new TestClient(t.baseUrl);
    expect((await colleague.post('/api/invitations/accept', { token, password: 'a sturdy passphrase' })).status).toBe(201);
    const mine = await colleague.get('/api/companies/mine');
    expect(mine.body).toEqual([expect.objectContaining({ id: company.id, role: 'member' })]);

    // A member cannot invite; an outsider cannot even see the company.
    expect((await colleague.post(`/api/companies/${company.id}/members`, { email: 'x@team.example', name: 'X' })).status).toBe(403);
    expect((await outsider.client.get(`/api/companies/${company.id}`)).status).toBe(404);
    expect((await outsider.client.get(`/api/companies/${company.id}/members`)).status).toBe(404);
    const members = await founder.client.get(`/api/companies/${company.id}/members`);
    expect(members.body.map((m: { role: string }) => m.role).sort()).toEqual(['admin', 'member']);
  });

  it('adds an existing user to the company at once and keeps the last admin', async () => {
    const company = (await founder.client.post('/api/companies', { name: 'Solo ApS', country: 'DK', cvr: randomCvr(), sizeClass: 'micro' })).body;
    const joined = await founder.client.post(`/api/companies/${company.id}/members`, { email: outsider.email, name: 'Outsider' });
    expect(joined.status).toBe(201);
    expect(joined.body.grantedTo).toBe(outsider.id);
    expect((await outsider.client.get(`/api/companies/${company.id}`)).status).toBe(200);
    const removeSelf = await founder.client.delete(`/api/companies/${company.id}/members/${founder.id}`);
    expect(removeSelf.status).toBe(409);
    expect((await founder.client.delete(`/api/companies/${company.id}/members/${outsider.id}`)).status).toBe(204);
    expect((await outsider.client.get(`/api/companies/${company.id}`)).status).toBe(404);
  });

  it('lets staff read a company for their work but not change it', async () => {
    const company = (await founder.client.post('/api/companies', { name: 'Readable ApS', country: 'DK', cvr: randomCvr(), sizeClass: 'micro' })).body;
    expect((await staff.client.get(`/api/companies/${company.id}`)).status).toBe(200);
    expect((await staff.client.put(`/api/companies/${company.id}`, { name: 'Hijacked', country: 'DK', cvr: company.cvr, sizeClass: 'micro' })).status).toBe(404);
    const renamed = await founder.client.put(`/api/companies/${company.id}`, { name: 'Renamed ApS', country: 'DK', cvr: company.cvr, sizeClass: 'small' });
    expect(renamed.body).toMatchObject({ name: 'Renamed ApS', sizeClass: 'small' });
  });
});
