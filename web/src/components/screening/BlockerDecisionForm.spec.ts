import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STAFF, renderWithApp, stubFetch } from '../../testing/render.js';
import BlockerDecisionForm from './BlockerDecisionForm.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('BlockerDecisionForm', () => {
  it('needs a decision and a reason before it confirms a failed blocker, and reports the saved decisions', async () => {
    const decisions = [{ ruleId: 'data-protection.cpr-in-documents', decision: 'confirmed', reason: 'Rigtige CPR-numre i bilag 2.', decidedAt: '2026-12-21T10:00:00.000Z' }];
    const calls = stubFetch((call) => (call.method === 'POST' ? { status: 200, body: decisions } : undefined));
    const { wrapper, unmount } = await renderWithApp(BlockerDecisionForm, { user: STAFF, props: { entryId: 'e1', ruleId: 'data-protection.cpr-in-documents', decided: false } });
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Vælg en afgørelse.');
    expect(wrapper.text()).toContain('Skriv en begrundelse på mindst 5 tegn.');
    expect(calls).toHaveLength(0);

    await wrapper.find('input[value=confirmed]').setValue(true);
    await wrapper.find('textarea').setValue('Rigtige CPR-numre i bilag 2.');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/entries/e1/screening/decisions', body: { ruleId: 'data-protection.cpr-in-documents', decision: 'confirmed', reason: 'Rigtige CPR-numre i bilag 2.' } });
    expect(wrapper.emitted('decided')).toEqual([[decisions]]);
    expect(wrapper.text()).toContain('Afgørelsen er gemt og skrevet i revisionsloggen.');
    unmount();
  });
});
