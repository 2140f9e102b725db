import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../src/common/clock.js';
import { ActiveRuleset } from '../src/screening/ruleset.provider.js';
import { createPublished, evaluationMethod, openPhases } from './support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany, upload } from './support/entry-fixtures.js';
import { type TestUser, signedInUser } from './support/fixtures.js';
import { TestClient } from './support/http-client.js';
import { LEAKED_CPR, cycloneDxSbom, screenNow } from './support/screening-fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('screening reports', () => {
  let t: TestApp;
  let organiser: TestUser;
  let otherOrganiser: TestUser;
  let founder: TestUser;
  let rival: TestUser;
  let challengeId: string;
  let entryId: string;
  let deadline: number;
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await signedInUser(t, 'staff', 'organiser');
    otherOrganiser = await signedInUser(t, 'staff', 'other');
    founder = await signedInUser(t, null, 'founder');
    rival = await signedInUser(t, null, 'rival');
    await registerCompany(founder.client, 'Screened ApS');
    await registerCompany(rival.client, 'Rival ApS');
    const phases = openPhases();
    deadline = new Date(phases[2]!.endsAt).getTime();
    challengeId = await createPublished(organiser.client, {
      phases,
      evaluationMethod: evaluationMethod({ mandatoryScreeningRules: ['data-protection.cpr-numbers', 'data-protection.residency-and-transfers'], climateReferenceKgPerYear: 500 }),
    });
    entryId = (await draftEntry(founder.client, challengeId, completeEntryContent({
      offer: undefined,
      compliance: {
        hostingCountries: ['DK'],
        subProcessors: [{ name: 'Model host', country: 'US', transferBasis: 'adequacy', dpfCertified: false }],
        processorAgreement: true,
        mfa: true,
        licence: 'MIT',
        dataCentreCountry: 'DK',
        monthlyDataTransferGb: 50,
        renewableShare: 1,
      },
    }))).id;
    await upload(founder.client, entryId, 'pilot-notes.txt', `Pilot participant: Jens Hansen, CPR ${LEAKED_CPR}, signed up.`);
    await upload(founder.client, entryId, 'sbom.json', cycloneDxSbom([{ name: 'lodash', version: '4.17.4', purl: 'pkg:npm/lodash@4.17.4' }]));
    expect((await founder.client.post(`/api/entries/${entryId}/submit`)).status).toBe(201);
    t.app.get(Clock).freezeAt(new Date(deadline + 1));
    expect((await organiser.client.post(`/api/challenges/${challengeId}/entries/open`)).status).toBe(200);
    t.app.get(Clock).freezeAt(null);
    await screenNow(t, entryId);
  });
  afterAll(() => t.close());

  it('reports every rule with outcome, evidence and explanation, and a score per area', async () => {
    const response = await organiser.client.get(`/api/entries/${entryId}/screening`);
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report).toMatchObject({ rulesetVersion: expect.any(String), inputHash: expect.stringMatching(/^[0-9a-f]{64}$/), status: 'done' });
    for (const area of ['security', 'data-protection', 'climate', 'sovereignty']) {
      expect(report.areas[area]).toHaveProperty('score');
    }
    expect(report.areas.climate.score).toEqual(expect.any(Number));
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['ruleId', 'area', 'severity', 'outcome', 'evidence', 'explanation']));
      expect(finding.explanation).toEqual({ da: expect.any(String), en: expect.any(String) });
    }
  });

  it('finds the real CPR number as a blocker with its location, never in clear', async () => {
    const report = (await organiser.client.get(`/api/entries/${entryId}/screening`)).body;
    const cpr = report.findings.find((f: { ruleId: string }) => f.ruleId === 'data-protection.cpr-numbers');
    expect(cpr).toMatchObject({ severity: 'blocker', outcome: 'fail' });
    expect(JSON.stringify(cpr.evidence)).toContain('pilot-notes.txt');
    const everything = JSON.stringify(report);
    expect(everything).not.toContain(LEAKED_CPR);
    expect(everything).not.toContain(LEAKED_CPR.replace('-', ''));
    expect(report.mandatory.provisionallyInadmissible).toBe(true);
  });

  it('flags the US sub-processor without a Data Privacy Framework certification', async () => {
    const report = (await organiser.client.get(`/api/entries/${entryId}/screening`)).body;
    const residency = report.findings.find((f: { ruleId: string }) => f.ruleId === 'data-protection.residency-and-transfers');
    expect(['fail', 'warn']).toContain(residency.outcome);
    expect(JSON.stringify(residency.evidence)).toContain('US');
  });

  it('finds the known-vulnerable component in the SBOM', async () => {
    const report = (await organiser.client.get(`/api/entries/${entryId}/screening`)).body;
    const vulnerable = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'security.sbom-vulnerabilities');
    expect(JSON.stringify(vulnerable)).toContain('lodash');
  });

  it('lets an organiser confirm a blocker with a reason, audited', async () => {
    const response = await organiser.client.post(`/api/entries/${entryId}/screening/decisions`, { ruleId: 'data-protection.cpr-numbers', decision: 'confirmed', reason: 'Real CPR number of a pilot participant.' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([expect.objectContaining({ ruleId: 'data-protection.cpr-numbers', decision: 'confirmed' })]);
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'screening.blocker_confirmed' AND subject_id = $1`, [entryId]);
    expect(rows[0].n).toBe(1);
    const notBlocker = await organiser.client.post(`/api/entries/${entryId}/screening/decisions`, { ruleId: 'security.mfa', decision: 'confirmed', reason: 'Not a blocker at all.' });
    expect(notBlocker.status).toBe(400);
  });

  it('records the organiser’s decision on identity leaks and shows it with the report', async () => {
    const decided = await organiser.client.post(`/api/entries/${entryId}/screening/identity-leaks`, { decision: 'redacted', reason: 'Company name removed from the pilot notes.' });
    expect(decided.status).toBe(200);
    const report = (await organiser.client.get(`/api/entries/${entryId}/screening`)).body;
    expect(report.identityLeakDecision).toMatchObject({ decision: 'redacted', reason: 'Company name removed from the pilot notes.' });
    expect((await rival.client.post(`/api/entries/${entryId}/screening/identity-leaks`, { decision: 'accepted', reason: 'Not my entry at all.' })).status).toBe(404);
  });

  it('shows progress counts to the team only', async () => {
    const progress = await organiser.client.get(`/api/challenges/${challengeId}/screening/progress`);
    expect(progress.body).toMatchObject({ done: 1, queued: 0, running: 0, failed: 0, total: 1 });
    expect((await otherOrganiser.client.get(`/api/challenges/${challengeId}/screening/progress`)).status).toBe(403);
    expect((await founder.client.get(`/api/challenges/${challengeId}/screening/progress`)).status).toBe(403);
    expect((await new TestClient(t.baseUrl).get(`/api/challenges/${challengeId}/screening/progress`)).status).toBe(401);
  });

  it('shows the company its own report only after the screening phase, and nobody else’s', async () => {
    const early = await founder.client.get(`/api/entries/${entryId}/screening`);
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('screening.not-yet-visible');
    expect((await rival.client.get(`/api/entries/${entryId}/screening`)).status).toBe(404);
    expect((await otherOrganiser.client.get(`/api/entries/${entryId}/screening`)).status).toBe(404);
    expect((await organiser.client.post(`/api/challenges/${challengeId}/transitions`, { to: 'evaluation' })).status).toBe(200);
    const visible = await founder.client.get(`/api/entries/${entryId}/screening`);
    expect(visible.status).toBe(200);
    const responded = await founder.client.post(`/api/entries/${entryId}/screening/responses`, { text: 'The CPR number was a test value; the document has been replaced.' });
    expect(responded.status).toBe(201);
  });

  it('re-screens under a new ruleset version in bulk and keeps the earlier report', async () => {
    const ruleset = t.app.get(ActiveRuleset) as { version: string };
    const before = ruleset.version;
    ruleset.version = `${before}-next`;
    try {
      const rerun = await organiser.client.post(`/api/challenges/${challengeId}/screening/rerun`);
      expect(rerun.status).toBe(202);
      expect(rerun.body).toMatchObject({ entries: 1, queued: 1, rulesetVersion: `${before}-next` });
      expect((await organiser.client.get(`/api/challenges/${challengeId}/screening/progress`)).body).toMatchObject({ queued: 1, done: 0 });
      await screenNow(t, entryId);
      const history = await organiser.client.get(`/api/entries/${entryId}/screening/history`);
      expect(history.body.map((r: { rulesetVersion: string }) => r.rulesetVersion)).toEqual([before, `${before}-next`]);
      expect((await organiser.client.get(`/api/entries/${entryId}/screening`)).body.rulesetVersion).toBe(`${before}-next`);
      const again = await organiser.client.post(`/api/challenges/${challengeId}/screening/rerun`);
      expect(again.body.queued).toBe(0);
    } finally {
      ruleset.version = before;
    }
  });

  it('refuses a second report for the same revision and ruleset in the database itself', async () => {
    const { rows } = await t.db.query(`SELECT * FROM screening_report WHERE entry_id = $1 LIMIT 1`, [entryId]);
    const r = rows[0];
    await expect(
      t.db.query(
        `INSERT INTO screening_report (challenge_id, entry_id, revision, revision_hash, ruleset_version, input_hash, areas, findings, mandatory) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
        [r.challenge_id, r.entry_id, r.revision, r.revision_hash, r.ruleset_version, r.input_hash, r.areas, JSON.stringify(r.findings), r.mandatory],
      ),
    ).rejects.toThrow(/duplicate key/);
  });
});
