import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HACKATHON } from '../../testing/fixtures.js';
import { STAFF, renderWithApp, stubFetch } from '../../testing/render.js';
import OrganiserOverviewPage from '../../pages/organiser/OrganiserOverviewPage.vue';
import HackathonEventOverview from './HackathonEventOverview.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const OVERVIEW = { challengeId: HACKATHON.id, registrations: 1234, teams: [{ id: 't2', name: 'Busholdet', members: 3 }, { id: 't1', name: 'Cykelholdet', members: 1 }] };

describe('HackathonEventOverview', () => {
  it('shows the organiser how many registered and each team with its number of members', async () => {
    const calls = stubFetch((call) => (call.url === `/api/challenges/${HACKATHON.id}/teams` ? { status: 200, body: OVERVIEW } : undefined));
    const { wrapper, unmount } = await renderWithApp(HackathonEventOverview, { user: STAFF, props: { challengeId: HACKATHON.id } });
    await flushPromises();
    expect(calls).toMatchObject([{ method: 'GET', url: `/api/challenges/${HACKATHON.id}/teams` }]);
    const facts = wrapper.findAll('.facts div').map((d) => d.text());
    expect(facts).toEqual(['Tilmeldte deltagere1.234', 'Hold2']);
    expect(wrapper.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))).toEqual([
      ['Busholdet', '3'],
      ['Cykelholdet', '1'],
    ]);
    unmount();
  });

  it('says when no team has formed yet, and shows a refusal as an error', async () => {
    stubFetch(() => ({ status: 200, body: { ...OVERVIEW, registrations: 0, teams: [] } }));
    const empty = await renderWithApp(HackathonEventOverview, { user: STAFF, props: { challengeId: HACKATHON.id } });
    await flushPromises();
    expect(empty.wrapper.find('.data-table__empty').text()).toBe('Der er endnu ikke dannet nogen hold.');
    empty.unmount();

    stubFetch(() => ({ status: 403, body: { code: 'auth.forbidden', message: 'Du har ikke adgang.' } }));
    const refused = await renderWithApp(HackathonEventOverview, { user: STAFF, props: { challengeId: HACKATHON.id } });
    await flushPromises();
    expect(refused.wrapper.find('.alert--error').text()).toBe('Du har ikke adgang.');
    refused.unmount();
  });

  it('appears in the workspace overview of a published hackathon only', async () => {
    const calls = stubFetch(() => ({ status: 200, body: OVERVIEW }));
    const hackathon = await renderWithApp(OrganiserOverviewPage, { user: STAFF, props: { challenge: { ...HACKATHON, team: true } } });
    await flushPromises();
    expect(hackathon.wrapper.find('#overview-event').text()).toBe('Eventet');
    hackathon.unmount();
    const challenge = await renderWithApp(OrganiserOverviewPage, { user: STAFF, props: { challenge: { ...HACKATHON, type: 'challenge', team: true } } });
    await flushPromises();
    expect(challenge.wrapper.find('#overview-event').exists()).toBe(false);
    expect(calls.filter((c) => c.url.endsWith('/teams'))).toHaveLength(1);
    challenge.unmount();
  });
});
