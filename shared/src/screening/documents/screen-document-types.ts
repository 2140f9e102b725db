import { defineRule } from '../define-rule.js';
import { detectType, fileExtension, typeForExtension, type DocumentType } from './detect-type.js';

const ZIP_FAMILY: readonly DocumentType[] = ['zip', 'docx', 'xlsx', 'pptx'];

type TypeIssue = {
  attachmentId: string;
  fileName: string;
  extension: string;
  detected: DocumentType;
  expected: DocumentType | null;
  issue: 'not-allowed' | 'mismatch' | 'unknown-extension' | 'archive-mismatch';
};

// A file whose bytes are not what its name says is how executables and scripts slip past
// people who open attachments by double-click; the bytes decide, never the name.
export const documentTypeRule = defineRule(
  {
    id: 'security.document-type',
    area: 'security',
    severity: 'major',
    title: { da: 'Filtype efter indhold og filnavn', en: 'File type by content and file name' },
    reference: 'OWASP ASVS 4.0 V12.2.1 (file content matches its type)',
  },
  ({ documents }, finding) => {
    const issues: TypeIssue[] = [];
    for (const document of documents) {
      if (document.bytes.length === 0) continue;
      const detected = detectType(document.bytes);
      const expected = typeForExtension(document.fileName);
      const base = { attachmentId: document.attachmentId, fileName: document.fileName, extension: fileExtension(document.fileName), detected, expected };
      if (detected === 'unknown') issues.push({ ...base, issue: 'not-allowed' });
      else if (expected === null) issues.push({ ...base, issue: 'unknown-extension' });
      else if (expected !== detected) {
        const bothArchives = ZIP_FAMILY.includes(expected) && ZIP_FAMILY.includes(detected);
        issues.push({ ...base, issue: bothArchives ? 'archive-mismatch' : 'mismatch' });
      }
    }
    const evidence = { documentsChecked: documents.length };
    if (issues.length === 0) {
      return [
        finding({
          outcome: 'pass',
          evidence,
          explanation: {
            da: 'Alle dokumenters indhold svarer til deres filtype.',
            en: "Every document's content matches its file type.",
          },
        }),
      ];
    }
    const serious = issues.filter((issue) => issue.issue === 'not-allowed' || issue.issue === 'mismatch');
    const names = issues.map((issue) => `${issue.fileName} (${issue.detected})`).join(', ');
    return [
      finding({
        outcome: serious.length ? 'fail' : 'warn',
        severity: serious.length ? 'major' : 'minor',
        evidence: { ...evidence, issues },
        explanation: serious.length
          ? {
              da: `Indholdet af ${serious.length} dokument(er) er ikke, hvad filnavnet siger, eller er ikke en tilladt filtype: ${names}. Filen skal åbnes med forsigtighed og bør indsendes i den rigtige type.`,
              en: `The content of ${serious.length} document(s) is not what the file name says, or not an allowed file type: ${names}. Open with care; the file should be submitted as its real type.`,
            }
          : {
              da: `Filnavnet passer ikke helt til indholdet: ${names}. Det er ufarligt, men bør rettes.`,
              en: `The file name does not quite fit the content: ${names}. Harmless, but worth correcting.`,
            },
      }),
    ];
  },
);
