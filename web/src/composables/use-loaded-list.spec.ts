import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { ApiError } from '../api/client.js';
import { createAppI18n } from '../i18n/index.js';
import { useLoadedList } from './use-loaded-list.js';

function host(read: () => Promise<string[]>) {
  const Host = defineComponent({ setup: () => useLoadedList(read), render: () => null });
  return mount(Host, { global: { plugins: [createAppI18n('en')] } });
}

describe('useLoadedList', () => {
  it('reads the list when the page opens', async () => {
    const wrapper = host(async () => ['Aarhus', 'Odense']);
    expect(wrapper.vm.loaded).toBe(false);
    await flushPromises();
    expect(wrapper.vm.items).toEqual(['Aarhus', 'Odense']);
    expect(wrapper.vm.loaded).toBe(true);
    expect(wrapper.vm.loadError).toBe('');
  });

  it('ends loading with the server’s message when the read fails', async () => {
    const wrapper = host(async () => {
      throw new ApiError(403, 'auth.forbidden', 'You may not see this list.');
    });
    await flushPromises();
    expect(wrapper.vm.items).toEqual([]);
    expect(wrapper.vm.loaded).toBe(true);
    expect(wrapper.vm.loadError).toBe('You may not see this list.');
  });
});
