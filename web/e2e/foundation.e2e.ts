import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../src/api/client.js';
import { type BrowserSession, checkA11y, launchBrowser, openSession } from './support/browser.js';
import { DEMO_PASSWORD, type Platform, startPlatform } from './support/platform.js';

let platform: Platform;
let browser: Browser;
const sessions: BrowserSession[] = [];

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

/** Waits for the page's h1 and returns its text. */
async function heading(page: Page): Promise<string> {
  const h1 = page.locator('main h1');
  await h1.waitFor();
  return (await h1.textContent())?.trim() ?? '';
}

/** Waits until the page's h1 says `text` (pages load lazily after a click), then checks it. */
async function expectHeading(page: Page, text: string): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name: text, exact: true })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  expect(await heading(page)).toBe(text);
}

async function expectAccessible(page: Page): Promise<void> {
  // Compared as text, so a failure lists each rule, element and help link.
  const { summary } = await checkA11y(page);
  expect(summary).toBe(`no violations on ${page.url()}`);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByText(/Logget ind som/).waitFor();
}

describe('the web shell, signed out', () => {
  it('has no WCAG 2.1 A/AA violations on any page', async () => {
    const { page, problems } = await newSession();

    await page.goto('/');
    await expectHeading(page, 'Fair konkurrence om kommunens udfordringer');
    expect(await page.title()).toBe('Fair konkurrence om kommunens udfordringer – Fairpitch');
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    await expectAccessible(page);

    await page.goto('/login');
    await expectHeading(page, 'Log ind');
    await expectAccessible(page);

    // A failed sign-in shows an alert; the page must stay accessible with it.
    await page.getByLabel('E-mailadresse').fill('admin@fairpitch.local');
    await page.getByLabel('Adgangskode').fill('not the password');
    await page.getByRole('button', { name: 'Log ind' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Forkert e-mail eller adgangskode.');
    await expectAccessible(page);

    await page.goto('/invitation/this-token-was-never-issued-000');
    await expectHeading(page, 'Invitationen kan ikke bruges');
    await expectAccessible(page);

    await page.goto('/no/such/page');
    await expectHeading(page, 'Siden findes ikke');
    await expectAccessible(page);

    expect(problems).toEqual([]);
  });

  it('sends readers of protected pages to sign in, remembering where they were going', async () => {
    const { page } = await newSession();
    for (const path of ['/account', '/admin/users']) {
      await page.goto(path);
      await page.waitForURL((url) => url.pathname === '/login');
      expect(new URL(page.url()).searchParams.get('next')).toBe(path);
      await expectHeading(page, 'Log ind');
    }
  });

  it('makes the skip link the first tab stop, and it moves focus to the main content', async () => {
    const { page } = await newSession();
    await page.goto('/');
    await heading(page);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ className: document.activeElement?.className, text: document.activeElement?.textContent?.trim() }));
    expect(first).toEqual({ className: 'skip-link', text: 'Gå til hovedindhold' });
    // Focused, the link is visible (it sits off-screen otherwise).
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('the web shell, signed in', () => {
  it('lets an admin invite a colleague who accepts from the outbox link, switches language and signs out', async () => {
    const admin = await newSession();
    const { page } = admin;

    await signIn(page, 'admin@fairpitch.local', DEMO_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Brugermenu' }).getByRole('link', { name: 'Min konto' }).click();
    await expectHeading(page, 'Min konto');
    // After a page change focus moves to the new heading, as after a full page load.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Min konto');
    expect(await page.title()).toBe('Min konto – Fairpitch');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Brugermenu' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 2, name: 'Brugere' }).waitFor();
    await page.getByRole('cell', { name: 'organiser@fairpitch.local' }).waitFor();
    expect(await page.title()).toBe('Brugere – Administration – Fairpitch');
    await expectAccessible(page);

    // Invite a colleague.
    await page.getByRole('navigation', { name: 'Administrationsafsnit' }).getByRole('link', { name: 'Inviter en person' }).click();
    await page.getByRole('heading', { level: 2, name: 'Inviter en person' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('E-mailadresse').fill('nora.nielsen@example.dk');
    await page.getByLabel('Navn', { exact: true }).fill('Nora Nielsen');
    await page.getByLabel('Rolle').selectOption('staff');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitationen til nora.nielsen@example.dk er sendt.').waitFor();
    await page.getByRole('cell', { name: 'nora.nielsen@example.dk' }).waitFor();
    await expectAccessible(page);

    // Find the mail in the outbox and its link.
    await page.getByRole('link', { name: 'Se udbakken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mail-udbakke' }).waitFor();
    const mail = page.locator('.mail').filter({ hasText: 'nora.nielsen@example.dk' });
    await mail.locator('summary').click();
    await expectAccessible(page);
    const link = mail.getByRole('link', { name: /\/invitation\// }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${platform.baseUrl}/invitation/[A-Za-z0-9_-]{20,}$`));

    // Following the link while signed in as someone else shows the invitation with a warning.
    await link.click();
    await expectHeading(page, 'Accepter invitation');
    await page.getByText('Du er logget ind som Ada Admin.', { exact: false }).waitFor();
    await expectAccessible(page);

    // The audit trail holds the invitation and its chain verifies.
    await page.goto('/admin/audit');
    await page.getByRole('heading', { level: 2, name: 'Revisionslog' }).waitFor();
    await page.getByRole('cell', { name: 'invitation.created' }).waitFor();
    await page.getByRole('button', { name: 'Kontrollér kæden' }).click();
    const verdict = page.getByTestId('audit-verification');
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/Kæden er intakt: \d+ rækker kontrolleret\./);
    await expectAccessible(page);

    await page.goto('/does-not-exist');
    await expectHeading(page, 'Siden findes ikke');
    await expectAccessible(page);

    // The invited colleague, in a browser of her own.
    const nora = await newSession();
    await nora.page.goto(href!);
    await expectHeading(nora.page, 'Accepter invitation');
    await nora.page.getByText('Nora Nielsen (nora.nielsen@example.dk) er inviteret til Fairpitch som Kommunal medarbejder.').waitFor();
    await expectAccessible(nora.page);

    // A too-short password is caught before the server sees it, in the server's words.
    await nora.page.getByLabel('Vælg en adgangskode').fill('for kort');
    await nora.page.getByLabel('Gentag adgangskoden').fill('for kort');
    await nora.page.getByRole('button', { name: 'Opret konto og log ind' }).click();
    await nora.page.getByRole('alert').waitFor();
    expect(await nora.page.locator('.form-field__error').first().textContent()).toContain('Adgangskoden skal være på mindst 12 tegn.');
    await expectAccessible(nora.page);

    await nora.page.getByLabel('Vælg en adgangskode').fill('en lang og god adgangssætning');
    await nora.page.getByLabel('Gentag adgangskoden').fill('en lang og god adgangssætning');
    await nora.page.getByRole('button', { name: 'Opret konto og log ind' }).click();
    await nora.page.waitForURL((url) => url.pathname === '/account');
    await expectHeading(nora.page, 'Min konto');
    await nora.page.getByText('Velkommen, Nora Nielsen.', { exact: false }).waitFor();
    expect(await nora.page.getByRole('navigation', { name: 'Brugermenu' }).textContent()).toContain('Logget ind som Nora Nielsen');
    await expectAccessible(nora.page);

    // Staff are not admins: the admin address shows "no access".
    await nora.page.goto('/admin/users');
    await expectHeading(nora.page, 'Ingen adgang');
    await expectAccessible(nora.page);

    // Switch to English: texts, <html lang> and the title change, and the choice survives a reload.
    await nora.page.goto('/account');
    await heading(nora.page);
    await nora.page.getByRole('button', { name: 'English' }).click();
    await nora.page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await expectHeading(nora.page, 'My account');
    expect(await nora.page.title()).toBe('My account – Fairpitch');
    expect(await nora.page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await expectAccessible(nora.page);
    await nora.page.reload();
    await expectHeading(nora.page, 'My account');
    expect(await nora.page.locator('html').getAttribute('lang')).toBe('en');
    // The profile kept the choice too.
    const me = await nora.page.request.get('/api/auth/me');
    expect((await me.json()).locale).toBe('en');

    // Sign out: back home, signed out, and the session is gone on the server.
    await nora.page.getByRole('button', { name: 'Sign out' }).click();
    await nora.page.waitForURL((url) => url.pathname === '/');
    await nora.page.getByText('You are now signed out.').waitFor();
    expect(await nora.page.getByRole('navigation', { name: 'User menu' }).getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);
    expect((await nora.page.request.get('/api/auth/me')).status()).toBe(401);
    await expectAccessible(nora.page);

    for (const session of sessions) expect(session.problems).toEqual([]);
  });
});

describe('the accessibility check', () => {
  it('reports a known violation, so a clean result means something', async () => {
    const { page } = await newSession();
    await page.goto('/');
    await heading(page);
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('input')));
    const { violations, summary } = await checkA11y(page);
    expect(violations.map((v) => v.id)).toContain('label');
    expect(summary).toContain('Form elements must have labels');
  });
});

describe('the API client', () => {
  it('calls only endpoints that the API’s OpenAPI document describes', async () => {
    const response = await fetch(`${platform.baseUrl}/api/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    const missing = Object.entries(ENDPOINTS)
      .filter(([, endpoint]) => !document.paths[endpoint.path.replace(/:(\w+)/g, '{$1}')]?.[endpoint.method.toLowerCase()])
      .map(([name, endpoint]) => `${name}: ${endpoint.method} ${endpoint.path}`);
    expect(missing).toEqual([]);
  });
});
