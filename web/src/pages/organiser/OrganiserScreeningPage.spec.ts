import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHALLENGE } from '../../testing/fixtures.js';
import { STAFF, renderWithApp, stubFetch } from '../../testing/render.js';
import OrganiserScreeningPage from './OrganiserScreeningPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const PROGRESS = `/api/challenges/${CHALLENGE.id}/screening/progress`;
const ENTRIES = `/api/challenges/${CHALLENGE.id}/entries?status=submitted`;
const REPORTS = `/api/challenges/${CHALLENGE.id}/screening/reports`;
const PER_ENTRY = /^\/api\/entries\/[^/]+\/screening$/;
const ENTRY = { id: 'e1', challengeId: CHALLENGE.id, status: 'submitted', label: 1, company: { id: 'k1', name: 'Høringsdata ApS', country: 'DK', cvr: null, registrationNumber: null, sizeClass: 'micro' }, revision: 1, submittedAt: '', receiptHash: '', content: {}, attachments: [], withdrawnAt: null };
const FAILED_JOB = { jobId: 'screen:e2', entryId: 'e2', revision: 1, attempts: 3, error: 'document store unreachable', updatedAt: '2026-12-21T10:00:00.000Z' };
const progress = (queued: number, running: number, done: number, failed = 0) => ({
  challengeId: CHALLENGE.id,
  rulesetVersion: '2026.11.1',
  queued,
  running,
  done,
  failed,
  total: queued + running + done + failed,
  failedJobs: failed ? [FAILED_JOB] : [],
});
const REPORT = {
  entryId: 'e1',
  revision: 1,
  rulesetVersion: '2026.11.1',
  inputHash: 'f'.repeat(64),
  status: 'done',
  createdAt: '2026-12-21T10:00:00.000Z',
  areas: { security: { score: 85 }, 'data-protection': { score: 60 }, climate: { score: null }, sovereignty: { score: 100 } },
  findings: [],
  mandatory: { requirements: [], allPassed: true, provisionallyInadmissible: false, pendingOrganiserConfirmation: false },
  decisions: [],
  responses: [],
};

describe('OrganiserScreeningPage', () => {
  it('polls the counts while jobs are queued or running, moves the bar, and stops when all are done', async () => {
    const answers = [progress(1, 1, 0), progress(0, 1, 1), progress(0, 0, 2)];
    const calls = stubFetch((call) => {
      if (call.url === PROGRESS) return { status: 200, body: answers[Math.min(answers.length - 1, calls.filter((c) => c.url === PROGRESS).length - 1)] };
      if (call.url === ENTRIES) return { status: 200, body: [ENTRY] };
      if (call.url === REPORTS) return { status: 200, body: [REPORT] };
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(OrganiserScreeningPage, { user: STAFF, props: { challenge: CHALLENGE, pollMs: 30 } });
    await flushPromises();
    const bar = () => wrapper.find('[role=progressbar]');
    const seen: string[] = [];
    await vi.waitFor(() => {
      seen.push(`${bar().attributes('aria-valuenow')}: ${bar().attributes('aria-valuetext')}`);
      expect(bar().attributes('aria-valuenow')).toBe('100');
    });
    expect(seen[0]).toMatch(/^(0: 0 af 2 screenet · 1 kører · 1 i kø|50: 1 af 2 screenet · 1 kører · 0 i kø) · 0 fejlet$/);
    expect(seen.at(-1)).toBe('100: 2 af 2 screenet · 0 kører · 0 i kø · 0 fejlet');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls.filter((c) => c.url === PROGRESS)).toHaveLength(3);
    // The report list follows along: scores per area for each entry.
    expect(wrapper.find('table').text()).toContain('Høringsdata ApS');
    expect(wrapper.find('table').text()).toContain('85');
    expect(calls.filter((c) => PER_ENTRY.test(c.url))).toEqual([]);
    unmount();
  });

  it('loads every entry’s report in one request and shows scores, mandatory outcome, job state and a link per entry', async () => {
    const entry = (id: string, label: number, name: string) => ({ ...ENTRY, id, label, company: { ...ENTRY.company, id: `k-${id}`, name } });
    const blocked = {
      ...REPORT,
      entryId: 'e2',
      areas: { security: { score: 40 }, 'data-protection': { score: 12 }, climate: { score: 70 }, sovereignty: { score: 55 } },
      mandatory: { requirements: [{ ruleId: 'data-protection.cpr-numbers', outcome: 'fail', blockerFailed: true }], allPassed: false, provisionallyInadmissible: true, pendingOrganiserConfirmation: true },
    };
    const calls = stubFetch((call) => {
      if (call.url === PROGRESS) return { status: 200, body: progress(1, 0, 2) };
      if (call.url === ENTRIES) return { status: 200, body: [entry('e1', 1, 'Første ApS'), entry('e2', 2, 'Anden ApS'), entry('e3', 3, 'Tredje ApS')] };
      if (call.url === REPORTS) return { status: 200, body: [REPORT, blocked, { entryId: 'e3', revision: 1, status: 'queued', error: null }] };
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(OrganiserScreeningPage, { user: STAFF, props: { challenge: CHALLENGE, pollMs: 60_000 } });
    await flushPromises();
    expect(calls.filter((c) => c.url === REPORTS)).toHaveLength(1);
    expect(calls.filter((c) => PER_ENTRY.test(c.url))).toEqual([]);
    const rows = wrapper.find('[aria-labelledby=screening-entries] table').findAll('tbody tr');
    expect(rows.map((row) => row.findAll('th, td').map((cell) => cell.text()))).toEqual([
      ['Besvarelse 1', 'Første ApS', 'Færdig', '85', '60', '–', '100', '–'],
      ['Besvarelse 2', 'Anden ApS', 'Færdig', '40', '12', '70', '55', 'Blokerende fund'],
      ['Besvarelse 3', 'Tredje ApS', 'I kø', '–', '–', '–', '–', '–'],
    ]);
    expect(rows.map((row) => row.find('a').attributes('href'))).toEqual(['e1', 'e2', 'e3'].map((id) => `/organiser/challenges/${CHALLENGE.id}/screening/${id}`));
    unmount();
  });

  it('lists failed jobs with their errors and re-runs the screening on request', async () => {
    let reran = false;
    const calls = stubFetch((call) => {
      if (call.url === PROGRESS) return { status: 200, body: reran ? progress(1, 0, 1) : progress(0, 0, 1, 1) };
      if (call.url === ENTRIES) return { status: 200, body: [] };
      if (call.method === 'POST' && call.url.endsWith('/screening/rerun')) {
        reran = true;
        return { status: 202, body: { challengeId: CHALLENGE.id, rulesetVersion: '2026.11.1', entries: 2, queued: 1 } };
      }
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(OrganiserScreeningPage, { user: STAFF, props: { challenge: CHALLENGE, pollMs: 60_000 } });
    await flushPromises();
    const failed = wrapper.find('[aria-labelledby=screening-failed]');
    expect(failed.text()).toContain('document store unreachable');
    expect(failed.text()).toContain('3');
    await wrapper.findAll('button').find((b) => b.text() === 'Screen alle besvarelser igen')!.trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(wrapper.text()).toContain('1 af 2 besvarelser er sat i kø med regelsæt 2026.11.1.');
    expect(wrapper.find('[role=progressbar]').attributes('aria-valuetext')).toBe('1 af 2 screenet · 0 kører · 1 i kø · 0 fejlet');
    unmount();
  });

  it('says the reports wait for the opening while the entries are sealed', async () => {
    stubFetch((call) => {
      if (call.url === PROGRESS) return { status: 200, body: progress(0, 0, 0) };
      if (call.url === ENTRIES) return { status: 403, body: { code: 'entry.sealed', message: 'Forseglet.' } };
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(OrganiserScreeningPage, { user: STAFF, props: { challenge: CHALLENGE } });
    await flushPromises();
    expect(wrapper.text()).toContain('Besvarelserne er forseglet indtil fristen.');
    expect(wrapper.find('[role=progressbar]').attributes('aria-valuenow')).toBeUndefined();
    unmount();
  });
});
