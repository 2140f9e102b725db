/** The files an export offers, by the names the API contract fixes. */
export const EXPORT_FILES = {
  rankingCsv: 'ranking.csv',
  resultsXlsx: 'results.xlsx',
  evaluationReport: 'evaluation-report.pdf',
  ocds: 'ocds-release-package.json',
  archive: 'archive.zip',
} as const;

export type ExportFileName = (typeof EXPORT_FILES)[keyof typeof EXPORT_FILES];

export const EXPORT_CONTENT_TYPES: Record<ExportFileName, string> = {
  'ranking.csv': 'text/csv; charset=utf-8',
  'results.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'evaluation-report.pdf': 'application/pdf',
  'ocds-release-package.json': 'application/json; charset=utf-8',
  'archive.zip': 'application/zip',
};

export function isExportFileName(name: string): name is ExportFileName {
  return Object.hasOwn(EXPORT_CONTENT_TYPES, name);
}
