import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHALLENGE, ENTRY } from '../../testing/fixtures.js';
import { PARTICIPANT, renderWithApp, stubFetch } from '../../testing/render.js';
import EntryEditorPage from './EntryEditorPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const ENTRY_URL = `/api/entries/${ENTRY.id}`;

async function open(handler: Parameters<typeof stubFetch>[0]) {
  const calls = stubFetch((call) => {
    if (call.method === 'GET' && call.url === `/api/challenges/${CHALLENGE.id}`) return { status: 200, body: CHALLENGE };
    return handler(call);
  });
  const rendered = await renderWithApp(EntryEditorPage, { route: `/entries/${ENTRY.id}`, user: PARTICIPANT, props: { id: ENTRY.id, autosaveDelayMs: 0 } });
  await flushPromises();
  return { calls, ...rendered };
}

describe('EntryEditorPage', () => {
  it('saves a change with the version it loaded and says so in a live region', async () => {
    const { wrapper, calls, unmount } = await open((call) => {
      if (call.method === 'GET' && call.url === ENTRY_URL) return { status: 200, body: ENTRY };
      if (call.method === 'PATCH') return { status: 200, body: { ...ENTRY, version: 4, content: (call.body as { content: unknown }).content } };
      return undefined;
    });
    await wrapper.find('#en-solution-summary').setValue('Opsummerer høringssvar.');
    await vi.waitFor(() => expect(wrapper.find('[role=status].save-state').text()).toMatch(/^Gemt /));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.body).toEqual({ version: 3, content: { solution: { title: 'Tolk', summary: 'Opsummerer høringssvar.' } } });
    unmount();
  });

  it('stops saving when a colleague saved first, explains it and reloads their version on request', async () => {
    let gets = 0;
    const newer = { ...ENTRY, version: 5, content: { solution: { title: 'Tolk 2.0', summary: 'Kollegaens tekst' } } };
    const { wrapper, calls, unmount } = await open((call) => {
      if (call.method === 'GET' && call.url === ENTRY_URL) return { status: 200, body: gets++ === 0 ? ENTRY : newer };
      if (call.method === 'PATCH') {
        return { status: 409, body: { code: 'entry.stale-version', message: 'Data er ændret af en anden i mellemtiden.' } };
      }
      return undefined;
    });
    await wrapper.find('#en-solution-summary').setValue('Min tekst');
    await vi.waitFor(() => expect(wrapper.text()).toContain('En kollega har gemt i mellemtiden'));
    expect(wrapper.find('[role=status].save-state').text()).toBe('Ikke gemt: en kollega har gemt en nyere version.');

    // No further saves while in conflict: the colleague's work is not overwritten.
    await wrapper.find('#en-solution-summary').setValue('Endnu mere tekst');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);

    await wrapper.findAll('button').find((b) => b.text() === 'Hent den nyeste version')!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).not.toContain('En kollega har gemt i mellemtiden');
    expect((wrapper.find('#en-solution-title').element as HTMLInputElement).value).toBe('Tolk 2.0');
    expect((wrapper.find('#en-solution-summary').element as HTMLTextAreaElement).value).toBe('Kollegaens tekst');

    // Saving resumes from the colleague's version.
    await wrapper.find('#en-solution-summary').setValue('Kollegaens tekst, rettet');
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    expect((calls.filter((c) => c.method === 'PATCH')[1]!.body as { version: number }).version).toBe(5);
    unmount();
  });

  it('lists what a submission lacks, each a link to its field, without calling the server', async () => {
    const { wrapper, calls, unmount } = await open((call) => (call.method === 'GET' && call.url === ENTRY_URL ? { status: 200, body: ENTRY } : undefined));
    await wrapper.findAll('button').find((b) => b.text() === 'Indsend besvarelsen')!.trigger('click');
    await flushPromises();
    expect(calls.some((c) => c.url.endsWith('/submit'))).toBe(false);
    const links = wrapper.findAll('.issue-list a');
    expect(links.map((a) => a.text())).toContain('Løsning, Resumé: Feltet skal udfyldes.');
    expect(links.map((a) => a.text())).toContain('Erklæringer, Vi accepterer udfordringens vilkår.: Du skal acceptere udfordringens vilkår.');
    await links.find((a) => a.text().startsWith('Løsning, Resumé'))!.trigger('click');
    expect(document.activeElement?.id).toBe('en-solution-summary');
    unmount();
  });

  it('sends an Idempotency-Key with the submission and reuses it when the answer was lost', async () => {
    const complete = {
      ...ENTRY,
      content: {
        solution: { title: 'Tolk', summary: 'Resumé', description: 'Beskrivelse', trl: 6, teamMembers: [{ name: 'Sofie', role: 'CEO' }] },
        declarations: { acceptTerms: true, acceptIpTerms: true, conflictsOfInterest: { hasConflicts: false } },
      },
    };
    let submits = 0;
    const receipt = { format: 'fairpitch.receipt/1', entryId: ENTRY.id, revision: 1, companyId: ENTRY.companyId, submittedAt: '2026-11-27T10:00:00.123Z', hash: 'b'.repeat(64), attachments: [] };
    const { wrapper, calls, unmount } = await open((call) => {
      if (call.method === 'GET' && call.url === ENTRY_URL) return { status: 200, body: submits > 1 ? { ...complete, status: 'submitted' } : complete };
      if (call.url.endsWith('/submit')) {
        submits += 1;
        // The first answer never arrives (the connection drops).
        if (submits === 1) throw new TypeError('Failed to fetch');
        return { status: 201, body: receipt };
      }
      return undefined;
    });
    const submit = () => wrapper.findAll('button').find((b) => b.text() === 'Indsend besvarelsen')!.trigger('click');
    await submit();
    await flushPromises();
    expect(wrapper.text()).toContain('Serveren svarede ikke.');
    await submit();
    await flushPromises();
    const keys = calls.filter((c) => c.url.endsWith('/submit')).map((c) => c.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(wrapper.text()).toContain('Besvarelsen er modtaget');
    expect(wrapper.text()).toContain('b'.repeat(64));
    unmount();
  });
});
