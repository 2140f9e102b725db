import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublished, futurePhases } from './support/challenge-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { randomCvr } from './support/ids.js';
import { type TestApp, startTestApp } from './support/test-app.js';

async function withCompany(user: TestUser, name: string): Promise<string> {
  const response = await user.client.post('/api/companies', { name, country: 'DK', cvr: randomCvr(), sizeClass: 'small' });
  if (response.status !== 201) throw new Error(response.text);
  return response.body.id as string;
}

describe('public Q&A: equal information for every participant', () => {
  let t: TestApp;
  let organiser: TestUser;
  let otherOrganiser: TestUser;
  let asker: TestUser;
  let rival: TestUser;
  let admin: TestUser;
  let askerCompany: string;
  let rivalCompany: string;
  let challengeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    otherOrganiser = await signedInUser(t, 'staff', 'other');
    admin = await signedInUser(t, 'admin', 'admin');
    asker = await signedInUser(t, null, 'asker');
    rival = await signedInUser(t, null, 'rival');
    askerCompany = await withCompany(asker, 'Asker ApS');
    rivalCompany = await withCompany(rival, 'Rival ApS');
    challengeId = await createPublished(organiser.client, { phases: futurePhases() });
    expect((await rival.client.post(`/api/challenges/${challengeId}/registrations`, { companyId: rivalCompany })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('takes a question privately and publishes the answer to everyone, never naming the asker', async () => {
    const asked = await asker.client.post(`/api/challenges/${challengeId}/questions`, { text: 'Can the solution run on our own servers?' });
    expect(asked.status).toBe(201);
    expect(asked.body.status).toBe('pending');
    expect((await rival.client.get(`/api/challenges/${challengeId}`)).body.questions).toEqual([]);

    const organiserList = await organiser.client.get(`/api/challenges/${challengeId}/questions`);
    expect(organiserList.body).toHaveLength(1);
    expect(JSON.stringify(organiserList.body)).not.toContain(asker.email);
    expect(JSON.stringify(organiserList.body)).not.toContain('Asker ApS');

    const answered = await organiser.client.post(`/api/questions/${asked.body.id}/answer`, { text: 'Yes, on-premises hosting is welcome.' });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ number: 1, question: 'Can the solution run on our own servers?', answer: 'Yes, on-premises hosting is welcome.' });

    for (const client of [rival.client, new TestClient(t.baseUrl), asker.client]) {
      const view = await client.get(`/api/challenges/${challengeId}`);
      expect(view.body.questions).toEqual([{ number: 1, question: 'Can the solution run on our own servers?', answer: 'Yes, on-premises hosting is welcome.', answeredAt: expect.any(String) }]);
      const text = JSON.stringify(view.body);
      expect(text).not.toContain(asker.email);
      expect(text).not.toContain('Asker ApS');
      expect(text).not.toContain(asker.id);
      expect(text).not.toContain(askerCompany);
    }
    const mine = await asker.client.get(`/api/challenges/${challengeId}/questions/mine`);
    expect(mine.body[0]).toMatchObject({ status: 'answered', published: { number: 1 } });
  });

  it('lets the organiser reword the published question to remove identifying details', async () => {
    const asked = await asker.client.post(`/api/challenges/${challengeId}/questions`, { text: 'We at Asker ApS use Azure; is that fine?' });
    const answered = await organiser.client.post(`/api/questions/${asked.body.id}/answer`, {
      text: 'Any EEA hosting is fine.',
      publishedQuestion: 'Is hosting with a large cloud provider fine?',
    });
    expect(answered.body.number).toBe(2);
    const view = await rival.client.get(`/api/challenges/${challengeId}`);
    expect(JSON.stringify(view.body)).not.toContain('Asker ApS');
  });

  it('mails every registered company when an answer is published', async () => {
    const mail = await admin.client.get(`/api/admin/mail?q=${encodeURIComponent(rival.email)}`);
    expect(mail.body.items.filter((m: { kind: string }) => m.kind === 'challenge-answer').length).toBeGreaterThanOrEqual(1);
    const askerMail = await admin.client.get(`/api/admin/mail?q=${encodeURIComponent(asker.email)}`);
    expect(askerMail.body.items.filter((m: { kind: string }) => m.kind === 'challenge-answer').length).toBeGreaterThanOrEqual(1);
  });

  it('has no way to answer twice or privately', async () => {
    const asked = await asker.client.post(`/api/challenges/${challengeId}/questions`, { text: 'What about accessibility requirements?' });
    expect((await organiser.client.post(`/api/questions/${asked.body.id}/answer`, { text: 'WCAG 2.1 AA.' })).status).toBe(201);
    const again = await organiser.client.post(`/api/questions/${asked.body.id}/answer`, { text: 'Changed my mind.' });
    expect(again.status).toBe(409);
    await expect(t.db.query(`UPDATE challenge_question SET number = NULL WHERE id = $1`, [asked.body.id])).rejects.toThrow(/challenge_question_answer_published/);
  });

  it('lets only the challenge’s organisers answer and read the question queue', async () => {
    const asked = await asker.client.post(`/api/challenges/${challengeId}/questions`, { text: 'Who owns the data afterwards?' });
    for (const client of [otherOrganiser.client, rival.client, asker.client]) {
      expect((await client.post(`/api/questions/${asked.body.id}/answer`, { text: 'x' })).status).toBe(403);
      expect((await client.get(`/api/challenges/${challengeId}/questions`)).status).toBe(403);
    }
    expect((await new TestClient(t.baseUrl).post(`/api/questions/${asked.body.id}/answer`, { text: 'x' })).status).toBe(401);
    expect((await admin.client.post(`/api/questions/${asked.body.id}/answer`, { text: 'The municipality.' })).status).toBe(201);
  });

  it('takes questions only from company members, validated', async () => {
    const loner = await signedInUser(t, null, 'loner');
    expect((await loner.client.post(`/api/challenges/${challengeId}/questions`, { text: 'A question without a company?' })).status).toBe(403);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/questions`, { text: 'Staff asking a question?' })).status).toBe(403);
    const tooShort = await asker.client.post(`/api/challenges/${challengeId}/questions`, { text: 'Why?' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.fields[0].path).toBe('text');
    expect((await asker.client.post(`/api/challenges/${challengeId}/questions`, { text: 'On behalf of another company?', companyId: rivalCompany })).status).toBe(403);
  });

  it('mails an amendment to every registered company', async () => {
    const amended = await organiser.client.post(`/api/challenges/${challengeId}/amendments`, { reason: 'Clarified the department name.', changes: { department: 'Teknik- og Miljøforvaltningen' } });
    expect(amended.status).toBe(201);
    expect(amended.body.notifiedRecipients).toBe(2);
    const mail = await admin.client.get(`/api/admin/mail?q=${encodeURIComponent(rival.email)}`);
    expect(mail.body.items.some((m: { kind: string; body: string }) => m.kind === 'challenge-amendment' && m.body.includes('Clarified the department name.'))).toBe(true);
  });

  it('records in the audit trail that asking registered the company, once', async () => {
    const newcomer = await signedInUser(t, null, 'newcomer');
    const companyId = await withCompany(newcomer, 'Newcomer ApS');
    const registrations = async () =>
      (
        await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'challenge.company_registered' AND subject_id = $1 AND data->>'companyId' = $2`, [
          challengeId,
          companyId,
        ])
      ).rows[0].n as number;
    expect((await newcomer.client.post(`/api/challenges/${challengeId}/questions`, { text: 'Is a pilot in one district enough?' })).status).toBe(201);
    expect(await registrations()).toBe(1);
    expect((await newcomer.client.post(`/api/challenges/${challengeId}/questions`, { text: 'And may the pilot run in English?' })).status).toBe(201);
    expect((await newcomer.client.post(`/api/challenges/${challengeId}/registrations`, { companyId })).status).toBe(201);
    expect(await registrations()).toBe(1);
  });
});
