import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../i18n/index.js';
import SearchForm from './SearchForm.vue';

describe('SearchForm', () => {
  it('is a labelled search landmark that passes the text back and reports a sent search', async () => {
    const wrapper = mount(SearchForm, { props: { modelValue: '', label: 'Search users' }, global: { plugins: [createAppI18n('en')] } });
    expect(wrapper.find('form').attributes('role')).toBe('search');
    const input = wrapper.find('input[type=search]');
    expect(wrapper.find('label').attributes('for')).toBe(input.attributes('id'));
    expect(wrapper.find('label').text()).toBe('Search users');
    await input.setValue('ada');
    expect(wrapper.emitted('update:modelValue')).toEqual([['ada']]);
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('submit')).toHaveLength(1);
  });
});
