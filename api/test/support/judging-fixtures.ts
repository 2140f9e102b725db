import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { GlobalRole } from '@fairpitch/shared/accounts';
import { UsersService } from '../../src/auth/users.service.js';
import { Clock } from '../../src/common/clock.js';
import { createPublished, evaluationMethod, openPhases } from './challenge-fixtures.js';
import { completeEntryContent } from './entry-fixtures.js';
import { TEST_PASSWORD, type TestUser } from './fixtures.js';
import { TestClient } from './http-client.js';
import { randomCvr } from './ids.js';
import type { TestApp } from './test-app.js';

/** A user with a chosen name and address (identity scans need distinctive ones), signed in. */
export async function namedUser(t: TestApp, name: string, email: string, globalRole: GlobalRole | null = null): Promise<TestUser> {
  const users = t.app.get(UsersService);
  const dataSource = t.app.get<DataSource>(getDataSourceToken());
  const user = await dataSource.transaction((m) => users.create({ email, name, password: TEST_PASSWORD, globalRole }, m));
  const client = new TestClient(t.baseUrl);
  await client.login(email, TEST_PASSWORD);
  return { id: user.id, email, client };
}

export interface Participant {
  companyId: string;
  name: string;
  cvr: string;
  domain: string;
  founder: TestUser;
  founderName: string;
  contactName: string;
  teamMember: string;
  entryId: string;
}

/** What a blind juror must never read about a participant. */
export function secretsOf(p: Participant): string[] {
  return [p.name, p.name.replace(/ (ApS|A\/S)$/, ''), p.cvr, p.domain, p.founderName, p.contactName, p.teamMember];
}

/** A method with criteria, screening areas and price, summing to 100. */
export function pricedMethod(overrides: Record<string, unknown> = {}) {
  return evaluationMethod({
    criteria: [
      { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, weight: 40, threshold: 3 },
      { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, weight: 30 },
      { id: 'value', title: { da: 'Værdi', en: 'Value' }, weight: 10 },
    ],
    priceWeight: 10,
    priceModel: { kind: 'absolute', referencePrice: 400000, maxPrice: 1200000 },
    normalisation: 'raw',
    ...overrides,
  });
}

/** Publishes a challenge whose submission phase is open now; returns its id and deadline. */
export async function openChallenge(organiser: TestUser, overrides: Record<string, unknown> = {}) {
  const phases = openPhases();
  const challengeId = await createPublished(organiser.client, { phases, ...overrides });
  return { challengeId, deadline: new Date(phases[2]!.endsAt) };
}

/** Registers the company (with its founder and a contact person) and submits a complete entry. */
export async function participate(
  t: TestApp,
  challengeId: string,
  spec: { name: string; domain: string; founderName: string; contactName: string; teamMember: string; price?: number; extraText?: string },
): Promise<Participant> {
  const founder = await namedUser(t, spec.founderName, `${spec.founderName.split(' ')[0]!.toLowerCase()}@${spec.domain}`);
  const cvr = randomCvr();
  const company = await founder.client.post('/api/companies', {
    name: spec.name,
    country: 'DK',
    cvr,
    sizeClass: 'small',
    contactPerson: { name: spec.contactName, email: `kontakt@${spec.domain}` },
  });
  if (company.status !== 201) throw new Error(company.text);
  const content = completeEntryContent({
    solution: {
      title: `Assistant by ${spec.name}`,
      summary: 'Groups and summarises consultation responses.',
      description: `${spec.extraText ?? ''} Contact ${spec.teamMember} at ${spec.teamMember.split(' ')[0]!.toLowerCase()}@${spec.domain} or CVR ${cvr}.`,
      trl: 6,
      teamMembers: [{ name: spec.teamMember, role: 'CEO', email: `team@${spec.domain}` }],
    },
    offer: { price: spec.price ?? 450000, currency: 'DKK', pricingModel: 'yearly', totalContractCost: 1350000 },
  });
  const created = await founder.client.post(`/api/challenges/${challengeId}/entries`, { companyId: company.body.id });
  if (created.status !== 201) throw new Error(created.text);
  const saved = await founder.client.patch(`/api/entries/${created.body.id}`, { version: created.body.version, content });
  if (saved.status !== 200) throw new Error(saved.text);
  const submitted = await founder.client.post(`/api/entries/${created.body.id}/submit`);
  if (submitted.status !== 201) throw new Error(submitted.text);
  return { companyId: company.body.id, name: spec.name, cvr, domain: spec.domain, founder, founderName: spec.founderName, contactName: spec.contactName, teamMember: spec.teamMember, entryId: created.body.id };
}

/** Stands just after the deadline, opens the entries, and lets the clock run again. */
export async function openEntries(t: TestApp, organiser: TestUser, challengeId: string, deadline: Date): Promise<void> {
  const clock = t.app.get(Clock);
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

/** The juror declares "no conflict" for every company, except those given. */
export async function declare(juror: TestUser, challengeId: string, conflicts: Record<string, string> = {}) {
  const form = await juror.client.get(`/api/challenges/${challengeId}/jury/conflicts/mine`);
  if (form.status !== 200) throw new Error(form.text);
  const declarations = form.body.companies.map((c: { companyId: string }) =>
    conflicts[c.companyId] ? { companyId: c.companyId, kind: conflicts[c.companyId], note: 'Worked there until last year.' } : { companyId: c.companyId, kind: 'none' },
  );
  const response = await juror.client.put(`/api/challenges/${challengeId}/jury/conflicts/mine`, { declarations });
  if (response.status !== 200) throw new Error(response.text);
  return response.body;
}

/** Scores every criterion of the method with a justification, as a draft or submitted. */
export function fullReview(values: Record<string, number>, submit = true) {
  return { scores: Object.entries(values).map(([criterionId, value]) => ({ criterionId, value, justification: `Scored ${value} for ${criterionId}.` })), submit };
}
