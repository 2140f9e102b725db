import { Clock } from '../../../api/src/common/clock.js';
import { createPublished, openPhases } from '../../../api/test/support/challenge-fixtures.js';
import { TestClient } from '../../../api/test/support/http-client.js';
import { randomCvr } from '../../../api/test/support/ids.js';
import { DEMO_PASSWORD, type Platform } from './platform.js';

// What the jury browser test sets up through the API instead of clicking: people, a published
// challenge, submitted entries and the deadline passed. Every step goes through the API's own
// services and endpoints, as in the API's tests.

/** The password of every person the setup creates. */
export const PASSWORD = 'en lang og god adgangssætning';

export interface TestUser {
  id: string;
  email: string;
  client: TestClient;
}

/** A person invited by the demo admin and signed in by accepting the invitation from the outbox. */
export async function namedUser(platform: Platform, name: string, email: string, role: 'staff' | 'participant' = 'participant'): Promise<TestUser> {
  const admin = new TestClient(platform.baseUrl);
  await admin.login('admin@fairpitch.local', DEMO_PASSWORD);
  const invited = await admin.post('/api/invitations', { email, name, role });
  if (invited.status !== 201) throw new Error(invited.text);
  const mail = await admin.get(`/api/admin/mail?q=${encodeURIComponent(email)}`);
  const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec((mail.body as { items: { body: string }[] }).items[0]?.body ?? '')?.[1];
  if (!token) throw new Error(`no invitation mail for ${email}`);
  const client = new TestClient(platform.baseUrl);
  const accepted = await client.post('/api/invitations/accept', { token, password: PASSWORD });
  if (accepted.status !== 200 && accepted.status !== 201) throw new Error(accepted.text);
  return { id: accepted.body.id as string, email, client };
}

/** Publishes a challenge whose submission phase is open now; returns its id and deadline. */
export async function openChallenge(organiser: TestUser, overrides: Record<string, unknown>): Promise<{ challengeId: string; deadline: Date }> {
  const phases = openPhases();
  const challengeId = await createPublished(organiser.client, { phases, ...overrides });
  return { challengeId, deadline: new Date(phases[2]!.endsAt) };
}

export interface Participant {
  companyId: string;
  name: string;
  founder: TestUser;
  entryId: string;
}

/** Registers a company and submits a complete entry with a price, as its founder. */
export async function participate(platform: Platform, challengeId: string, spec: { name: string; domain: string; founderName: string; price: number }): Promise<Participant> {
  const founder = await namedUser(platform, spec.founderName, `${spec.founderName.split(' ')[0]!.toLowerCase()}@${spec.domain}`);
  const company = await founder.client.post('/api/companies', { name: spec.name, country: 'DK', cvr: randomCvr(), sizeClass: 'small', contactPerson: { name: spec.founderName, email: `kontakt@${spec.domain}` } });
  if (company.status !== 201) throw new Error(company.text);
  const content = {
    solution: {
      title: `Sortering fra ${spec.name}`,
      summary: 'Sorterer borgerhenvendelser efter emne og hastende sager.',
      description: `${spec.name} bruger en åben sprogmodel hostet i EU. Kontakt ${spec.founderName} på ${spec.domain}.`,
      trl: 6,
      teamMembers: [{ name: spec.founderName, role: 'CEO' }],
    },
    offer: { price: spec.price, currency: 'DKK', pricingModel: 'yearly', totalContractCost: spec.price * 3 },
    compliance: { hostingCountries: ['DK'], processorAgreement: true, mfa: true },
    declarations: { acceptTerms: true, acceptIpTerms: true, conflictsOfInterest: { hasConflicts: false } },
  };
  const created = await founder.client.post(`/api/challenges/${challengeId}/entries`, { companyId: company.body.id });
  if (created.status !== 201) throw new Error(created.text);
  const saved = await founder.client.patch(`/api/entries/${created.body.id}`, { version: created.body.version, content });
  if (saved.status !== 200) throw new Error(saved.text);
  const submitted = await founder.client.post(`/api/entries/${created.body.id}/submit`);
  if (submitted.status !== 201) throw new Error(submitted.text);
  return { companyId: company.body.id, name: spec.name, founder, entryId: created.body.id };
}

/** Stands just after the deadline on the API's clock, opens the entries, and lets the clock run again. */
export async function openEntries(platform: Platform, organiser: TestUser, challengeId: string, deadline: Date): Promise<void> {
  const clock = platform.app.get(Clock);
  clock.freezeAt(new Date(deadline.getTime() + 1000));
  try {
    const opened = await organiser.client.post(`/api/challenges/${challengeId}/entries/open`);
    if (opened.status !== 200) throw new Error(opened.text);
  } finally {
    clock.freezeAt(null);
  }
}

/** Existing accounts get the juror role at once. */
export async function makeJurors(organiser: TestUser, challengeId: string, jurors: TestUser[]): Promise<void> {
  for (const juror of jurors) {
    const invited = await organiser.client.post(`/api/challenges/${challengeId}/jury/jurors`, { email: juror.email, name: juror.email });
    if (invited.status !== 201) throw new Error(invited.text);
  }
}

/** The juror declares "no conflict" for every participating company. */
export async function declareNone(juror: TestUser, challengeId: string): Promise<void> {
  const form = await juror.client.get(`/api/challenges/${challengeId}/jury/conflicts/mine`);
  if (form.status !== 200) throw new Error(form.text);
  const declarations = (form.body.companies as { companyId: string }[]).map((c) => ({ companyId: c.companyId, kind: 'none' }));
  const response = await juror.client.put(`/api/challenges/${challengeId}/jury/conflicts/mine`, { declarations });
  if (response.status !== 200) throw new Error(response.text);
}

/** A submitted review: every criterion scored and justified. */
export function submittedReview(values: Record<string, number>) {
  return { scores: Object.entries(values).map(([criterionId, value]) => ({ criterionId, value, justification: `Vurderet til ${value} på ${criterionId}.` })), submit: true };
}
