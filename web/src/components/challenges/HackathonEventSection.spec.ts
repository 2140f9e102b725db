import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HACKATHON } from '../../testing/fixtures.js';
import { PARTICIPANT, renderWithApp, stubFetch } from '../../testing/render.js';
import HackathonEventSection from './HackathonEventSection.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const NOT_REGISTERED = { challengeId: HACKATHON.id, registered: false, registeredAt: null, teams: [] };
const REGISTERED = { ...NOT_REGISTERED, registered: true, registeredAt: '2026-12-01T09:00:00.000Z' };
const TEAM = { id: 't1', kind: 'team', name: 'Cykelholdet', country: 'DK', cvr: null, registrationNumber: null, sizeClass: 'micro', contactPerson: null, createdAt: '' };

describe('HackathonEventSection', () => {
  it('registers the person for the event and hands the new state up', async () => {
    const calls = stubFetch((call) => (call.method === 'POST' ? { status: 201, body: REGISTERED } : undefined));
    const { wrapper, unmount } = await renderWithApp(HackathonEventSection, { user: PARTICIPANT, props: { challenge: HACKATHON, registration: NOT_REGISTERED } });
    expect(wrapper.find('input[name=teamName]').exists()).toBe(false);
    await wrapper.findAll('button').find((b) => b.text() === 'Tilmeld dig eventet')!.trigger('click');
    await flushPromises();
    expect(calls).toMatchObject([{ method: 'POST', url: `/api/challenges/${HACKATHON.id}/event-registrations` }]);
    expect(wrapper.emitted('registered')).toEqual([[REGISTERED]]);
    unmount();
  });

  it('says registration is closed once the hackathon stops taking entries', async () => {
    stubFetch(() => undefined);
    const closed = { ...HACKATHON, status: 'submission-closed' as const, activePhase: null };
    const { wrapper, unmount } = await renderWithApp(HackathonEventSection, { user: PARTICIPANT, props: { challenge: closed, registration: NOT_REGISTERED } });
    expect(wrapper.text()).toContain('Tilmeldingen til eventet er lukket.');
    expect(wrapper.find('button').exists()).toBe(false);
    unmount();
  });

  it('tells a registered person when teams can form, before the event begins', async () => {
    stubFetch(() => undefined);
    const before = { ...HACKATHON, activePhase: 'announcement' as const };
    const { wrapper, unmount } = await renderWithApp(HackathonEventSection, { user: PARTICIPANT, props: { challenge: before, registration: REGISTERED } });
    expect(wrapper.text()).toContain('Du er tilmeldt eventet');
    expect(wrapper.text()).toContain('Hold dannes under selve eventet, fra 5. december 2026 kl. 09.00');
    expect(wrapper.find('input[name=teamName]').exists()).toBe(false);
    unmount();
  });

  it('forms a team during the event with a name and an EU/EEA country, and links to its page', async () => {
    const calls = stubFetch((call) => (call.method === 'POST' ? { status: 201, body: TEAM } : undefined));
    const { wrapper, unmount } = await renderWithApp(HackathonEventSection, { user: PARTICIPANT, props: { challenge: HACKATHON, registration: REGISTERED } });
    await wrapper.find('input[name=teamName]').setValue(' C ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Holdets navn skal have 2–120 tegn.');
    expect(calls).toHaveLength(0);

    const countries = wrapper.findAll('select[name=teamCountry] option').map((o) => o.attributes('value'));
    expect(countries).toHaveLength(30);
    expect(countries).toContain('NO');
    await wrapper.find('input[name=teamName]').setValue(' Cykelholdet ');
    await wrapper.find('select[name=teamCountry]').setValue('SE');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls).toMatchObject([{ method: 'POST', url: `/api/challenges/${HACKATHON.id}/teams`, body: { name: 'Cykelholdet', country: 'SE' } }]);
    expect(wrapper.emitted('teamFormed')).toEqual([[TEAM]]);
    expect(wrapper.text()).toContain('Holdet Cykelholdet er dannet.');
    expect(wrapper.find('.alert--success a').attributes('href')).toBe('/companies/t1');
    unmount();
  });

  it('shows the server’s refusal when the event is not running on its clock', async () => {
    stubFetch(() => ({ status: 409, body: { code: 'hackathon.teams-form-during-event', message: 'Hold dannes under selve hackathonet.' } }));
    const { wrapper, unmount } = await renderWithApp(HackathonEventSection, { user: PARTICIPANT, props: { challenge: HACKATHON, registration: REGISTERED } });
    await wrapper.find('input[name=teamName]').setValue('Cykelholdet');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.alert--error').text()).toContain('Hold dannes under selve hackathonet.');
    expect(wrapper.emitted('teamFormed')).toBeUndefined();
    unmount();
  });

  it('lists my teams for this hackathon with my role, linked to the team page', async () => {
    stubFetch(() => undefined);
    const withTeams = { ...REGISTERED, teams: [{ id: 't1', name: 'Cykelholdet', role: 'admin' }, { id: 't2', name: 'Busholdet', role: 'member' }] };
    const { wrapper, unmount } = await renderWithApp(HackathonEventSection, { user: PARTICIPANT, props: { challenge: HACKATHON, registration: withTeams } });
    const items = wrapper.findAll('li');
    expect(items.map((li) => li.text())).toEqual(['Cykelholdet – holdleder', 'Busholdet – medlem']);
    expect(items[0]!.find('a').attributes('href')).toBe('/companies/t1');
    unmount();
  });
});
