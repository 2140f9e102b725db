import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARTICIPANT, renderWithApp, stubFetch } from '../../testing/render.js';
import CompanyPage from './CompanyPage.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const FIRM = { id: 'k1', kind: 'company', name: 'Referat Robotics A/S', country: 'DK', cvr: '41273852', registrationNumber: null, sizeClass: 'small', contactPerson: null, createdAt: '' };
const TEAM = { ...FIRM, id: 't1', kind: 'team', name: 'Cykelholdet', cvr: null, sizeClass: 'micro' };
const ME = { userId: PARTICIPANT.id, name: PARTICIPANT.name, email: PARTICIPANT.email, role: 'admin' };

async function open(company: { id: string }) {
  const calls = stubFetch((call) => {
    if (call.url === `/api/companies/${company.id}`) return { status: 200, body: company };
    if (call.url === '/api/companies/mine') return { status: 200, body: [{ ...company, role: 'admin' }] };
    if (call.url === `/api/companies/${company.id}/members` && call.method === 'GET') return { status: 200, body: [ME] };
    if (call.method === 'POST') return { status: 201, body: { grantedTo: null } };
    return undefined;
  });
  const rendered = await renderWithApp(CompanyPage, { route: `/companies/${company.id}`, user: PARTICIPANT, props: { id: company.id } });
  await flushPromises();
  return { calls, ...rendered };
}

describe('CompanyPage', () => {
  it('shows a company’s CVR number and size and lets its administrator edit the details', async () => {
    const { wrapper, unmount } = await open(FIRM);
    const facts = wrapper.find('.facts').text();
    expect(facts).toContain('CVR-nummer41273852');
    expect(facts).not.toContain('Hackathonhold');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Ret oplysninger')).toBe(true);
    unmount();
  });

  it('shows a hackathon team as such, without register number, size or editing, and lets its lead invite members', async () => {
    const { wrapper, calls, unmount } = await open(TEAM);
    const facts = wrapper.find('.facts').text();
    expect(facts).toContain('TypeHackathonhold');
    expect(facts).not.toContain('CVR');
    expect(facts).not.toContain('registreringsnummer');
    expect(facts).not.toContain('Størrelse');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Ret oplysninger')).toBe(false);
    expect(wrapper.text()).toContain('Invitér et holdmedlem');

    await wrapper.find('input[name=inviteEmail]').setValue('mads@example.dk');
    await wrapper.find('input[name=inviteName]').setValue('Mads Hansen');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/companies/t1/members', body: { email: 'mads@example.dk', name: 'Mads Hansen' } });
    unmount();
  });
});
