import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportView } from '../../api/client.js';
import { CHALLENGE } from '../../testing/fixtures.js';
import { STAFF, renderWithApp, stubFetch } from '../../testing/render.js';
import OrganiserExportsPage from './OrganiserExportsPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const LIST = `/api/challenges/${CHALLENGE.id}/exports`;
const ID = 'x0000000-0000-4000-8000-000000000001';
const view = (status: ExportView['status'], progress: number): ExportView => ({
  id: ID,
  challengeId: CHALLENGE.id,
  status,
  progress,
  draft: true,
  options: { language: 'da', separator: ';', jurorsDisclosed: false },
  files: status === 'done' ? [{ name: 'ranking.csv', sha256: 'a'.repeat(64), size: 2048 }, { name: 'archive.zip', sha256: 'b'.repeat(64), size: 4096 }] : [],
  error: null,
  snapshotHash: null,
  createdAt: '2026-12-21T10:00:00.000Z',
  finishedAt: null,
});

describe('OrganiserExportsPage', () => {
  it('starts an export with the chosen options, follows its progress and offers the files with their SHA-256', async () => {
    const states = [view('queued', 0), view('running', 40), view('running', 80), view('done', 100)];
    let polled = 0;
    const calls = stubFetch((call) => {
      if (call.method === 'GET' && call.url === LIST) return { status: 200, body: [] };
      if (call.method === 'POST' && call.url === LIST) return { status: 202, body: { id: ID } };
      if (call.method === 'GET' && call.url === `/api/exports/${ID}`) return { status: 200, body: states[Math.min(polled++, states.length - 1)] };
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(OrganiserExportsPage, { user: STAFF, props: { challenge: CHALLENGE, pollMs: 5 } });
    await flushPromises();
    expect(wrapper.text()).toContain('Afgørelsen er ikke truffet: eksporten markeres KLADDE');
    await wrapper.find('select').setValue('en');
    await flushPromises();
    await wrapper.find('input[type=checkbox]').setValue(true);
    await wrapper.findAll('button').find((b) => b.text() === 'Start eksporten')!.trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ language: 'en', separator: ',', jurorsDisclosed: true });

    const bar = () => wrapper.find('[role=progressbar]');
    const seen = new Set<string | undefined>();
    await vi.waitFor(() => {
      seen.add(bar().attributes('aria-valuenow'));
      expect(bar().attributes('aria-valuenow')).toBe('100');
    });
    expect(seen.size).toBeGreaterThan(1);
    await flushPromises();
    const files = wrapper.find('[aria-labelledby=exports-current] table');
    const link = files.find('a[download]');
    expect(link.text()).toBe('ranking.csv');
    expect(link.attributes('href')).toBe(`/api/exports/${ID}/files/ranking.csv`);
    expect(files.text()).toContain('a'.repeat(64));
    // Done: no more polling.
    const gets = calls.filter((c) => c.url === `/api/exports/${ID}`).length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls.filter((c) => c.url === `/api/exports/${ID}`)).toHaveLength(gets);
    unmount();
  });

  it('shows why an export failed', async () => {
    stubFetch((call) => {
      if (call.url === LIST) return { status: 200, body: [{ ...view('failed', 30), error: 'the OCDS release package does not validate: /releases/0/tender' }] };
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(OrganiserExportsPage, { user: STAFF, props: { challenge: CHALLENGE } });
    await flushPromises();
    expect(wrapper.find('[role=alert]').text()).toBe('the OCDS release package does not validate: /releases/0/tender');
    expect(wrapper.find('[role=progressbar]').attributes('aria-valuetext')).toBe('Fejlet: 30 %');
    unmount();
  });
});
