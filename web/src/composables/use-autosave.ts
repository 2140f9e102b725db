import { onScopeDispose, ref } from 'vue';
import { isApiError } from '../api/client.js';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'error';

interface AutosaveOptions<T> {
  /** Saves with the version last loaded; resolves to the new version. */
  save: (content: T, version: number) => Promise<number>;
  version: number;
  delayMs?: number;
}

/**
 * Debounced saving with a version check. Colleagues editing the same draft never overwrite each
 * other silently: a stale version (409) stops saving and asks the reader to reload.
 */
export function useAutosave<T>(options: AutosaveOptions<T>) {
  const state = ref<SaveState>('idle');
  const error = ref<unknown>(null);
  const savedAt = ref<string | null>(null);
  let version = options.version;
  let queued: { content: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;

  async function run(): Promise<void> {
    while (queued && state.value !== 'conflict') {
      const { content } = queued;
      queued = null;
      state.value = 'saving';
      try {
        version = await options.save(content, version);
        error.value = null;
        savedAt.value = new Date().toISOString();
        state.value = queued ? 'pending' : 'saved';
      } catch (failure) {
        error.value = failure;
        state.value = isApiError(failure) && failure.status === 409 ? 'conflict' : 'error';
        // Keep the unsaved content so the next change (or a retry) sends it again.
        if (state.value === 'error' && !queued) queued = { content };
        return;
      }
    }
  }

  function start(): Promise<void> {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  }

  /** A change to save after a pause in typing. */
  function schedule(content: T): void {
    if (state.value === 'conflict') return;
    queued = { content };
    state.value = 'pending';
    clearTimeout(timer);
    timer = setTimeout(() => void start(), options.delayMs ?? 1000);
  }

  /** Saves anything waiting now (before submitting); resolves when nothing is left. */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (running) await running;
    if (queued) await start();
  }

  /** After reloading the server's version: start again from it. */
  function reset(nextVersion: number): void {
    clearTimeout(timer);
    queued = null;
    version = nextVersion;
    error.value = null;
    state.value = 'idle';
  }

  onScopeDispose(() => clearTimeout(timer));
  return { state, error, savedAt, schedule, flush, reset, version: () => version };
}
