import { type Ref, onMounted, ref, watch } from 'vue';
import type { Page, PageQuery } from '../api/client.js';
import { useErrorText } from './use-error-text.js';

/**
 * A list the server pages, with a search box: the typed text applies only when the search is
 * sent, and a new search starts again at the first page.
 */
export function usePagedSearch<Item>(read: (query: PageQuery) => Promise<Page<Item>>, pageSize: number) {
  const errorText = useErrorText();
  const search = ref('');
  const query = ref('');
  const page = ref(1);
  const items = ref([]) as Ref<Item[]>;
  const total = ref(0);
  const loading = ref(false);
  const loaded = ref(false);
  const loadError = ref('');

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = '';
    try {
      const result = await read({ q: query.value || undefined, page: page.value, pageSize });
      items.value = result.items;
      total.value = result.total;
    } catch (error) {
      loadError.value = errorText(error);
    } finally {
      loading.value = false;
      loaded.value = true;
    }
  }

  function submitSearch(): void {
    query.value = search.value.trim();
    if (page.value !== 1) page.value = 1;
    else void load();
  }

  watch(page, load);
  onMounted(load);
  return { search, page, items, total, loading, loaded, loadError, submitSearch };
}
