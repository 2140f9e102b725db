import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHALLENGE } from '../../testing/fixtures.js';
import { PARTICIPANT, renderWithApp, stubFetch } from '../../testing/render.js';
import JuryConflictsPage from './JuryConflictsPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const MINE = `/api/challenges/${CHALLENGE.id}/jury/conflicts/mine`;
const FORM = {
  challengeId: CHALLENGE.id,
  complete: false,
  companies: [
    { companyId: 'k1', name: 'Fjordlys ApS', declaration: null },
    { companyId: 'k2', name: 'Havbrise A/S', declaration: null },
  ],
};

async function open() {
  const calls = stubFetch((call) => {
    if (call.method === 'GET' && call.url === `/api/challenges/${CHALLENGE.id}`) return { status: 200, body: CHALLENGE };
    if (call.method === 'GET' && call.url === MINE) return { status: 200, body: FORM };
    if (call.method === 'PUT' && call.url === MINE) return { status: 200, body: { ...FORM, complete: true } };
    return undefined;
  });
  const rendered = await renderWithApp(JuryConflictsPage, { route: `/jury/challenges/${CHALLENGE.id}/conflicts`, user: PARTICIPANT, props: { challengeId: CHALLENGE.id } });
  await flushPromises();
  return { calls, ...rendered };
}

describe('JuryConflictsPage', () => {
  it('asks about every company by name only, with nothing chosen in advance', async () => {
    const { wrapper, calls, unmount } = await open();
    expect(wrapper.findAll('legend').map((l) => l.text())).toEqual(['Fjordlys ApS', 'Havbrise A/S']);
    expect((wrapper.find('#jc-0-kind').element as HTMLSelectElement).value).toBe('');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.findAll('.issue-list a').map((a) => a.text())).toEqual([
      'Fjordlys ApS: Vælg en konflikt eller "Ingen interessekonflikt".',
      'Havbrise A/S: Vælg en konflikt eller "Ingen interessekonflikt".',
    ]);
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    unmount();
  });

  it('needs a note for a conflict, then saves every answer and returns to the jury overview', async () => {
    const { wrapper, calls, router, unmount } = await open();
    await wrapper.find('#jc-0-kind').setValue('none');
    await wrapper.find('#jc-1-kind').setValue('employment');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.findAll('.issue-list a').map((a) => a.text())).toEqual(['Havbrise A/S: Beskriv konflikten.']);
    await wrapper.find('#jc-1-note').setValue('Ansat der indtil 2025.');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      declarations: [
        { companyId: 'k1', kind: 'none', note: '' },
        { companyId: 'k2', kind: 'employment', note: 'Ansat der indtil 2025.' },
      ],
    });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('jury'));
    unmount();
  });
});
