import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationMethodHash, evaluationMethodShape } from '@fairpitch/shared/challenges';
import { ChallengeLifecycle } from '../src/challenges/challenge-lifecycle.service.js';
import { Clock } from '../src/common/clock.js';
import { completeChallenge, createDraft, createPublished, evaluationMethod, futurePhases, openPhases } from './support/challenge-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('challenges: drafting, publishing and the frozen method', () => {
  let t: TestApp;
  let organiser: TestUser;
  let otherOrganiser: TestUser;
  let admin: TestUser;
  let participant: TestUser;
  let juror: TestUser;
  let anonymous: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    otherOrganiser = await signedInUser(t, 'staff', 'other-organiser');
    admin = await signedInUser(t, 'admin', 'admin');
    participant = await signedInUser(t, null, 'participant');
    juror = await signedInUser(t, null, 'juror');
    anonymous = new TestClient(t.baseUrl);
  });
  afterAll(() => t.close());

  it('lets staff create a draft that only the challenge team can see', async () => {
    const id = await createDraft(organiser.client);
    const own = await organiser.client.get(`/api/challenges/${id}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ status: 'draft', team: true, methodHash: null, publishProblems: [] });
    expect(own.body.draftMethodHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await admin.client.get(`/api/challenges/${id}`)).status).toBe(200);
    for (const client of [otherOrganiser.client, participant.client, juror.client, anonymous]) {
      expect((await client.get(`/api/challenges/${id}`)).status).toBe(404);
    }
    const list = await anonymous.get('/api/challenges?pageSize=100');
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('refuses challenge creation to participants and anonymous visitors', async () => {
    expect((await participant.client.post('/api/challenges', completeChallenge())).status).toBe(403);
    expect((await anonymous.post('/api/challenges', completeChallenge())).status).toBe(401);
  });

  it('validates a draft and names the fields at fault', async () => {
    const response = await organiser.client.post('/api/challenges', { title: 'x', type: 'contest', contact: { name: '', email: 'nope' } });
    expect(response.status).toBe(400);
    const paths = response.body.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'type', 'contact.name', 'contact.email']));
  });

  it('lets only the challenge’s organisers and admins edit a draft', async () => {
    const id = await createDraft(organiser.client);
    const edited = await organiser.client.patch(`/api/challenges/${id}`, { summary: 'New summary' });
    expect(edited.body.summary).toBe('New summary');
    expect((await otherOrganiser.client.patch(`/api/challenges/${id}`, { summary: 'x' })).status).toBe(404);
    expect((await participant.client.patch(`/api/challenges/${id}`, { summary: 'x' })).status).toBe(404);
    expect((await admin.client.patch(`/api/challenges/${id}`, { summary: 'By admin' })).body.summary).toBe('By admin');
    const stale = await organiser.client.patch(`/api/challenges/${id}`, { summary: 'stale', version: 1 });
    expect(stale.status).toBe(409);
  });

  it('explains what stops a draft from being published', async () => {
    const id = await createDraft(organiser.client, { evaluationMethod: evaluationMethod({ screeningWeights: { security: 20 } }), phases: [] });
    const response = await organiser.client.post(`/api/challenges/${id}/publish`);
    expect(response.status).toBe(400);
    const codes = response.body.fields.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['method.weights-sum', 'phases.empty']));
    expect(response.body.fields.find((f: { code: string }) => f.code === 'method.weights-sum').message).toMatch(/100/);
  });

  it('publishes, freezes the method and shows its SHA-256 to everyone', async () => {
    const id = await createDraft(organiser.client, { phases: futurePhases() });
    const published = await organiser.client.post(`/api/challenges/${id}/publish`);
    expect(published.status).toBe(200);
    const expectedHash = evaluationMethodHash(evaluationMethodShape.parse(evaluationMethod()));
    expect(published.body).toEqual({ methodHash: expectedHash, status: 'published' });

    const visitorView = await anonymous.get(`/api/challenges/${id}`);
    expect(visitorView.status).toBe(200);
    expect(visitorView.body.methodHash).toBe(expectedHash);
    expect(visitorView.body.criteria.map((c: { id: string }) => c.id)).toEqual(['quality', 'feasibility', 'value']);
    expect(visitorView.body.team).toBeUndefined();
    expect(visitorView.body.descriptionHtml).toContain('<strong>thousands</strong>');

    const edit = await organiser.client.patch(`/api/challenges/${id}`, { evaluationMethod: evaluationMethod({ normalisation: 'raw' }) });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('challenge.frozen_use_amendment');
    expect((await anonymous.get(`/api/challenges/${id}`)).body.methodHash).toBe(expectedHash);

    const { rows } = await t.db.query(`SELECT data FROM audit_event WHERE action = 'challenge.published' AND subject_id = $1`, [id]);
    expect(rows[0].data.methodHash).toBe(expectedHash);
  });

  it('opens submission at once when its phase has already begun', async () => {
    const id = await createPublished(organiser.client);
    const detail = await anonymous.get(`/api/challenges/${id}`);
    expect(detail.body.status).toBe('submission-open');
    expect(detail.body.activePhase).toBe('submission');
    const { rows } = await t.db.query(`SELECT data->>'to' AS "to" FROM audit_event WHERE action = 'challenge.status_changed' AND subject_id = $1 ORDER BY seq`, [id]);
    expect(rows.map((r) => r.to)).toEqual(['published', 'submission-open']);
  });

  it('changes a published method only by amendment, with a new hash visible to all', async () => {
    const id = await createPublished(organiser.client, { phases: futurePhases() });
    const before = (await anonymous.get(`/api/challenges/${id}`)).body.methodHash;
    const amended = await organiser.client.post(`/api/challenges/${id}/amendments`, {
      reason: 'Feasibility weighs more after market dialogue feedback.',
      changes: { evaluationMethod: evaluationMethod({ criteria: [
        { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, weight: 30 },
        { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, weight: 40 },
        { id: 'value', title: { da: 'Værdi', en: 'Value' }, weight: 20 },
      ] }) },
    });
    expect(amended.status).toBe(201);
    expect(amended.body).toMatchObject({ number: 1, methodHashBefore: before });
    expect(amended.body.methodHashAfter).not.toBe(before);
    const view = await participant.client.get(`/api/challenges/${id}`);
    expect(view.body.methodHash).toBe(amended.body.methodHashAfter);
    expect(view.body.amendments).toEqual([expect.objectContaining({ number: 1, reason: 'Feasibility weighs more after market dialogue feedback.' })]);
  });

  it('refuses amendments that break the method or come from outside the team', async () => {
    const id = await createPublished(organiser.client, { phases: futurePhases() });
    const broken = await organiser.client.post(`/api/challenges/${id}/amendments`, {
      reason: 'Try to break the weights here.',
      changes: { evaluationMethod: evaluationMethod({ screeningWeights: {} }) },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.fields.map((f: { code: string }) => f.code)).toContain('method.weights-sum');
    const body = { reason: 'An amendment from outside.', changes: { summary: 'x' } };
    expect((await otherOrganiser.client.post(`/api/challenges/${id}/amendments`, body)).status).toBe(403);
    expect((await participant.client.post(`/api/challenges/${id}/amendments`, body)).status).toBe(403);
    expect((await anonymous.post(`/api/challenges/${id}/amendments`, body)).status).toBe(401);
    const short = await organiser.client.post(`/api/challenges/${id}/amendments`, { reason: 'short', changes: { summary: 'x' } });
    expect(short.status).toBe(400);
  });

  it('extends the deadline for everyone only by amendment', async () => {
    const id = await createPublished(organiser.client, { phases: futurePhases() });
    const phases = futurePhases();
    phases[1]!.endsAt = new Date(new Date(phases[1]!.endsAt).getTime() + 2 * 86_400_000).toISOString();
    phases[2]!.startsAt = phases[1]!.endsAt;
    const amended = await organiser.client.post(`/api/challenges/${id}/amendments`, { reason: 'More time for everyone to prepare.', changes: { phases } });
    expect(amended.status).toBe(201);
    expect((await anonymous.get(`/api/challenges/${id}`)).body.deadline).toBe(phases[1]!.endsAt);
  });

  it('never reopens a closed submission by amendment, and judges the deadline by the server clock', async () => {
    const phases = openPhases();
    const id = await createPublished(organiser.client, { phases });
    const deadline = new Date(phases[2]!.endsAt).getTime();
    const laterDecision = phases.map((p) => (p.kind === 'decision' ? { ...p, endsAt: new Date(new Date(p.endsAt).getTime() + 5 * 86_400_000).toISOString() } : p));
    const clock = t.app.get(Clock);
    try {
      clock.freezeAt(new Date(deadline + 1000));
      // The server clock is past the deadline while the wall clock is not: the phases are already frozen.
      const passed = await organiser.client.post(`/api/challenges/${id}/amendments`, { reason: 'A later decision for everyone.', changes: { phases: laterDecision } });
      expect(passed.status).toBe(400);
      expect(passed.body.fields).toEqual([expect.objectContaining({ path: 'changes.phases', code: 'challenge.deadline-passed' })]);

      await t.app.get(ChallengeLifecycle).advanceAllByClock();
      expect((await organiser.client.get(`/api/challenges/${id}`)).body.status).toBe('submission-closed');
      const reopened = await organiser.client.post(`/api/challenges/${id}/amendments`, { reason: 'Two more weeks for everyone.', changes: { phases: openPhases(Date.now() + 14 * 86_400_000) } });
      expect(reopened.status).toBe(409);
      expect(reopened.body.code).toBe('amendment.phases-after-close');
      expect(reopened.body.message).toContain('submission-closed');
      const clarified = await organiser.client.post(`/api/challenges/${id}/amendments`, { reason: 'Clarified the department name.', changes: { department: 'Teknik- og Miljøforvaltningen' } });
      expect(clarified.status).toBe(201);
    } finally {
      clock.freezeAt(null);
    }
  });

  it('shows the active phase by the server clock', async () => {
    const phases = futurePhases();
    const id = await createPublished(organiser.client, { phases });
    expect((await anonymous.get(`/api/challenges/${id}`)).body.activePhase).toBe('questions');
    const clock = t.app.get(Clock);
    try {
      clock.freezeAt(new Date(new Date(phases[1]!.startsAt).getTime() + 1000));
      expect((await anonymous.get(`/api/challenges/${id}`)).body.activePhase).toBe('submission');
      const listed = (await anonymous.get('/api/challenges?pageSize=100')).body.items.find((c: { id: string }) => c.id === id);
      expect(listed.activePhase).toBe('submission');
    } finally {
      clock.freezeAt(null);
    }
  });

  it('allows only the lifecycle’s transitions, each recorded', async () => {
    const id = await createPublished(organiser.client, { phases: futurePhases() });
    const skip = await organiser.client.post(`/api/challenges/${id}/transitions`, { to: 'decided' });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('lifecycle.not-allowed');
    expect((await participant.client.post(`/api/challenges/${id}/transitions`, { to: 'cancelled' })).status).toBe(403);
    const cancelled = await organiser.client.post(`/api/challenges/${id}/transitions`, { to: 'cancelled', reason: 'Budget withdrawn' });
    expect(cancelled.body).toEqual({ id, status: 'cancelled' });
    await expect(t.db.query(`UPDATE challenge SET status = 'evaluation' WHERE id = $1`, [id])).rejects.toThrow(/cannot change from cancelled to evaluation/);
  });

  it('refuses a single-firm prize without a legal basis, explaining why', async () => {
    const id = await createDraft(organiser.client, { prizes: [{ amountDkk: 100_000, recipients: 'single' }] });
    const response = await organiser.client.post(`/api/challenges/${id}/publish`);
    expect(response.status).toBe(400);
    const field = response.body.fields.find((f: { path: string }) => f.path === 'legalBasis');
    expect(field.code).toBe('legal.direct-support-refused');
    expect(field.message).toMatch(/§ 14/);
  });
});

describe('challenge listing', () => {
  let t: TestApp;
  let organiser: TestUser;
  let anonymous: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    anonymous = new TestClient(t.baseUrl);
    await createPublished(organiser.client, { title: 'Shared meeting minutes', categories: ['minutes'] });
    await createPublished(organiser.client, { title: 'City AI platform dialogue', type: 'market-dialogue', evaluationMethod: undefined, blindReview: false, phases: futurePhases().filter((p) => p.kind !== 'submission'), categories: ['platform'] });
    await createPublished(organiser.client, { title: 'Hack the harbour', type: 'hackathon', blindReview: false, categories: ['climate'] });
    await createDraft(organiser.client, { title: 'Secret draft' });
  });
  afterAll(() => t.close());

  it('lists published challenges with a total, never drafts', async () => {
    const response = await anonymous.get('/api/challenges');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(3);
    expect(response.body.items.map((c: { title: string }) => c.title).sort()).toEqual(['City AI platform dialogue', 'Hack the harbour', 'Shared meeting minutes']);
  });

  it('searches, filters by type, status and category, and pages', async () => {
    expect((await anonymous.get('/api/challenges?q=minutes')).body.items.map((c: { title: string }) => c.title)).toEqual(['Shared meeting minutes']);
    expect((await anonymous.get('/api/challenges?type=hackathon')).body.total).toBe(1);
    expect((await anonymous.get('/api/challenges?status=published')).body.items.map((c: { type: string }) => c.type)).toEqual(['market-dialogue']);
    expect((await anonymous.get('/api/challenges?category=climate')).body.total).toBe(1);
    const page = await anonymous.get('/api/challenges?page=2&pageSize=2');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(3);
  });

  it('refuses a malformed query with 400', async () => {
    expect((await anonymous.get('/api/challenges?status=draft')).status).toBe(400);
    expect((await anonymous.get('/api/challenges?pageSize=1000')).status).toBe(400);
    expect((await anonymous.get('/api/challenges/not-a-uuid')).status).toBe(400);
  });
});
