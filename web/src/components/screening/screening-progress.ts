import type { ScreeningProgress } from '../../api/client.js';

/** Share of jobs that have finished (done or failed), 0–100; null before any job exists. */
export function progressPercent(progress: Pick<ScreeningProgress, 'done' | 'failed' | 'total'>): number | null {
  if (progress.total === 0) return null;
  return ((progress.done + progress.failed) / progress.total) * 100;
}

/** Whether anything is still waiting or running, so the page keeps polling. */
export function screeningActive(progress: Pick<ScreeningProgress, 'queued' | 'running'>): boolean {
  return progress.queued + progress.running > 0;
}
