import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Debian's chromium (CHROMIUM_PATH overrides the path), headless and quiet. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and Content-Security-Policy refusals seen so far. */
  problems: string[];
}

/** A fresh browser profile (no cookies, no storage), as a new person on a new machine. */
export async function openSession(browser: Browser, baseURL: string): Promise<BrowserSession> {
  const context = await browser.newContext({ baseURL, locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return { context, page, problems };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

export interface A11yResult {
  violations: AxeViolation[];
  /** One line per violation and element, for assertion messages. */
  summary: string;
}

/**
 * Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now. axe is evaluated
 * through the DevTools protocol rather than a <script> tag, because the app's Content
 * Security Policy (rightly) refuses inline scripts.
 */
export async function checkA11y(page: Page): Promise<A11yResult> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; helpUrl: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, WCAG_TAGS);
  const url = page.url();
  const summary = violations.length
    ? [`${violations.length} accessibility violation(s) on ${url}:`, ...violations.flatMap((v) => v.targets.map((t) => `  [${v.impact}] ${v.id}: ${v.help} — ${t} (${v.helpUrl})`))].join('\n')
    : `no violations on ${url}`;
  return { violations, summary };
}
