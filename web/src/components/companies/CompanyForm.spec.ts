import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARTICIPANT, renderWithApp, stubFetch } from '../../testing/render.js';
import CompanyForm from './CompanyForm.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

type Save = (input: Record<string, unknown>) => Promise<unknown>;

async function open(save = vi.fn<Save>(async () => undefined), locale: 'da' | 'en' = 'da') {
  stubFetch(() => undefined);
  const rendered = await renderWithApp(CompanyForm, { user: PARTICIPANT, locale, props: { submitLabel: 'Registrer', save } });
  return { save, ...rendered };
}

describe('CompanyForm', () => {
  it('shows the server’s CVR checksum message as soon as the field is left', async () => {
    const { wrapper, unmount } = await open();
    const cvr = wrapper.find('input[name=cvr]');
    await cvr.setValue('12345678');
    await cvr.trigger('blur');
    expect(cvr.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('CVR-nummeret findes ikke: kontrolcifferet passer ikke. Tjek for tastefejl.');
    await cvr.setValue('12345674');
    await cvr.trigger('blur');
    expect(cvr.attributes('aria-invalid')).toBe('false');
    unmount();
  });

  it('checks the whole form with the server’s schema before saving', async () => {
    const { wrapper, save, unmount } = await open(undefined, 'en');
    await wrapper.find('input[name=name]').setValue('Tolkeriet ApS');
    await wrapper.find('input[name=cvr]').setValue('1234567');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(save).not.toHaveBeenCalled();
    const errors = wrapper.findAll('.form-field__error').map((e) => e.text());
    expect(errors).toContain('Error: A CVR number has 8 digits.');
    expect(errors).toContain('Error: Choose the company size: micro, small, medium or large.');
    unmount();
  });

  it('asks a firm from another EU country for its national registration number instead of a CVR', async () => {
    const { wrapper, save, unmount } = await open();
    await wrapper.find('input[name=name]').setValue('Protokoll KI GmbH');
    await wrapper.find('select[name=country]').setValue('DE');
    expect(wrapper.find('input[name=cvr]').exists()).toBe(false);
    await wrapper.find('input[name=registrationNumber]').setValue('HRB 219876');
    await wrapper.find('select[name=sizeClass]').setValue('medium');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(save).toHaveBeenCalledWith({ name: 'Protokoll KI GmbH', country: 'DE', registrationNumber: 'HRB 219876', sizeClass: 'medium' });
    unmount();
  });

  it('offers only EU and EEA countries, named in the reader’s language', async () => {
    const { wrapper, unmount } = await open(undefined, 'en');
    const options = wrapper.findAll('select[name=country] option').map((o) => o.attributes('value'));
    expect(options).toHaveLength(30);
    expect(options).toContain('NO');
    expect(options).not.toContain('GB');
    expect(wrapper.find('select[name=country] option[value=DE]').text()).toBe('Germany');
    unmount();
  });

  it('shows the server’s field errors when saving fails', async () => {
    const save = vi.fn<Save>(async () => {
      const { ApiError } = await import('../../api/client.js');
      throw new ApiError(409, 'company.already_registered', 'Virksomheden er allerede registreret.');
    });
    const { wrapper, unmount } = await open(save);
    await wrapper.find('input[name=name]').setValue('Høringsdata ApS');
    await wrapper.find('input[name=cvr]').setValue('38512706');
    await wrapper.find('select[name=sizeClass]').setValue('micro');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role=alert]').text()).toBe('Virksomheden er allerede registreret.');
    unmount();
  });
});
