import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STAFF, renderWithApp, stubFetch } from '../../testing/render.js';
import IdentityLeakForm from './IdentityLeakForm.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('IdentityLeakForm', () => {
  it('asks for a reason of five characters, then confirms the decision the server recorded', async () => {
    const calls = stubFetch((call) => (call.method === 'POST' ? { status: 200, body: { entryId: 'e1', revision: 2, decision: 'accepted' } } : undefined));
    const { wrapper, unmount } = await renderWithApp(IdentityLeakForm, { user: STAFF, props: { entryId: 'e1' } });
    await wrapper.find('input[value=accepted]').setValue(true);
    await wrapper.find('textarea').setValue(' kort ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Skriv en begrundelse på mindst 5 tegn.');
    expect(wrapper.text()).not.toContain('Vælg en afgørelse.');
    expect(calls).toHaveLength(0);

    await wrapper.find('textarea').setValue('Navnet står kun i sidefoden.');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/entries/e1/screening/identity-leaks', body: { decision: 'accepted', reason: 'Navnet står kun i sidefoden.' } });
    expect(wrapper.text()).toContain('Gemt: oplysningerne er accepteret. Juryen kan nu se dokumenterne.');
    unmount();
  });
});
