import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHALLENGE } from '../../testing/fixtures.js';
import { STAFF, renderWithApp, stubFetch } from '../../testing/render.js';
import OrganiserOverviewPage from './OrganiserOverviewPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const DRAFT = { ...CHALLENGE, status: 'draft' as const, methodHash: null, draftMethodHash: 'e'.repeat(64), team: true as const, version: 7, publishProblems: [] };

describe('OrganiserOverviewPage', () => {
  it('lists what blocks publication, each linked to its field, and keeps the button from publishing', async () => {
    const calls = stubFetch(() => undefined);
    const blocked = { ...DRAFT, publishProblems: [{ path: 'retentionDays', code: 'challenge.retention-missing' }, { path: 'phases', code: 'phases.submission-missing' }] };
    const { wrapper, unmount } = await renderWithApp(OrganiserOverviewPage, { user: STAFF, props: { challenge: blocked } });
    const links = wrapper.findAll('.issue-list a').map((a) => a.text());
    expect(links).toEqual([
      'Opbevaring af besvarelser i dage: Angiv hvor mange dage indsendelser opbevares, før udfordringen offentliggøres.',
      'Tidsplan: En udfordring eller hackathon skal have en indsendelsesfase.',
    ]);
    await wrapper.findAll('.issue-list a')[0]!.trigger('click');
    expect(document.activeElement?.id).toBe('ch-retentionDays');
    const publish = wrapper.findAll('button').find((b) => b.text() === 'Offentliggør udfordringen')!;
    expect(publish.attributes('aria-disabled')).toBe('true');
    await publish.trigger('click');
    expect(wrapper.find('dialog').attributes('open')).toBeUndefined();
    expect(calls.some((c) => c.url.endsWith('/publish'))).toBe(false);
    unmount();
  });

  it('publishes only after the confirmation that explains the method is frozen', async () => {
    const calls = stubFetch((call) => (call.url.endsWith('/publish') ? { status: 200, body: { methodHash: 'e'.repeat(64), status: 'published' } } : undefined));
    const { wrapper, unmount } = await renderWithApp(OrganiserOverviewPage, { user: STAFF, props: { challenge: DRAFT } });
    await wrapper.findAll('button').find((b) => b.text() === 'Offentliggør udfordringen')!.trigger('click');
    await flushPromises();
    const dialog = wrapper.find('dialog');
    expect(dialog.attributes('open')).toBeDefined();
    expect(dialog.text()).toContain('fryses evalueringsmetoden');
    expect(dialog.text()).toContain('e'.repeat(64));
    expect(calls.some((c) => c.url.endsWith('/publish'))).toBe(false);
    await dialog.findAll('button').find((b) => b.text() === 'Ja, offentliggør')!.trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.url.endsWith('/publish'))).toHaveLength(1);
    expect(wrapper.text()).toContain('Udfordringen er offentliggjort');
    expect(wrapper.emitted('changed')).toHaveLength(1);
    unmount();
  });

  it('saves the draft with the version it was loaded at and shows a conflict when someone saved first', async () => {
    const calls = stubFetch((call) =>
      call.method === 'PATCH' ? { status: 409, body: { code: 'request.conflict', message: 'Data er ændret af en anden i mellemtiden. Hent den nyeste version og prøv igen.' } } : undefined,
    );
    const { wrapper, unmount } = await renderWithApp(OrganiserOverviewPage, { user: STAFF, props: { challenge: DRAFT } });
    await wrapper.find('#ch-department').setValue('Teknik- og Miljøforvaltningen');
    await wrapper.find('form.draft-editor').trigger('submit');
    await flushPromises();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.body).toMatchObject({ version: 7, department: 'Teknik- og Miljøforvaltningen' });
    expect(wrapper.find('[role=alert]').text()).toContain('Data er ændret af en anden i mellemtiden.');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Hent den nyeste version')).toBe(true);
    unmount();
  });
});
