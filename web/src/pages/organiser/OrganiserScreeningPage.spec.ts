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
      if (call.url === '/api/entries/e1/screening') return { status: 200, body: REPORT };
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
