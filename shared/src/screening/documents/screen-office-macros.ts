import { defineRule } from '../define-rule.js';
import { findOfficeMacros } from './find-office-macros.js';

// VBA macros run code on the reader's machine; municipal staff and jurors open these files, so a
// macro is a major finding whatever it does.
export const officeMacrosRule = defineRule(
  {
    id: 'security.office-macros',
    area: 'security',
    severity: 'major',
    title: { da: 'Makroer i Office-dokumenter', en: 'Macros in Office documents' },
    reference: 'CIS Controls v8 10.3; Microsoft Office macro guidance (block macros from the internet)',
  },
  ({ documents, limits }, finding) => {
    const hits = documents.flatMap((document) =>
      findOfficeMacros(document.bytes, document.fileName, limits).map((hit) => ({
        attachmentId: document.attachmentId,
        fileName: document.fileName,
        ...hit,
      })),
    );
    if (hits.length === 0) {
      return [
        finding({
          outcome: 'pass',
          evidence: { documentsChecked: documents.length },
          explanation: { da: 'Ingen dokumenter indeholder makroer.', en: 'No document contains macros.' },
        }),
      ];
    }
    const names = [...new Set(hits.map((hit) => (hit.path ? `${hit.fileName} > ${hit.path}` : hit.fileName)))].join(', ');
    return [
      finding({
        outcome: 'fail',
        evidence: { documentsChecked: documents.length, files: hits },
        explanation: {
          da: `Makroer fundet i: ${names}. Makroer kan køre kode hos den, der åbner filen; indsend dokumentet uden makroer (fx .docx i stedet for .docm).`,
          en: `Macros found in: ${names}. Macros can run code on the reader's machine; submit the document without macros (e.g. .docx instead of .docm).`,
        },
      }),
    ];
  },
);
