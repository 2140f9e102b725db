import type { ExportState, ExportView } from '../../api/client.js';

/** Still being built: the page keeps polling. */
export function exportActive(status: ExportState): boolean {
  return status === 'queued' || status === 'running';
}

/** The CSV separator an export uses when the organiser leaves it open: `;` for Danish Excel. */
export function defaultSeparator(language: 'da' | 'en'): ';' | ',' {
  return language === 'da' ? ';' : ',';
}

/** Newest first; the one being watched is updated in place. */
export function mergeExport(list: readonly ExportView[], updated: ExportView): ExportView[] {
  const rest = list.filter((e) => e.id !== updated.id);
  return [updated, ...rest].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}
