import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { usePolling } from './use-polling.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('usePolling', () => {
  it('polls at the interval until a poll says it is done', async () => {
    vi.useFakeTimers();
    const answers = [true, true, false];
    const poll = vi.fn<() => Promise<boolean>>(async () => answers.shift() ?? false);
    const scope = effectScope();
    const polling = scope.run(() => usePolling({ intervalMs: 1000, poll }))!;
    polling.start();
    polling.start(); // a second start does not double the polling
    await vi.advanceTimersByTimeAsync(999);
    expect(poll).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(poll).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(poll).toHaveBeenCalledTimes(3);
    expect(polling.isActive()).toBe(false);
    scope.stop();
  });

  it('keeps trying after a failed poll, and stops when its page goes away', async () => {
    vi.useFakeTimers();
    const poll = vi.fn<() => Promise<boolean>>(async () => {
      throw new Error('offline');
    });
    const scope = effectScope();
    const polling = scope.run(() => usePolling({ intervalMs: 100, poll }))!;
    polling.start();
    await vi.advanceTimersByTimeAsync(250);
    expect(poll).toHaveBeenCalledTimes(2);
    scope.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(poll).toHaveBeenCalledTimes(2);
  });
});
