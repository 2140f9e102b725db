import { defineRule } from '../define-rule.js';
import type { ScreeningLimits } from '../ruleset-types.js';
import { forEachFile, newWalkState } from './for-each-file.js';
import { findPdfActiveContent, scanRawForActiveNames } from './pdf/find-pdf-active-content.js';
import { loadPdf } from './pdf/load-pdf.js';
import { latin1 } from './text-bytes.js';

export type PdfActiveFinding = {
  path: string;
  javascript: boolean;
  launch: boolean;
  openActionScript: boolean;
  embeddedFiles: boolean;
  richMedia: boolean;
  /** The objects could not be parsed; a plain scan for the names was used instead. */
  rawScan: boolean;
};

/** PDFs (the document itself or inside an archive) with script, launch actions or hidden files. */
export function findActivePdfs(bytes: Uint8Array, limits: ScreeningLimits): PdfActiveFinding[] {
  const found: PdfActiveFinding[] = [];
  forEachFile(bytes, newWalkState(limits), (leaf) => {
    if (leaf.type !== 'pdf') return true;
    const file = loadPdf(leaf.bytes, limits);
    let result: Omit<PdfActiveFinding, 'path'>;
    if (file.objects.size === 0) {
      const names = scanRawForActiveNames(latin1(leaf.bytes));
      result = {
        javascript: names.includes('/JavaScript') || names.includes('/JS'),
        launch: names.includes('/Launch'),
        openActionScript: false,
        embeddedFiles: names.includes('/EmbeddedFile'),
        richMedia: names.includes('/RichMedia'),
        rawScan: true,
      };
    } else {
      const active = findPdfActiveContent(file);
      result = {
        javascript: active.javascript.length > 0,
        launch: active.launch.length > 0,
        openActionScript: active.openActionScript,
        embeddedFiles: active.embeddedFiles.length > 0,
        richMedia: active.richMedia.length > 0,
        rawScan: false,
      };
    }
    if (result.javascript || result.launch || result.openActionScript || result.embeddedFiles || result.richMedia) {
      found.push({ path: leaf.path, ...result });
    }
    return true;
  });
  return found;
}

// Script and launch actions run when a reader opens the file; embedded files are hidden from
// this screening (and from the reader's eye), so they are noted for a person to look at.
export const pdfActiveContentRule = defineRule(
  {
    id: 'security.pdf-active-content',
    area: 'security',
    severity: 'major',
    title: { da: 'JavaScript, startkommandoer og skjulte filer i PDF', en: 'JavaScript, launch actions and hidden files in PDFs' },
    reference: 'ISO 32000-1 §12.6.4.16 (JavaScript actions), §12.6.4.5 (launch actions), §7.11.4 (embedded files)',
  },
  ({ documents, limits }, finding) => {
    const hits = documents.flatMap((document) =>
      findActivePdfs(document.bytes, limits).map((hit) => ({ attachmentId: document.attachmentId, fileName: document.fileName, ...hit })),
    );
    const evidence = { documentsChecked: documents.length };
    const label = (hit: (typeof hits)[number]): string => (hit.path ? `${hit.fileName} > ${hit.path}` : hit.fileName);
    const active = hits.filter((hit) => hit.javascript || hit.launch || hit.openActionScript);
    if (active.length) {
      const names = active.map(label).join(', ');
      return [
        finding({
          outcome: 'fail',
          evidence: { ...evidence, files: hits },
          explanation: {
            da: `PDF med JavaScript eller startkommandoer: ${names}. Sådan indhold kan køre kode, når filen åbnes; indsend en PDF uden scripts (fx udskrevet til PDF igen).`,
            en: `PDF with JavaScript or launch actions: ${names}. Such content can run code when the file is opened; submit a PDF without scripts (e.g. printed to PDF again).`,
          },
        }),
      ];
    }
    if (hits.length) {
      const names = hits.map(label).join(', ');
      return [
        finding({
          outcome: 'warn',
          severity: 'minor',
          evidence: { ...evidence, files: hits },
          explanation: {
            da: `PDF med indlejrede filer eller medier: ${names}. De indlejrede filer er ikke screenet; en person bør se dem igennem.`,
            en: `PDF with embedded files or media: ${names}. The embedded files were not screened; a person should look at them.`,
          },
        }),
      ];
    }
    return [
      finding({
        outcome: 'pass',
        evidence,
        explanation: { da: 'Ingen PDF-filer indeholder scripts, startkommandoer eller skjulte filer.', en: 'No PDF contains scripts, launch actions or hidden files.' },
      }),
    ];
  },
);
