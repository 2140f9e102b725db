import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationMethod } from '../../api/test/support/challenge-fixtures.js';
import { screenNow } from '../../api/test/support/screening-fixtures.js';
import type { TestApp } from '../../api/test/support/test-app.js';
import { type BrowserSession, checkA11y, launchBrowser, openSession } from './support/browser.js';
import {
  type Participant,
  PASSWORD,
  type TestUser,
  declareNone,
  makeJurors,
  namedUser,
  openChallenge,
  openEntries,
  participate,
  submittedReview,
} from './support/jury-setup.js';
import { type Platform, startPlatform } from './support/platform.js';

// Judging and exports as people do them: a juror declares conflicts and scores two entries with
// justifications, the chair settles the flagged one, the organiser decides, a company reads its
// feedback, and the organiser exports, watches the progress bar and downloads the files. What the
// browser need not click through (publishing, entries, the deadline, screening) is set up
// through the API, with the API's clock moved past the deadline; the worker runs in-process.

let platform: Platform;
let browser: Browser;
const sessions: BrowserSession[] = [];
const TITLE = 'Sortering af borgerhenvendelser med sprogmodeller';
const EXPORT_FILES = ['ranking.csv', 'results.xlsx', 'evaluation-report.pdf', 'ocds-release-package.json', 'archive.zip'];

let organiser: TestUser;
let karen: TestUser;
let lars: TestUser;
let challengeId: string;
let fjordlys: Participant;
let havbrise: Participant;
const labels = new Map<string, number>();

beforeAll(async () => {
  platform = await startPlatform({ worker: true });
  browser = await launchBrowser();

  organiser = await namedUser(platform, 'Olga Organisator', 'olga@kommune.example', 'staff');
  karen = await namedUser(platform, 'Karen Juul', 'karen@kommune.example');
  lars = await namedUser(platform, 'Lars Lund', 'lars@ekspert.example');
  // Two criteria, price and two screening areas: 50 + 30 + 10 + 5 + 5 = 100.
  const method = evaluationMethod({
    criteria: [
      { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, description: { da: 'Hvor godt løsningen sorterer', en: 'How well it sorts' }, weight: 50, threshold: 3 },
      { id: 'feasibility', title: { da: 'Gennemførlighed', en: 'Feasibility' }, description: { da: '', en: '' }, weight: 30 },
    ],
    priceWeight: 10,
    priceModel: { kind: 'absolute', referencePrice: 400000, maxPrice: 1200000 },
    normalisation: 'raw',
    tieBreak: ['quality'],
  });
  const opened = await openChallenge(organiser, { title: TITLE, leadsToPurchase: true, evaluationMethod: method });
  challengeId = opened.challengeId;
  fjordlys = await participate(platform, challengeId, { name: 'Fjordlys Analytics ApS', domain: 'fjordlys-analytics.dk', founderName: 'Vibeke Kildegaard', price: 380000 });
  havbrise = await participate(platform, challengeId, { name: 'Havbrise Software A/S', domain: 'havbrise.dk', founderName: 'Preben Skovgaard', price: 520000 });
  // The API's clock stands just after the deadline while the entries are opened.
  await openEntries(platform, organiser, challengeId, opened.deadline);
  // Screened in-process, as the worker would, so the reports are there before the browser looks.
  const t = { app: platform.app } as TestApp;
  for (const p of [fjordlys, havbrise]) await screenNow(t, p.entryId);
  const entries = await organiser.client.get(`/api/challenges/${challengeId}/entries`);
  for (const entry of entries.body as { id: string; label: number }[]) labels.set(entry.id, entry.label);

  await makeJurors(organiser, challengeId, [karen, lars]);
  const panel = await organiser.client.patch(`/api/challenges/${challengeId}/jury`, { chairId: karen.id, perEntry: 2 });
  expect(panel.status).toBe(200);
  // Lars declares through the API; Karen does it in the browser.
  await declareNone(lars, challengeId);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

async function newSession(): Promise<BrowserSession> {
  const session = await openSession(browser, platform.baseUrl);
  sessions.push(session);
  return session;
}

async function expectHeading(page: Page, text: string, level: 1 | 2 = 1): Promise<void> {
  await page.getByRole('heading', { level, name: text, exact: true }).waitFor({ timeout: 10_000 });
}

async function expectAccessible(page: Page): Promise<void> {
  const { summary } = await checkA11y(page);
  expect(summary).toBe(`no violations on ${page.url()}`);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByText(/Logget ind som/).waitFor();
}

const entryName = (p: Participant) => `Besvarelse ${labels.get(p.entryId)}`;

/** Scores every criterion in the form, waits for the draft to save, then submits and confirms. */
async function scoreAndSubmit(page: Page, scores: { criterion: string; value: number; justification: string }[]): Promise<void> {
  for (const score of scores) {
    await page.getByLabel(`Point for ${score.criterion}`).selectOption(String(score.value));
    await page.getByLabel(`Begrundelse for ${score.criterion}`).fill(score.justification);
  }
  await page.getByText(/^Kladde gemt /).waitFor();
  await page.getByRole('button', { name: 'Indsend bedømmelsen' }).click();
  await page.getByRole('dialog', { name: 'Indsend bedømmelsen?' }).waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ja, indsend' }).click();
  await page.getByText('Bedømmelsen er indsendt', { exact: true }).waitFor();
}

describe('jury, decision, feedback and exports in the browser', () => {
  it('takes a blind challenge from conflicts of interest to downloaded, verified exports', async () => {
    // --- The juror declares conflicts of interest for every company, by name only. ---
    const juror = await newSession();
    const kp = juror.page;
    await signIn(kp, karen.email);
    await kp.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Jury' }).click();
    await expectHeading(kp, 'Jury');
    await kp.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await kp.getByText('Erklær interessekonflikter først').waitFor();
    await expectAccessible(kp);

    await kp.getByRole('link', { name: /^Erklær interessekonflikter/ }).click();
    await expectHeading(kp, 'Interessekonflikter');
    // Saving with an unanswered company lists it, with a link to its field.
    await kp.getByLabel(`Interessekonflikt med ${fjordlys.name}`).selectOption('none');
    await kp.getByRole('button', { name: 'Gem erklæringen' }).click();
    await kp.getByRole('link', { name: `${havbrise.name}: Vælg en konflikt eller "Ingen interessekonflikt".` }).waitFor();
    await expectAccessible(kp);
    await kp.getByLabel(`Interessekonflikt med ${havbrise.name}`).selectOption('none');
    await kp.getByRole('button', { name: 'Gem erklæringen' }).click();
    await expectHeading(kp, 'Jury');
    await kp.getByText('Din erklæring er gemt. Du kan nu se dine besvarelser.').waitFor();
    await kp.getByText('Du er ikke tildelt nogen besvarelser endnu.').waitFor();
    await expectAccessible(kp);

    // --- The organiser follows the screening and assigns the entries with a seed. ---
    const organiserSession = await newSession();
    const op = organiserSession.page;
    await signIn(op, organiser.email);
    const workspace = `/organiser/challenges/${challengeId}`;
    await op.goto(workspace);
    await expectHeading(op, TITLE);
    await op.getByRole('navigation', { name: 'Afsnit i arbejdsområdet' }).getByRole('link', { name: 'Screening' }).click();
    await expectHeading(op, 'Screening', 2);
    const screeningBar = op.getByRole('progressbar', { name: /^Screening med regelsæt/ });
    await screeningBar.waitFor();
    expect(await screeningBar.getAttribute('aria-valuenow')).toBe('100');
    await op.getByText('2 af 2 screenet', { exact: false }).waitFor();
    await expectAccessible(op);
    await op.getByRole('link', { name: entryName(fjordlys), exact: true }).click();
    await expectHeading(op, `Screeningsrapport: ${entryName(fjordlys)}`, 2);
    await op.getByRole('heading', { name: 'Obligatoriske krav' }).waitFor();
    await op.getByRole('heading', { name: 'Identitet i en anonym bedømmelse' }).waitFor();
    await expectAccessible(op);

    await op.goto(`${workspace}/jury`);
    await expectHeading(op, 'Jury', 2);
    await op.getByRole('cell', { name: karen.email }).waitFor();
    await expectAccessible(op);
    await op.getByLabel('Seed').fill('udbud-2026-e2e');
    await op.getByRole('button', { name: 'Fordel besvarelserne' }).click();
    await op.getByText('Besvarelserne er fordelt (seed udbud-2026-e2e)').waitFor();
    await op.getByText('2 besvarelser har hver fået 2 jurymedlemmer.').waitFor();
    await op.getByRole('rowheader', { name: `${entryName(fjordlys)} – ${fjordlys.name}` }).waitFor();
    await expectAccessible(op);

    // --- The juror scores both entries, each criterion with a justification. ---
    await kp.reload();
    await expectHeading(kp, 'Jury');
    await kp.getByRole('link', { name: entryName(fjordlys), exact: true }).click();
    await expectHeading(kp, `Bedømmelse: ${entryName(fjordlys)}`);
    await kp.getByText('Anonym bedømmelse: virksomhedens navn', { exact: false }).waitFor();
    // Blind review: nothing on the page names the company.
    expect(await kp.locator('main').textContent()).not.toContain('Fjordlys');
    await expectAccessible(kp);
    // Submitting with nothing scored lists every missing score and reason.
    await kp.getByRole('button', { name: 'Indsend bedømmelsen' }).click();
    await kp.getByText('Bedømmelsen mangler 4 ting.').waitFor();
    await kp.getByRole('link', { name: 'Kvalitet: Skriv en begrundelse for pointene.' }).click();
    expect(await kp.evaluate(() => document.activeElement?.id)).toBe('jr-quality-justification');
    await expectAccessible(kp);
    await scoreAndSubmit(kp, [
      { criterion: 'Kvalitet', value: 8, justification: 'Sorterer testhenvendelserne præcist og forklarer hvert valg.' },
      { criterion: 'Gennemførlighed', value: 7, justification: 'Realistisk plan med drift i EU.' },
    ]);
    // Only now the panel's reviews show; the other juror has not submitted yet.
    await kp.getByRole('heading', { level: 2, name: 'Panelets bedømmelser' }).waitFor();
    await kp.getByText(/Juror [AB] \(dig\): 8/).waitFor();
    await expectAccessible(kp);

    await kp.getByRole('link', { name: 'Tilbage til juryoversigten' }).click();
    await expectHeading(kp, 'Jury');
    await kp.getByRole('link', { name: entryName(havbrise), exact: true }).click();
    await expectHeading(kp, `Bedømmelse: ${entryName(havbrise)}`);
    await scoreAndSubmit(kp, [
      { criterion: 'Kvalitet', value: 6, justification: 'Solid, men kræver manuel efterkontrol.' },
      { criterion: 'Gennemførlighed', value: 5, justification: 'Afhænger af en underleverandør uden for EU.' },
    ]);

    // The other juror disagrees on quality by 5 points (more than 30 % of 0–10): flagged.
    for (const [entryId, values] of [
      [fjordlys.entryId, { quality: 3, feasibility: 6 }],
      [havbrise.entryId, { quality: 6, feasibility: 6 }],
    ] as const) {
      const review = await lars.client.put(`/api/jury/reviews/${entryId}`, submittedReview(values));
      expect(review.status).toBe(200);
    }

    // --- The chair settles the flagged entry. ---
    await kp.getByRole('link', { name: 'Tilbage til juryoversigten' }).click();
    await expectHeading(kp, 'Jury');
    await kp.getByRole('link', { name: /^Fastsæt konsensus \(formand\)/ }).click();
    await expectHeading(kp, 'Konsensus');
    const flagged = kp.getByRole('article', { name: entryName(fjordlys) });
    await flagged.waitFor();
    expect(await kp.getByRole('article').count()).toBe(1);
    await flagged.getByText(/Juror [AB]: 3/).waitFor();
    await expectAccessible(kp);
    await flagged.getByLabel('Konsensusscore for Kvalitet').selectOption('6');
    await flagged.getByLabel('Begrundelse for Kvalitet').fill('Panelet enedes om 6: præcis sortering, men svag dokumentation af testdata.');
    await flagged.getByRole('button', { name: /^Gem konsensus/ }).click();
    await kp.getByText(`Konsensus for ${entryName(fjordlys)} er gemt.`).waitFor();
    await kp.getByText(/^Konsensus: 6 \(fastsat/).waitFor();
    await expectAccessible(kp);

    // --- The organiser reads agreement, follows the consensus and decides. ---
    await op.goto(`${workspace}/agreement`);
    await expectHeading(op, 'Enighed', 2);
    await op.getByRole('img', { name: /^Karen Juul \(Juror [AB]\):/ }).first().waitFor();
    await op.getByRole('cell', { name: '5 / 3' }).waitFor();
    await expectAccessible(op);
    await op.goto(`${workspace}/consensus`);
    await expectHeading(op, 'Konsensus', 2);
    await op.getByText('Kun formanden kan fastsætte konsensus. Du kan følge med her.').waitFor();
    await expectAccessible(op);

    await op.goto(`${workspace}/ranking`);
    await expectHeading(op, 'Rangordning og afgørelse', 2);
    await op.getByRole('table', { name: 'Foreløbig rangordning' }).waitFor();
    await op.getByRole('rowheader', { name: `${entryName(fjordlys)} – ${fjordlys.name}` }).waitFor();
    await expectAccessible(op);
    await op.getByRole('checkbox', { name: new RegExp(`${entryName(fjordlys)} – ${fjordlys.name}`) }).check();
    await op.getByLabel('Tildeling (fx kontrakt eller præmie)').fill('Kontrakt om sortering af borgerhenvendelser');
    await op.getByLabel('Tildelingens samlede beløb i kroner (alle vindere tilsammen)').fill('380000');
    await op.getByLabel('Begrundelse for afgørelsen').fill('Højeste samlede score efter den offentliggjorte metode, og over alle tærskler.');
    await op.getByRole('button', { name: 'Træf afgørelsen', exact: true }).click();
    await op.getByRole('dialog', { name: 'Træf afgørelsen?' }).waitFor();
    await expectAccessible(op);
    await op.getByRole('button', { name: 'Ja, træf afgørelsen' }).click();
    await op.getByText('Afgørelsen er truffet', { exact: true }).waitFor();
    await op.getByRole('table', { name: 'Endelig rangordning' }).waitFor();
    await op.getByText('Standstill-perioden slutter').waitFor();
    await expectAccessible(op);

    // --- The company reads its feedback: scores with justifications, jurors anonymous. ---
    const company = await newSession();
    const cp = company.page;
    await signIn(cp, fjordlys.founder.email);
    await cp.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine besvarelser' }).click();
    await expectHeading(cp, 'Mine besvarelser');
    await expectAccessible(cp);
    // The link names the challenge for screen readers (in a visually hidden part).
    await cp.getByRole('link', { name: new RegExp(`^Tilbagemelding\\W+${TITLE}$`) }).click();
    await expectHeading(cp, `Tilbagemelding: ${TITLE}`);
    await cp.getByText('Jeres besvarelse er valgt', { exact: true }).waitFor();
    await cp.getByText('Sorterer testhenvendelserne præcist og forklarer hvert valg.', { exact: false }).waitFor();
    await cp.getByText('Panelet enedes om 6', { exact: false }).waitFor();
    await cp.getByText('Standstill-perioden slutter').waitFor();
    const feedbackText = (await cp.locator('main').textContent()) ?? '';
    expect(feedbackText).not.toContain('Karen');
    expect(feedbackText).not.toContain('Lars');
    await expectAccessible(cp);
    await cp.getByRole('link', { name: 'Se jeres screeningsrapport' }).click();
    await expectHeading(cp, `Screeningsrapport: ${TITLE}`);
    await cp.getByRole('heading', { name: 'Score pr. område' }).waitFor();
    await expectAccessible(cp);

    // --- The organiser exports, watches the progress bar and downloads every file. ---
    await op.goto(`${workspace}/exports`);
    await expectHeading(op, 'Eksport', 2);
    await expectAccessible(op);
    await op.getByRole('button', { name: 'Start eksporten' }).click();
    const bar = op.getByRole('progressbar', { name: 'Eksporten dannes' });
    await bar.waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 600 && (await bar.getAttribute('aria-valuenow')) !== '100'; i += 1) {
      seen.add((await bar.getAttribute('aria-valuetext')) ?? '');
      if (await op.getByText(/^Fejlet:/).count()) break;
      await op.waitForTimeout(100);
    }
    expect(await bar.getAttribute('aria-valuetext')).toBe('Klar: 100 %');
    expect(seen.size).toBeGreaterThan(0);
    const files = op.getByRole('table', { name: 'Filer med SHA-256' });
    await files.waitFor();
    await expectAccessible(op);
    const downloaded = new Map<string, Buffer>();
    for (const name of EXPORT_FILES) {
      const row = files.getByRole('row').filter({ has: op.getByRole('link', { name, exact: true }) });
      const href = await row.getByRole('link', { name, exact: true }).getAttribute('href');
      const expected = ((await row.locator('code.hash').textContent()) ?? '').trim();
      const download = await op.request.get(href!);
      expect(download.status()).toBe(200);
      const bytes = await download.body();
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected);
      downloaded.set(name, bytes);
    }
    // The downloaded archive checks out against its own manifest.
    await op.getByLabel('Arkiv (archive.zip)').setInputFiles({ name: 'archive.zip', mimeType: 'application/zip', buffer: downloaded.get('archive.zip')! });
    await op.getByRole('button', { name: 'Kontrollér arkivet' }).click();
    await op.getByText('Arkivet er intakt', { exact: true }).waitFor();
    await expectAccessible(op);

    for (const session of sessions) expect(session.problems).toEqual([]);
  }, 300_000);
});
