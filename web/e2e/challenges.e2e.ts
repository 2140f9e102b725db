import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../../api/src/common/clock.js';
import { toCopenhagenInput } from '../src/components/challenges/copenhagen-time.js';
import { type BrowserSession, checkA11y, launchBrowser, openSession } from './support/browser.js';
import { DEMO_PASSWORD, type Platform, startPlatform } from './support/platform.js';

// The challenges and submissions flow as people use it: an organiser publishes a challenge, a
// new company registers and asks, the answer reaches everyone, and an entry gets a receipt.

let platform: Platform;
let browser: Browser;
const sessions: BrowserSession[] = [];
const HOUR = 3_600_000;
const TITLE = 'Tolkning af høringssvar med åbne modeller';
const QUESTION = 'Må løsningen bruge en sprogmodel, som vi selv hoster i Tyskland?';
const ANSWER = 'Ja, hosting i et EU-land er i orden, når databehandleraftalen følger de danske standardklausuler.';
// A checksum-valid CVR number that the demo data does not use (2·1+7·2+6·3+5·4+4·5+3·6+2·7+1·4 = 110).
const NEW_CVR = '12345674';
const MINIMAL_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
});

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
  await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByText(/Logget ind som/).waitFor();
}

/** Invites a participant as the admin (through the API) and returns the link from the outbox. */
async function inviteParticipant(email: string, name: string): Promise<string> {
  const admin = await newSession();
  const login = await admin.page.request.post('/api/auth/login', { data: { email: 'admin@fairpitch.local', password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const invited = await admin.page.request.post('/api/invitations', { data: { email, name, role: 'participant' } });
  expect(invited.status()).toBe(201);
  const mail = (await (await admin.page.request.get(`/api/admin/mail?q=${encodeURIComponent(email)}`)).json()) as { items: { body: string }[] };
  const link = /https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/.exec(mail.items[0]?.body ?? '')?.[0];
  expect(link).toBeDefined();
  return link!;
}

describe('challenges, questions and entries in the browser', () => {
  it('lets an organiser publish, a new company ask and enter, and everyone read the answer', async () => {
    // --- The organiser creates and publishes a challenge. ---
    const organiser = await newSession();
    const org = organiser.page;
    await signIn(org, 'organiser@fairpitch.local');
    await org.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Arrangør' }).click();
    await expectHeading(org, 'Arrangør');
    await org.getByRole('link', { name: 'AI-understøttelse af offentlige høringer' }).waitFor();
    await expectAccessible(org);

    await org.getByRole('link', { name: 'Ny udfordring' }).click();
    await expectHeading(org, 'Ny udfordring');
    await expectAccessible(org);
    await org.getByLabel('Titel').fill(TITLE);
    await org.getByLabel('Type').selectOption('challenge');
    await org.getByRole('button', { name: 'Opret kladde' }).click();
    await expectHeading(org, TITLE);
    await expectHeading(org, 'Kladde', 2);
    const workspace = new URL(org.url()).pathname;
    const challengeId = workspace.split('/').at(-1)!;

    // An empty draft lists what stops publication.
    await org.getByText('Før udfordringen kan offentliggøres').waitFor();
    await org.getByText('Tilføj mindst én fase.', { exact: false }).first().waitFor();

    await org.getByLabel('Titel', { exact: true }).fill(TITLE);
    await org.getByLabel('Forvaltning', { exact: true }).fill('Økonomiforvaltningen');
    await org.getByLabel('Resumé').fill('Hjælp os med at læse og gruppere tusindvis af høringssvar.');
    await org.getByLabel('Beskrivelse', { exact: true }).fill('## Udfordringen\nVi modtager **mange** høringssvar.');
    await org.getByLabel('Kontaktpersonens navn').fill('Otto Organiser');
    await org.getByLabel('Kontaktpersonens e-mailadresse').fill('organiser@fairpitch.local');
    await org.getByLabel('Opbevaring af besvarelser i dage').fill('365');

    // One submission phase, typed in Copenhagen time: open since an hour, closing in 30 days.
    await org.getByRole('button', { name: 'Tilføj fase' }).click();
    await org.getByLabel('Begynder (dansk tid)').fill(toCopenhagenInput(new Date(Date.now() - HOUR).toISOString()));
    await org.getByLabel('Slutter (dansk tid)').fill(toCopenhagenInput(new Date(Date.now() + 30 * 24 * HOUR).toISOString()));

    // The weight total is counted live by the shared rule.
    await org.getByRole('button', { name: 'Tilføj kriterium', exact: true }).click();
    await org.getByLabel('Titel (dansk)').fill('Kvalitet af opsummeringer');
    await org.getByLabel('Vægt i %').fill('80');
    await org.getByText('Vægte i alt: 80 %').waitFor();
    await org.getByText('Vægtene for kriterier, screening og pris skal tilsammen give præcis 100 %.').first().waitFor();
    await org.getByLabel('Vægt i %').fill('100');
    await org.getByText('Vægte i alt: 100 %').waitFor();
    await org.getByText('Metoden opfylder reglerne.').waitFor();
    await org.getByRole('group', { name: 'Obligatoriske screeningsregler' }).getByRole('checkbox').first().waitFor();
    await expectAccessible(org);

    await org.getByRole('button', { name: 'Gem kladden' }).click();
    await org.getByText('Kladden er gemt.').waitFor();
    await org.getByText('Kladden opfylder alle krav og kan offentliggøres.').waitFor();
    const draftHash = (await org.locator('.method-hash__value code').first().textContent())?.trim() ?? '';
    expect(draftHash).toMatch(/^[0-9a-f]{64}$/);

    await org.getByRole('button', { name: 'Offentliggør udfordringen' }).click();
    await org.getByRole('dialog', { name: 'Offentliggør udfordringen?' }).waitFor();
    await expectAccessible(org);
    await org.getByRole('button', { name: 'Ja, offentliggør' }).click();
    await org.getByText('Udfordringen er offentliggjort', { exact: true }).waitFor();
    await expectHeading(org, 'Oversigt', 2);
    expect(await org.locator('.method-hash__value code').first().textContent()).toBe(draftHash);
    await expectAccessible(org);

    // --- A new participant joins by invitation and registers a company. ---
    const link = await inviteParticipant('freja@tolkeriet.dk', 'Freja Frederiksen');
    const freja = await newSession();
    const fp = freja.page;
    await fp.goto(link);
    await expectHeading(fp, 'Accepter invitation');
    await fp.getByLabel('Vælg en adgangskode').fill('en lang og god adgangssætning');
    await fp.getByLabel('Gentag adgangskoden').fill('en lang og god adgangssætning');
    await fp.getByRole('button', { name: 'Opret konto og log ind' }).click();
    await fp.waitForURL((url) => url.pathname === '/account');

    await fp.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine virksomheder' }).click();
    await expectHeading(fp, 'Mine virksomheder');
    await expectAccessible(fp);
    await fp.getByRole('link', { name: 'Registrer en virksomhed' }).click();
    await expectHeading(fp, 'Registrer virksomhed');
    await expectAccessible(fp);
    await fp.getByLabel('Virksomhedens navn').fill('Tolkeriet ApS');
    await fp.getByLabel('Land').selectOption('DK');
    // A mistyped CVR number gets the server's own checksum message as soon as the field is left.
    await fp.getByLabel('CVR-nummer').fill('12345678');
    await fp.getByLabel('Størrelse').focus();
    await fp.getByText('CVR-nummeret findes ikke: kontrolcifferet passer ikke. Tjek for tastefejl.').waitFor();
    await expectAccessible(fp);
    await fp.getByLabel('CVR-nummer').fill(NEW_CVR);
    await fp.getByLabel('Størrelse').selectOption('micro');
    await fp.getByRole('button', { name: 'Registrer virksomheden' }).click();
    await expectHeading(fp, 'Tolkeriet ApS');
    await fp.getByText('Virksomheden er registreret. Du er dens administrator.').waitFor();
    await fp.getByRole('cell', { name: 'freja@tolkeriet.dk' }).waitFor();
    await expectAccessible(fp);

    // --- She finds the challenge, follows it and asks a question. ---
    await fp.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Udfordringer' }).click();
    await expectHeading(fp, 'Udfordringer');
    await fp.getByLabel('Søgeord').fill('høringssvar med åbne');
    await fp.getByRole('button', { name: 'Søg', exact: true }).click();
    await fp.getByText('Udfordringer fundet: 1').waitFor();
    await expectAccessible(fp);
    await fp.getByRole('link', { name: TITLE }).click();
    await expectHeading(fp, TITLE);
    expect(await fp.locator('.method-hash__value code').textContent()).toBe(draftHash);
    await fp.getByRole('button', { name: 'Tilmeld Tolkeriet ApS' }).click();
    await fp.getByText('Tolkeriet ApS følger nu udfordringen.').waitFor();
    await fp.getByLabel('Dit spørgsmål').fill(QUESTION);
    await fp.getByRole('button', { name: 'Send spørgsmålet' }).click();
    await fp.getByText('Dit spørgsmål er sendt.', { exact: false }).waitFor();
    await fp.getByText('Afventer svar').waitFor();
    await expectAccessible(fp);

    // --- The organiser answers; the answer is published to everyone. ---
    await org.goto(`${workspace}/questions`);
    await expectHeading(org, 'Spørgsmål', 2);
    await org.getByText(QUESTION).waitFor();
    expect(await org.locator('main').textContent()).not.toContain('Tolkeriet');
    await expectAccessible(org);
    await org.getByLabel('Svar', { exact: true }).fill(ANSWER);
    await org.getByRole('button', { name: /^Offentliggør svaret/ }).click();
    await org.getByText(/Svaret er offentliggjort som spørgsmål 1/).waitFor();
    await expectAccessible(org);

    // --- Another participant sees the answer, without who asked. ---
    const sami = await newSession();
    await signIn(sami.page, 'startup2@fairpitch.local');
    await sami.page.goto(`/challenges/${challengeId}`);
    await expectHeading(sami.page, TITLE);
    await sami.page.getByRole('heading', { name: `Spørgsmål 1: ${QUESTION}` }).waitFor();
    await sami.page.getByText(ANSWER).waitFor();
    expect(await sami.page.locator('main').textContent()).not.toContain('Tolkeriet');
    // Two companies: the question form asks on whose behalf.
    await sami.page.getByLabel('Spørg på vegne af').waitFor();
    await expectAccessible(sami.page);

    // --- Freja starts an entry, fills in what is required, uploads a PDF and submits. ---
    await fp.reload();
    await expectHeading(fp, TITLE);
    await fp.getByText(ANSWER).waitFor();
    await fp.getByText('Besvaret', { exact: true }).waitFor();
    await fp.getByRole('button', { name: 'Start en besvarelse' }).click();
    await expectHeading(fp, `Besvarelse: ${TITLE}`);
    await expectAccessible(fp);

    // Submitting an empty entry lists what is missing, each a link to its field.
    await fp.getByRole('button', { name: 'Indsend besvarelsen' }).click();
    await fp.getByText(/Besvarelsen mangler \d+ ting/).waitFor();
    await fp.getByRole('link', { name: 'Løsning, Titel: Feltet skal udfyldes.' }).click();
    expect(await fp.evaluate(() => document.activeElement?.id)).toBe('en-solution-title');
    await expectAccessible(fp);

    await fp.getByLabel('Titel', { exact: true }).fill('Tolk');
    await fp.getByLabel('Resumé').fill('Grupperer og opsummerer høringssvar med en åben sprogmodel hostet i EU.');
    await fp.getByLabel('Beskrivelse af løsningen').fill('Tolk læser alle svar og viser sagsbehandleren hvert synspunkt med kilder.');
    await fp.getByLabel('Modenhed (TRL)').selectOption('6');
    await fp.getByRole('button', { name: 'Tilføj teammedlem' }).click();
    await fp.getByLabel('Navn på teammedlem 1').fill('Freja Frederiksen');
    await fp.getByLabel('Rolle for teammedlem 1').fill('Direktør');
    await fp.getByLabel('Lande, hvor data opbevares og behandles').fill('DK, DE');
    await fp.getByLabel('Tilføj dokumenter').setInputFiles({ name: 'loesningsbeskrivelse.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
    await fp.getByText('loesningsbeskrivelse.pdf er tilføjet.').waitFor();
    await fp.getByLabel('Vi accepterer udfordringens vilkår.').check();
    await fp.getByLabel('Vi accepterer vilkårene om immaterielle rettigheder.').check();
    await fp.getByRole('group', { name: /Har I forbindelser til kommunens medarbejdere/ }).getByLabel('Nej').check();
    await fp.getByText(/^Gemt /).waitFor();
    await expectAccessible(fp);

    await fp.getByRole('button', { name: 'Indsend besvarelsen' }).click();
    await fp.getByText('Besvarelsen er modtaget', { exact: true }).waitFor();
    const receiptHash = (await fp.locator('.alert--success code.hash').textContent())?.trim() ?? '';
    expect(receiptHash).toMatch(/^[0-9a-f]{64}$/);
    await fp.getByText('Indsendt', { exact: true }).first().waitFor();
    await fp.getByRole('button', { name: /^Kontrollér kvitteringen\W+Revision 1$/ }).click();
    await fp.getByText(/Kvitteringen passer: platformen har revision 1/).waitFor();
    await expectAccessible(fp);

    await fp.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine besvarelser' }).click();
    await expectHeading(fp, 'Mine besvarelser');
    await fp.getByRole('link', { name: TITLE, exact: true }).waitFor();
    await expectAccessible(fp);

    // --- The organiser sees counts only: the entry is sealed until the deadline. ---
    await org.goto(`${workspace}/entries`);
    await expectHeading(org, 'Besvarelser', 2);
    await org.getByText('Forseglet indtil fristen').waitFor();
    expect(await org.locator('.stat-grid').textContent()).toContain('Indsendt1');
    expect(await org.locator('main').textContent()).not.toContain('Tolk læser alle svar');
    await expectAccessible(org);

    for (const path of ['status', 'team']) {
      await org.goto(`${workspace}/${path}`);
      await org.locator('main h2').first().waitFor();
      await expectAccessible(org);
    }

    // --- The deadline moves for everyone, by a published amendment. ---
    await org.goto(`${workspace}/amendments`);
    await expectHeading(org, 'Rettelser', 2);
    await expectAccessible(org);
    await org.getByLabel('Begrundelse').fill('Fristen forlænges en dag, fordi et spørgsmål blev besvaret sent.');
    await org.getByLabel('Slutter (dansk tid)').fill(toCopenhagenInput(new Date(Date.now() + 31 * 24 * HOUR).toISOString()));
    await org.getByRole('button', { name: 'Offentliggør rettelsen' }).click();
    await org.getByRole('dialog', { name: 'Offentliggør rettelsen?' }).waitFor();
    await org.getByRole('button', { name: 'Ja, offentliggør' }).click();
    await org.getByText(/Rettelse nr\. 1 er offentliggjort og sendt til [1-9]\d* modtager/).waitFor();
    await org.getByRole('heading', { level: 4, name: 'Rettelse nr. 1' }).waitFor();
    await expectAccessible(org);

    // The public list and detail, signed out.
    const visitor = await newSession();
    await visitor.page.goto('/challenges');
    await expectHeading(visitor.page, 'Udfordringer');
    await visitor.page.getByRole('link', { name: TITLE }).waitFor();
    await expectAccessible(visitor.page);
    await visitor.page.goto(`/challenges/${challengeId}`);
    await expectHeading(visitor.page, TITLE);
    await visitor.page.getByText(ANSWER).waitFor();
    await visitor.page.getByText('Fristen forlænges en dag, fordi et spørgsmål blev besvaret sent.').waitFor();
    await expectAccessible(visitor.page);

    for (const session of sessions) expect(session.problems).toEqual([]);
  });

  it('lets a person register for a hackathon, form a team on the event day, and the organiser see it', async () => {
    const anonymous = await newSession();
    const list = (await (await anonymous.page.request.get('/api/challenges?type=hackathon')).json()) as { items: { id: string; title: string }[] };
    const hackathon = list.items.find((c) => c.title === 'Hack the Climate Harbour')!;
    const detail = (await (await anonymous.page.request.get(`/api/challenges/${hackathon.id}`)).json()) as { phases: { kind: string; startsAt: string }[] };
    const eventDay = detail.phases.find((p) => p.kind === 'event-day')!;
    // Stand on the API's clock an hour into the event day; sessions keep real time.
    const clock = platform.app.get(Clock);
    clock.freezeAt(new Date(Date.parse(eventDay.startsAt) + HOUR));
    try {
      const sofie = await newSession();
      const sp = sofie.page;
      await signIn(sp, 'startup@fairpitch.local');
      await sp.goto(`/challenges/${hackathon.id}`);
      await expectHeading(sp, 'Hack the Climate Harbour');
      await sp.getByRole('button', { name: 'Tilmeld dig eventet' }).click();
      await sp.getByText(/Du er tilmeldt eventet/).waitFor();
      await sp.getByLabel('Holdets navn').fill('Havnehackerne');
      await sp.getByRole('button', { name: 'Dan holdet' }).click();
      await sp.getByText('Holdet Havnehackerne er dannet.').waitFor();
      // The new team can start the entry, beside the company Sofie already belongs to.
      await sp.getByLabel('Besvarelse for').locator('option', { hasText: 'Havnehackerne (hackathonhold)' }).waitFor({ state: 'attached' });
      await expectAccessible(sp);

      await sp.getByRole('link', { name: 'Invitér medlemmer på holdets side' }).click();
      await expectHeading(sp, 'Havnehackerne');
      await sp.getByText('Hackathonhold', { exact: true }).waitFor();
      await sp.getByRole('heading', { name: 'Invitér et holdmedlem' }).waitFor();
      await expectAccessible(sp);

      const organiser = await newSession();
      const org = organiser.page;
      await signIn(org, 'organiser@fairpitch.local');
      await org.goto(`/organiser/challenges/${hackathon.id}`);
      await org.getByRole('heading', { level: 3, name: 'Eventet' }).waitFor();
      await org.getByRole('row', { name: /Havnehackerne\s+1/ }).waitFor();
      await expectAccessible(org);
      for (const session of [sofie, organiser]) expect(session.problems).toEqual([]);
    } finally {
      clock.freezeAt(null);
    }
  });
});
