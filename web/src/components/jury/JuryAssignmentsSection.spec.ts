import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssignmentList, JuryPanel } from '../../api/client.js';
import { CHALLENGE } from '../../testing/fixtures.js';
import { STAFF, renderWithApp, stubFetch } from '../../testing/render.js';
import JuryAssignmentsSection from './JuryAssignmentsSection.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const KAREN = 'u0000000-0000-4000-8000-00000000000a';
const LARS = 'u0000000-0000-4000-8000-00000000000b';
const PANEL: JuryPanel = {
  challengeId: CHALLENGE.id,
  challengeType: 'challenge',
  publishedBlindReview: true,
  perEntry: 2,
  blind: true,
  chairId: KAREN,
  judgingMode: 'rubric',
  jurors: [
    { userId: KAREN, name: 'Karen Juul', email: 'karen@kommune.example', isChair: true, assigned: 0, submitted: 0 },
    { userId: LARS, name: 'Lars Lund', email: 'lars@ekspert.example', isChair: false, assigned: 0, submitted: 0 },
  ],
};
const juror = (jurorId: string, name: string) => ({ jurorId, name, source: 'auto' as const, seed: 'udbud-1', assignedAt: '', reviewStatus: 'not-started' as const });
const LIST: AssignmentList = {
  entries: [{ entryId: 'e1', label: 1, companyName: 'Fjordlys ApS', jurors: [juror(KAREN, 'Karen Juul'), juror(LARS, 'Lars Lund')] }],
  excluded: [],
  pendingBlockers: {},
};
const BASE = `/api/challenges/${CHALLENGE.id}/jury`;

describe('JuryAssignmentsSection', () => {
  it('draws the assignment with the seed typed, and says who was left out', async () => {
    const calls = stubFetch((call) => {
      if (call.method === 'GET' && call.url === `${BASE}/assignments`) return { status: 200, body: LIST };
      if (call.method === 'POST' && call.url === `${BASE}/assign`) {
        return { status: 200, body: { seed: 'udbud-1', perEntry: 2, assignments: [{ entryId: 'e1', jurorIds: [KAREN, LARS], label: 1 }], loads: {}, infeasible: [], excludedJurors: [{ jurorId: LARS, reason: 'declarations-missing' }], excludedEntries: [] } };
      }
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(JuryAssignmentsSection, { user: STAFF, props: { panel: PANEL } });
    await flushPromises();
    await wrapper.find('#jury-seed').setValue('udbud-1');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ seed: 'udbud-1', perEntry: 2 });
    expect(wrapper.text()).toContain('Besvarelserne er fordelt (seed udbud-1)');
    expect(wrapper.text()).toContain('Ikke med, fordi de mangler at erklære sig: Lars Lund.');
    unmount();
  });

  it('takes a juror off an entry only with a reason, which goes to the server', async () => {
    const calls = stubFetch((call) => {
      if (call.method === 'GET' && call.url === `${BASE}/assignments`) return { status: 200, body: LIST };
      if (call.method === 'DELETE') return { status: 200, body: { ...LIST, entries: [{ ...LIST.entries[0]!, jurors: [juror(KAREN, 'Karen Juul')] }] } };
      return undefined;
    });
    const { wrapper, unmount } = await renderWithApp(JuryAssignmentsSection, { user: STAFF, props: { panel: PANEL } });
    await flushPromises();
    const remove = wrapper.findAll('tbody button').find((b) => b.text().startsWith('Fjern') && b.text().includes('Lars Lund'))!;
    await remove.trigger('click');
    await flushPromises();
    const confirm = () => wrapper.findAll('dialog button').find((b) => b.text() === 'Fjern')!;
    await confirm().trigger('click');
    await flushPromises();
    expect(wrapper.find('#remove-reason-error').text()).toContain('Skriv en begrundelse på mindst 5 tegn.');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await wrapper.find('#remove-reason').setValue('Syg under bedømmelsen');
    await confirm().trigger('click');
    await flushPromises();
    const deleted = calls.find((c) => c.method === 'DELETE')!;
    expect(deleted.url).toBe(`${BASE}/assignments/e1/${LARS}?reason=Syg+under+bed%C3%B8mmelsen`);
    expect(wrapper.text()).toContain('Lars Lund er fjernet fra Besvarelse 1.');
    expect(wrapper.find('tbody').text()).not.toContain('Lars Lund');
    unmount();
  });
});
