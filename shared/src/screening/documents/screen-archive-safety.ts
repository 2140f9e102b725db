import { defineRule } from '../define-rule.js';
import { detectType } from './detect-type.js';
import { inspectZip, isBlocking } from './inspect-zip.js';

const ZIP_FAMILY = ['zip', 'docx', 'xlsx', 'pptx'];
const LISTED_PROBLEMS = 20;

// Archives are judged from their central directory before anything is expanded: a zip bomb
// (huge declared size, extreme ratio, deep nesting, overlapping entries) is refused outright,
// and an entry that lies about its size is stopped while expanding (see expand-zip-entry).
export const archiveSafetyRule = defineRule(
  {
    id: 'security.archive-safety',
    area: 'security',
    severity: 'major',
    title: { da: 'Arkiver: zip-bomber, indlejring og stier', en: 'Archives: zip bombs, nesting and paths' },
    reference: 'CWE-409 (highly compressed data); CWE-22 (path traversal, "zip slip")',
  },
  ({ documents, limits }, finding) => {
    const archives = documents
      .filter((document) => ZIP_FAMILY.includes(detectType(document.bytes)))
      .map((document) => {
        const inspection = inspectZip(document.bytes, limits);
        return {
          attachmentId: document.attachmentId,
          fileName: document.fileName,
          entries: inspection.totalEntries,
          declaredExpandedBytes: inspection.declaredExpandedBytes,
          archiveBytes: inspection.archiveBytes,
          compressionRatio: Math.round(inspection.compressionRatio * 10) / 10,
          depth: inspection.depth,
          problems: inspection.problems.slice(0, LISTED_PROBLEMS).map((problem) => ({ ...problem })),
          blocking: inspection.problems.some((problem) => isBlocking(problem) || problem.kind === 'path-traversal'),
        };
      });
    const limitsEvidence = {
      maxArchiveEntries: limits.maxArchiveEntries,
      maxExpandedBytes: limits.maxExpandedBytes,
      maxCompressionRatio: limits.maxCompressionRatio,
      maxNestingDepth: limits.maxNestingDepth,
    };
    const unsafe = archives.filter((archive) => archive.blocking);
    const noted = archives.filter((archive) => !archive.blocking && archive.problems.length > 0);
    const evidence = { archivesChecked: archives.length, limits: [limitsEvidence], archives: archives.filter((a) => a.problems.length) };
    if (unsafe.length) {
      const names = unsafe.map((archive) => `${archive.fileName} (${[...new Set(archive.problems.map((p) => p.kind))].join(', ')})`).join('; ');
      return [
        finding({
          outcome: 'fail',
          evidence,
          explanation: {
            da: `Arkiver, der ikke er pakket ud, fordi de ligner en zip-bombe, er for dybt indlejrede, er beskadigede eller har farlige stier: ${names}.`,
            en: `Archives not unpacked because they look like a zip bomb, are nested too deeply, are corrupt or have dangerous paths: ${names}.`,
          },
        }),
      ];
    }
    if (noted.length) {
      const names = noted.map((archive) => archive.fileName).join(', ');
      return [
        finding({
          outcome: 'warn',
          severity: 'minor',
          evidence,
          explanation: {
            da: `Arkiver med krypterede eller ukendt komprimerede filer, som ikke kunne screenes: ${names}.`,
            en: `Archives with encrypted or unusually compressed files that could not be screened: ${names}.`,
          },
        }),
      ];
    }
    return [
      finding({
        outcome: 'pass',
        evidence: { archivesChecked: archives.length },
        explanation: {
          da: archives.length ? 'Arkiverne er inden for grænserne for størrelse, antal filer og indlejring.' : 'Der er ingen arkiver blandt dokumenterne.',
          en: archives.length ? 'The archives are within the limits for size, number of files and nesting.' : 'There are no archives among the documents.',
        },
      }),
    ];
  },
);
