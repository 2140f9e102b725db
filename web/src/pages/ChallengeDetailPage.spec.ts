import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluationMethodShape } from '@fairpitch/shared/challenges';
import { CHALLENGE, HACKATHON } from '../testing/fixtures.js';
import { PARTICIPANT, STAFF, renderWithApp, stubFetch } from '../testing/render.js';
import ChallengeDetailPage from './ChallengeDetailPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const METHOD = evaluationMethodShape.parse({
  criteria: [{ id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, weight: 70, threshold: 3 }],
  scale: { min: 0, max: 10, step: 1 },
  priceWeight: 30,
  priceModel: { kind: 'relative-proportional' },
});
const DETAIL = {
  ...CHALLENGE,
  evaluationMethod: METHOD,
  criteria: METHOD.criteria,
  amendments: [{ number: 1, reason: 'Fristen er flyttet en uge.', changes: { phases: [] }, methodHashBefore: 'a'.repeat(64), methodHashAfter: 'a'.repeat(64), publishedAt: '2026-11-10T09:00:00.000Z' }],
  questions: [{ number: 1, question: 'Må vi hoste i Tyskland?', answer: 'Ja, i EU/EØS.', answeredAt: '2026-11-12T09:00:00.000Z' }],
};

async function open(user = PARTICIPANT, extra: Parameters<typeof stubFetch>[0] = () => undefined) {
  const calls = stubFetch((call) => (call.url === `/api/challenges/${DETAIL.id}` ? { status: 200, body: DETAIL } : extra(call)));
  const rendered = await renderWithApp(ChallengeDetailPage, { route: `/challenges/${DETAIL.id}`, user, props: { id: DETAIL.id } });
  await flushPromises();
  return { calls, ...rendered };
}

describe('ChallengeDetailPage', () => {
  it('shows the frozen method with its hash, weights and the rank-reversal warning of a relative price model', async () => {
    const { wrapper, unmount } = await open(STAFF);
    expect(wrapper.find('h1').text()).toBe(DETAIL.title);
    expect(wrapper.find('.method-hash__value').text()).toBe('a'.repeat(64));
    expect(wrapper.find('.method-hash').text()).toContain('Enhver kan beregne den igen');
    const rows = wrapper.findAll('.method tbody tr').map((r) => r.text());
    expect(rows[0]).toContain('Kvalitet');
    expect(rows[0]).toContain('70 %');
    expect(rows[1]).toContain('Pris');
    expect(wrapper.find('.alert--warning').text()).toContain('Relativ prismodel');
    unmount();
  });

  it('renders only the server-sanitised description as HTML', async () => {
    const { wrapper, unmount } = await open(STAFF);
    expect(wrapper.find('.prose h2').text()).toBe('Udfordringen');
    unmount();
  });

  it('lists numbered amendments and published answers without anyone’s identity', async () => {
    const { wrapper, unmount } = await open(STAFF);
    expect(wrapper.find('.amendments').text()).toContain('Rettelse nr. 1');
    expect(wrapper.find('.amendments').text()).toContain('Fristen er flyttet en uge.');
    expect(wrapper.find('.qa-list').text()).toContain('Spørgsmål 1: Må vi hoste i Tyskland?');
    expect(wrapper.find('.qa-list').text()).toContain('Ja, i EU/EØS.');
    unmount();
  });

  it('lets a member of two companies choose which one follows, asks and starts an entry', async () => {
    const companies = [
      { id: 'k1', name: 'Referat Robotics A/S', country: 'DK', cvr: '41273852', registrationNumber: null, sizeClass: 'small', contactPerson: null, createdAt: '', role: 'admin' },
      { id: 'k2', name: 'Protokoll KI GmbH', country: 'DE', cvr: null, registrationNumber: 'HRB 219876', sizeClass: 'medium', contactPerson: null, createdAt: '', role: 'admin' },
    ];
    const { wrapper, calls, router, unmount } = await open(PARTICIPANT, (call) => {
      if (call.url === '/api/companies/mine') return { status: 200, body: companies };
      if (call.url.endsWith('/registrations/mine')) return { status: 200, body: ['k1'] };
      if (call.url.endsWith('/questions/mine')) return { status: 200, body: [] };
      if (call.url === '/api/entries/mine') return { status: 200, body: [] };
      if (call.method === 'POST' && call.url.endsWith('/registrations')) return { status: 201, body: { challengeId: DETAIL.id, companyId: 'k2' } };
      if (call.method === 'POST' && call.url.endsWith('/entries')) return { status: 201, body: { id: 'new-entry' } };
      return undefined;
    });
    expect(wrapper.text()).toContain('Tilmeldt: Referat Robotics A/S');
    await wrapper.findAll('button').find((b) => b.text() === 'Tilmeld Protokoll KI GmbH')!.trigger('click');
    await flushPromises();
    expect(calls.find((c) => c.url.endsWith('/registrations'))!.body).toEqual({ companyId: 'k2' });
    expect(wrapper.text()).toContain('Protokoll KI GmbH følger nu udfordringen.');

    // A too-short question is refused with the shared rule's message before anything is sent.
    await wrapper.find('textarea[name=question]').setValue('Hvorfor?');
    await wrapper.findAll('form').find((f) => f.find('textarea[name=question]').exists())!.trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Et spørgsmål skal have 10–4000 tegn.');
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/questions'))).toBe(false);

    const entryForm = wrapper.findAll('form').find((f) => f.text().includes('Start en besvarelse'))!;
    await entryForm.find('select').setValue('k2');
    await entryForm.trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/entries'))!.body).toEqual({ companyId: 'k2' });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/entries/new-entry'));
    unmount();
  });

  it('registers a person for a hackathon, forms a team during the event and starts the team’s entry', async () => {
    const firm = { id: 'k1', kind: 'company', name: 'Referat Robotics A/S', country: 'DK', cvr: '41273852', registrationNumber: null, sizeClass: 'small', contactPerson: null, createdAt: '', role: 'admin' };
    const otherTeam = { ...firm, id: 't9', kind: 'team', name: 'Holdet fra sidste år', cvr: null, sizeClass: 'micro' };
    const team = { ...otherTeam, id: 't1', name: 'Cykelholdet' };
    let state = { challengeId: HACKATHON.id, registered: false, registeredAt: null as string | null, teams: [] as { id: string; name: string; role: string }[] };
    let companies = [firm, otherTeam];
    const calls = stubFetch((call) => {
      if (call.url === `/api/challenges/${HACKATHON.id}`) return { status: 200, body: HACKATHON };
      if (call.url === '/api/companies/mine') return { status: 200, body: companies };
      if (call.url.endsWith('/registrations/mine')) return { status: 200, body: state.teams.map((t) => t.id) };
      if (call.url.endsWith('/event-registrations/mine')) return { status: 200, body: state };
      if (call.url.endsWith('/questions/mine')) return { status: 200, body: [] };
      if (call.url === '/api/entries/mine') return { status: 200, body: [] };
      if (call.method === 'POST' && call.url.endsWith('/event-registrations')) {
        state = { ...state, registered: true, registeredAt: '2026-12-05T09:00:00.000Z' };
        return { status: 201, body: state };
      }
      if (call.method === 'POST' && call.url.endsWith('/teams')) {
        state = { ...state, teams: [{ id: 't1', name: 'Cykelholdet', role: 'admin' }] };
        companies = [firm, otherTeam, team];
        return { status: 201, body: team };
      }
      if (call.method === 'POST' && call.url.endsWith('/entries')) return { status: 201, body: { id: 'team-entry' } };
      return undefined;
    });
    const { wrapper, router, unmount } = await renderWithApp(ChallengeDetailPage, { route: `/challenges/${HACKATHON.id}`, user: PARTICIPANT, props: { id: HACKATHON.id } });
    await flushPromises();
    // A team formed for another hackathon is not offered here.
    expect(wrapper.text()).not.toContain('Holdet fra sidste år');

    await wrapper.findAll('button').find((b) => b.text() === 'Tilmeld dig eventet')!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Du er tilmeldt eventet');

    await wrapper.find('input[name=teamName]').setValue('Cykelholdet');
    await wrapper.findAll('form').find((f) => f.find('input[name=teamName]').exists())!.trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/teams'))!.body).toEqual({ name: 'Cykelholdet', country: 'DK' });
    expect(wrapper.find('.hackathon-event li').text()).toBe('Cykelholdet – holdleder');

    const entryForm = wrapper.findAll('form').find((f) => f.text().includes('Start en besvarelse'))!;
    const options = entryForm.findAll('option').map((o) => o.text());
    expect(options).toEqual(['Referat Robotics A/S', 'Cykelholdet (hackathonhold)']);
    expect((entryForm.find('select').element as HTMLSelectElement).value).toBe('t1');
    await entryForm.trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/entries'))!.body).toEqual({ companyId: 't1' });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/entries/team-entry'));
    unmount();
  });

  it('shows no event section on a challenge that is not a hackathon', async () => {
    const { wrapper, calls, unmount } = await open(PARTICIPANT, (call) => {
      if (call.url === '/api/companies/mine') return { status: 200, body: [] };
      if (call.url.endsWith('/registrations/mine') || call.url.endsWith('/questions/mine') || call.url === '/api/entries/mine') return { status: 200, body: [] };
      return undefined;
    });
    expect(wrapper.find('.hackathon-event').exists()).toBe(false);
    expect(calls.some((c) => c.url.includes('event-registrations'))).toBe(false);
    expect(wrapper.text()).toContain('Registrer din virksomhed');
    unmount();
  });
});
