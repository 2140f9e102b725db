import type { ExtractedText, ScreeningDocument, ScreeningInput, ScreeningLimits } from '../ruleset-types.js';
import { extractOfficeText } from './extract-office-text.js';
import { forEachFile, newWalkState, type FileLeaf, type WalkState } from './for-each-file.js';
import { extractPdfText } from './pdf/extract-pdf-text.js';
import { loadPdf } from './pdf/load-pdf.js';
import { decodeText } from './text-bytes.js';

export interface ExtractionProblem {
  attachmentId: string;
  fileName: string;
  problem: string;
}

export interface ExtractionResult {
  texts: ExtractedText[];
  extractionProblems: ExtractionProblem[];
}

/** Separates an archive path from the part inside a file: "docs/a.docx > word/document.xml". */
const PART_SEPARATOR = ' > ';

/**
 * Pulls the text out of every document once, for all rules: plain text, Office XML parts, PDF
 * text operators, and files inside ZIP archives. Never throws: a corrupt or hostile file gives
 * an extraction problem (which the runner turns into a needs-review finding) instead.
 */
export function extractTexts(input: ScreeningInput): ExtractionResult {
  const texts: ExtractedText[] = [];
  const extractionProblems: ExtractionProblem[] = [];
  const chars = { left: input.limits.maxTextChars, reported: false };
  for (const document of input.documents) {
    const problems: string[] = [];
    try {
      extractDocument(document, input.limits, chars, texts, problems);
    } catch (error) {
      // Last line of defence: a bug or an input we did not foresee must not stop the screening.
      problems.push(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const problem of new Set(problems)) {
      extractionProblems.push({ attachmentId: document.attachmentId, fileName: document.fileName, problem });
    }
  }
  return { texts, extractionProblems };
}

function extractDocument(
  document: ScreeningDocument,
  limits: ScreeningLimits,
  chars: { left: number; reported: boolean },
  texts: ExtractedText[],
  problems: string[],
): void {
  const state = newWalkState(limits);
  const add = (part: string, text: string): void => {
    if (!text.trim()) return;
    texts.push({ attachmentId: document.attachmentId, fileName: document.fileName, part, text });
    chars.left -= text.length;
  };
  forEachFile(document.bytes, state, (leaf) => {
    if (chars.left <= 0) {
      if (!chars.reported) problems.push(`text limit of ${limits.maxTextChars} characters reached; the rest was not screened`);
      chars.reported = true;
      return false;
    }
    const truncated = extractLeaf(leaf, state, chars.left, add, problems);
    if (truncated && !chars.reported) {
      problems.push(`text limit of ${limits.maxTextChars} characters reached; the rest was not screened`);
      chars.reported = true;
    }
    return !truncated;
  });
  problems.push(...state.problems);
}

/** Returns true when the character budget ran out inside this file. */
function extractLeaf(
  leaf: FileLeaf,
  state: WalkState,
  maxChars: number,
  add: (part: string, text: string) => void,
  problems: string[],
): boolean {
  const prefix = (part: string): string => (leaf.path ? (part ? `${leaf.path}${PART_SEPARATOR}${part}` : leaf.path) : part);
  const where = leaf.path ? `"${leaf.path}": ` : '';
  switch (leaf.type) {
    case 'text': {
      const text = decodeText(leaf.bytes, maxChars);
      add(prefix(''), text);
      return text.length >= maxChars && leaf.bytes.length > maxChars;
    }
    case 'docx':
    case 'xlsx':
    case 'pptx': {
      const result = extractOfficeText(leaf.bytes, leaf.entries ?? [], leaf.type, state.budget, maxChars);
      for (const part of result.parts) add(prefix(part.part), part.text);
      for (const problem of result.problems) problems.push(`${where}${problem}`);
      return result.truncated;
    }
    case 'pdf': {
      const file = loadPdf(leaf.bytes, state.limits);
      if (file.objects.size === 0) {
        problems.push(`${where}no PDF objects could be read (corrupt or not a PDF)`);
        return false;
      }
      const result = extractPdfText(file, maxChars, state.budget);
      for (const part of result.parts) add(prefix(part.part), part.text);
      const issues = [...file.problems, ...result.problems];
      if (issues.length) problems.push(`${where}PDF partly unreadable: ${issues.slice(0, 5).join('; ')}`);
      return result.truncated;
    }
    case 'png':
    case 'jpeg':
      // Images carry no extractable text here (no OCR); that is expected, not a problem.
      return false;
    case 'zip':
      // forEachFile opens archives itself; a leaf is never a plain ZIP.
      return false;
    case 'unknown':
      problems.push(`${where}file type not recognised; no text extracted`);
      return false;
  }
}
