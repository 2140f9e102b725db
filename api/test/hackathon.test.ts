import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../src/common/clock.js';
import { createPublished, iso } from './support/challenge-fixtures.js';
import { completeEntryContent } from './support/entry-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const HOUR = 3_600_000;

describe('hackathons: individuals register, teams form during the event and enter', () => {
  let t: TestApp;
  let organiser: TestUser;
  let lead: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let challengeId: string;
  const now = Date.now();
  const eventStart = now + 2 * HOUR;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    lead = await signedInUser(t, null, 'lead');
    member = await signedInUser(t, null, 'member');
    outsider = await signedInUser(t, null, 'outsider');
    challengeId = await createPublished(organiser.client, {
      type: 'hackathon',
      blindReview: false,
      phases: [
        { kind: 'announcement', startsAt: iso(now - HOUR), endsAt: iso(eventStart) },
        { kind: 'event-day', startsAt: iso(eventStart), endsAt: iso(eventStart + 8 * HOUR) },
        { kind: 'submission', startsAt: iso(eventStart + 8 * HOUR), endsAt: iso(eventStart + 10 * HOUR) },
        { kind: 'evaluation', startsAt: iso(eventStart + 10 * HOUR), endsAt: iso(eventStart + 12 * HOUR) },
      ],
    });
  });
  afterAll(() => t.close());

  it('lets individuals register for the event, once', async () => {
    const first = await lead.client.post(`/api/challenges/${challengeId}/event-registrations`);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ registered: true, teams: [] });
    expect((await lead.client.post(`/api/challenges/${challengeId}/event-registrations`)).body.registered).toBe(true);
    expect((await member.client.post(`/api/challenges/${challengeId}/event-registrations`)).status).toBe(201);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/event-registrations`)).status).toBe(403);
  });

  it('forms teams only during the event and only for registered participants', async () => {
    expect((await lead.client.post(`/api/challenges/${challengeId}/teams`, { name: 'Harbour Hackers' })).body.code).toBe('hackathon.teams-form-during-event');
    t.app.get(Clock).freezeAt(new Date(eventStart + HOUR));
    try {
      expect((await outsider.client.post(`/api/challenges/${challengeId}/teams`, { name: 'Gatecrashers' })).status).toBe(403);
      const team = await lead.client.post(`/api/challenges/${challengeId}/teams`, { name: 'Harbour Hackers' });
      expect(team.status).toBe(201);
      expect(team.body).toMatchObject({ kind: 'team', name: 'Harbour Hackers', cvr: null, registrationNumber: null });
      const invited = await lead.client.post(`/api/companies/${team.body.id}/members`, { email: member.email, name: 'Member' });
      expect(invited.body.grantedTo).toBe(member.id);
      expect((await member.client.get(`/api/challenges/${challengeId}/event-registrations/mine`)).body.teams).toEqual([{ id: team.body.id, name: 'Harbour Hackers', role: 'member' }]);
      const overview = await organiser.client.get(`/api/challenges/${challengeId}/teams`);
      expect(overview.body).toMatchObject({ registrations: 2, teams: [{ name: 'Harbour Hackers', members: 2 }] });
      expect((await lead.client.get(`/api/challenges/${challengeId}/teams`)).status).toBe(403);
    } finally {
      t.app.get(Clock).freezeAt(null);
    }
  });

  it('lets the team submit within the event’s submission window', async () => {
    const clock = t.app.get(Clock);
    clock.freezeAt(new Date(eventStart + 9 * HOUR));
    try {
      const entry = await member.client.post(`/api/challenges/${challengeId}/entries`, {});
      expect(entry.status).toBe(201);
      await member.client.patch(`/api/entries/${entry.body.id}`, { version: entry.body.version, content: completeEntryContent({ offer: undefined }) });
      expect((await lead.client.post(`/api/entries/${entry.body.id}/submit`)).status).toBe(201);
      clock.freezeAt(new Date(eventStart + 10 * HOUR));
      expect((await lead.client.post(`/api/entries/${entry.body.id}/submit`)).status).toBe(409);
    } finally {
      clock.freezeAt(null);
    }
  });

  it('keeps a team to its own hackathon', async () => {
    const other = await createPublished(organiser.client);
    const [team] = (await lead.client.get('/api/companies/mine')).body.filter((c: { kind: string }) => c.kind === 'team');
    const refused = await lead.client.post(`/api/challenges/${other}/entries`, { companyId: team.id });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('team.other-challenge');
  });

  it('refuses event registration for a challenge that is not a hackathon', async () => {
    const challenge = await createPublished(organiser.client);
    expect((await lead.client.post(`/api/challenges/${challenge}/event-registrations`)).body.code).toBe('hackathon.not-a-hackathon');
    expect((await new TestClient(t.baseUrl).post(`/api/challenges/${challengeId}/event-registrations`)).status).toBe(401);
  });
});
