import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import type { Page, PageQuery } from '../api/client.js';
import { createAppI18n } from '../i18n/index.js';
import { usePagedSearch } from './use-paged-search.js';

type Read = (query: PageQuery) => Promise<Page<string>>;

function host(read: Read) {
  const Host = defineComponent({ setup: () => usePagedSearch(read, 2), render: () => null });
  return mount(Host, { global: { plugins: [createAppI18n('en')] } });
}

describe('usePagedSearch', () => {
  it('reads the first page on opening and each page the reader turns to', async () => {
    const read = vi.fn<Read>(async (query) => ({ items: [`item ${query.page}`], total: 5 }));
    const wrapper = host(read);
    await flushPromises();
    expect(read).toHaveBeenLastCalledWith({ q: undefined, page: 1, pageSize: 2 });
    expect(wrapper.vm.items).toEqual(['item 1']);
    expect(wrapper.vm.total).toBe(5);

    wrapper.vm.page = 3;
    await flushPromises();
    expect(read).toHaveBeenLastCalledWith({ q: undefined, page: 3, pageSize: 2 });
    expect(wrapper.vm.items).toEqual(['item 3']);
  });

  it('applies the typed text only when sent, and a new search starts at page one', async () => {
    const read = vi.fn<Read>(async () => ({ items: [], total: 0 }));
    const wrapper = host(read);
    await flushPromises();
    wrapper.vm.page = 2;
    await flushPromises();
    wrapper.vm.search = '  kommune ';
    await flushPromises();
    expect(read).toHaveBeenCalledTimes(2);

    wrapper.vm.submitSearch();
    await flushPromises();
    expect(read).toHaveBeenCalledTimes(3);
    expect(read).toHaveBeenLastCalledWith({ q: 'kommune', page: 1, pageSize: 2 });

    wrapper.vm.submitSearch(); // already on page one: read again
    await flushPromises();
    expect(read).toHaveBeenCalledTimes(4);
  });
});
