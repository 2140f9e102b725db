import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { createAppI18n } from '../i18n/index.js';
import FormField from './FormField.vue';

function render(props: { label: string; hint?: string; error?: string; optional?: boolean }) {
  return mount(FormField, {
    props,
    slots: {
      default: (field: { id: string; describedBy?: string; invalid: boolean }) =>
        h('input', { id: field.id, 'aria-describedby': field.describedBy, 'aria-invalid': field.invalid }),
    },
    global: { plugins: [createAppI18n('en')] },
  });
}

describe('FormField', () => {
  it('labels its control', () => {
    const wrapper = render({ label: 'E-mail address' });
    const input = wrapper.find('input');
    expect(wrapper.find('label').attributes('for')).toBe(input.attributes('id'));
    expect(input.attributes('aria-describedby')).toBeUndefined();
    expect(input.attributes('aria-invalid')).toBe('false');
  });

  it('ties the hint and the error to the control and marks it invalid', () => {
    const wrapper = render({ label: 'Name', hint: 'As on your ID', error: 'This field is required.' });
    const input = wrapper.find('input');
    const ids = input.attributes('aria-describedby')!.split(' ');
    expect(ids).toHaveLength(2);
    expect(wrapper.find(`[id="${ids[0]}"]`).text()).toBe('As on your ID');
    expect(wrapper.find(`[id="${ids[1]}"]`).text()).toBe('Error: This field is required.');
    expect(input.attributes('aria-invalid')).toBe('true');
  });

  it('says when a field is optional', () => {
    expect(render({ label: 'Phone', optional: true }).find('label').text()).toBe('Phone (optional)');
  });
});
