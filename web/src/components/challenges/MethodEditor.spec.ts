import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { forgetRuleCatalogue } from '../../composables/use-screening-rules.js';
import { renderWithApp, stubFetch } from '../../testing/render.js';
import MethodEditor from './MethodEditor.vue';
import { type MethodForm, methodFormFrom } from './method-form.js';

afterEach(() => {
  vi.unstubAllGlobals();
  forgetRuleCatalogue();
  document.body.innerHTML = '';
});

function host(form: MethodForm, loadRules = false) {
  const model = ref(form);
  const component = defineComponent({
    setup: () => () => h(MethodEditor, { modelValue: model.value, 'onUpdate:modelValue': (next: MethodForm) => (model.value = next), loadRules }),
  });
  return { model, component };
}

function twoCriteria(): MethodForm {
  const form = methodFormFrom(null);
  form.criteria = [
    { id: 'quality', titleDa: 'Kvalitet', titleEn: '', descriptionDa: '', descriptionEn: '', weight: 60, threshold: '' },
    { id: 'usability', titleDa: 'Brugervenlighed', titleEn: '', descriptionDa: '', descriptionEn: '', weight: 30, threshold: '' },
  ];
  return form;
}

describe('MethodEditor', () => {
  it('counts every weight live and shows the shared rule’s message until they add up to 100 %', async () => {
    stubFetch(() => undefined);
    const { component } = host(twoCriteria());
    const { wrapper, unmount } = await renderWithApp(component);
    const total = () => wrapper.find('.weight-total').text();
    expect(total()).toContain('Vægte i alt: 90 %');
    expect(total()).toContain('Vægtene for kriterier, screening og pris skal tilsammen give præcis 100 %.');

    // Screening weights share the 100 %.
    await wrapper.find('#ch-evaluationMethod-screeningWeights-climate').setValue('10');
    expect(total()).toContain('Vægte i alt: 100 %');
    expect(total()).toContain('præcis 100 %');
    expect(total()).not.toContain('skal tilsammen give');
    expect(total()).toContain('Metoden opfylder reglerne.');
    unmount();
  });

  it('marks a criterion weight outside 0–100 with the rule’s own words', async () => {
    stubFetch(() => undefined);
    const { component } = host(twoCriteria());
    const { wrapper, unmount } = await renderWithApp(component, { locale: 'en' });
    const weight = wrapper.find('#ch-evaluationMethod-criteria-1-weight');
    await weight.setValue('140');
    expect(weight.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('A weight must be a number between 0 and 100.');
    expect(wrapper.find('.weight-total').text()).toContain('The method has 2 problem(s)');
    unmount();
  });

  it('warns about rank reversal when a relative price model is chosen', async () => {
    stubFetch(() => undefined);
    const form = twoCriteria();
    form.priceWeight = 10;
    const { component } = host(form);
    const { wrapper, unmount } = await renderWithApp(component);
    expect(wrapper.text()).not.toContain('Relativ prismodel');
    await wrapper.find('#ch-evaluationMethod-priceModel').setValue('relative-linear');
    expect(wrapper.text()).toContain('Relativ prismodel');
    expect(wrapper.text()).toContain('kan rækkefølgen mellem to andre tilbud skifte');
    unmount();
  });

  it('adds a criterion with a fresh id and shows its weight in the total', async () => {
    stubFetch(() => undefined);
    const { model, component } = host(twoCriteria());
    const { wrapper, unmount } = await renderWithApp(component);
    await wrapper.findAll('button').find((b) => b.text() === 'Tilføj kriterium')!.trigger('click');
    expect(model.value.criteria.map((c) => c.id)).toEqual(['quality', 'usability', 'criterion-3']);
    await wrapper.find('#ch-evaluationMethod-criteria-2-weight').setValue('10');
    expect(wrapper.find('.weight-total').text()).toContain('Vægte i alt: 100 %');
    unmount();
  });

  it('offers the mandatory rules of the ruleset the API runs, by area, and marks the chosen ones', async () => {
    const calls = stubFetch((call) =>
      call.url === '/api/screening/rules'
        ? {
            status: 200,
            body: {
              rulesetVersion: '2026.11.1',
              rules: [
                { id: 'security.mfa', area: 'security', severity: 'major', title: { da: 'Totrinsgodkendelse', en: 'Multi-factor authentication' }, reference: '' },
                { id: 'data-protection.cpr-in-documents', area: 'data-protection', severity: 'blocker', title: { da: 'CPR-numre i dokumenterne', en: '' }, reference: '' },
              ],
            },
          }
        : undefined,
    );
    const { model, component } = host(twoCriteria(), true);
    const { wrapper, unmount } = await renderWithApp(component);
    await flushPromises();
    expect(wrapper.findAll('.rule-group__title').map((p) => p.text())).toEqual(['Sikkerhed', 'Databeskyttelse']);
    const rules = wrapper.findAll('.rule-group__rule');
    expect(rules.map((r) => r.text())).toEqual(['Totrinsgodkendelse security.mfa', 'CPR-numre i dokumenterne data-protection.cpr-in-documents']);
    const cpr = rules[1]!.find('input[type=checkbox]');
    await cpr.setValue(true);
    expect(model.value.mandatoryScreeningRules).toEqual(['data-protection.cpr-in-documents']);
    expect(calls.filter((c) => c.url === '/api/screening/rules')).toHaveLength(1);
    unmount();
  });
});
