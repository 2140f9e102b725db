import { type Ref, onMounted, ref } from 'vue';
import { useErrorText } from './use-error-text.js';

/**
 * A list the page reads once when it opens. `loaded` turns true whether the read worked or not,
 * so the page moves from its loading line to the list, its empty text or the error.
 */
export function useLoadedList<Item>(read: () => Promise<Item[]>) {
  const errorText = useErrorText();
  const items = ref([]) as Ref<Item[]>;
  const loaded = ref(false);
  const loadError = ref('');

  onMounted(async () => {
    try {
      items.value = await read();
    } catch (error) {
      loadError.value = errorText(error);
    } finally {
      loaded.value = true;
    }
  });

  return { items, loaded, loadError };
}
