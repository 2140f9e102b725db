import { onScopeDispose } from 'vue';

interface PollingOptions {
  intervalMs: number;
  /** One poll; resolves to true while there is more to wait for. */
  poll: () => Promise<boolean>;
}

/**
 * Polls while something is in progress: each poll waits for the previous one (no pile-up on a
 * slow network), a poll that says "done" stops it, and leaving the page stops it too.
 */
export function usePolling(options: PollingOptions) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = false;

  async function tick(): Promise<void> {
    timer = undefined;
    let more = false;
    try {
      more = await options.poll();
    } catch {
      // A failed poll (offline for a moment) keeps trying; the page shows the poll's own error.
      more = true;
    }
    if (active && more) timer = setTimeout(() => void tick(), options.intervalMs);
    else active = false;
  }

  /** Starts polling after one interval, unless it already runs. */
  function start(): void {
    if (active) return;
    active = true;
    timer = setTimeout(() => void tick(), options.intervalMs);
  }

  function stop(): void {
    active = false;
    clearTimeout(timer);
    timer = undefined;
  }

  onScopeDispose(stop);
  return { start, stop, isActive: () => active };
}
