import { strFromU8 } from 'fflate';
import { expandZipEntry, type ExpansionBudget } from './expand-zip-entry.js';
import type { ZipEntry } from './read-zip-directory.js';
import { xmlToText, type XmlTextOptions } from './xml-to-text.js';

export type OfficeKind = 'docx' | 'xlsx' | 'pptx';

interface PartRule {
  pattern: RegExp;
  options: Omit<XmlTextOptions, 'maxChars'>;
}

const WORD: Omit<XmlTextOptions, 'maxChars'> = {
  lineElements: ['w:p', 'w:tr'],
  cellElements: ['w:tc'],
  tabElements: ['w:tab', 'w:ptab'],
  breakElements: ['w:br', 'w:cr'],
};
const DRAWING: Omit<XmlTextOptions, 'maxChars'> = {
  lineElements: ['a:p', 'a:tr', 'p:txBody'],
  cellElements: ['a:tc'],
  tabElements: ['a:tab'],
  breakElements: ['a:br'],
  // Tab stops and fonts are definitions, not text.
  skipElements: ['a:tabLst'],
};

// Which XML parts hold the text a person wrote, per Office format.
const PARTS: Record<OfficeKind, PartRule[]> = {
  docx: [
    { pattern: /^word\/document\.xml$/, options: WORD },
    { pattern: /^word\/(header|footer)\d*\.xml$/, options: WORD },
    { pattern: /^word\/(comments|footnotes|endnotes)\.xml$/, options: WORD },
  ],
  xlsx: [
    { pattern: /^xl\/sharedStrings\.xml$/, options: { lineElements: ['si'], skipElements: ['rPh', 'phoneticPr'] } },
    {
      pattern: /^xl\/worksheets\/sheet\d+\.xml$/,
      options: {
        lineElements: ['row'],
        cellElements: ['c'],
        // Formulas are code, and a shared-string cell only holds an index into sharedStrings.
        skipElements: ['f'],
        skipWhen: (name, attributes) => name === 'c' && /\bt\s*=\s*["']s["']/.test(attributes),
      },
    },
    { pattern: /^xl\/comments\d*\.xml$/, options: { lineElements: ['comment', 'x:p'] } },
  ],
  pptx: [
    { pattern: /^ppt\/slides\/slide\d+\.xml$/, options: DRAWING },
    { pattern: /^ppt\/notesSlides\/notesSlide\d+\.xml$/, options: DRAWING },
    { pattern: /^ppt\/comments\/[^/]+\.xml$/, options: { lineElements: ['p:cm'] } },
  ],
};

export interface OfficePartText {
  part: string;
  text: string;
}

export interface OfficeTextResult {
  parts: OfficePartText[];
  problems: string[];
  /** The character budget ran out before every part was read. */
  truncated: boolean;
}

/** Natural order, so slide2 comes before slide10. */
function byNaturalName(a: ZipEntry, b: ZipEntry): number {
  return a.name.localeCompare(b.name, 'en', { numeric: true });
}

export function extractOfficeText(
  bytes: Uint8Array,
  entries: ZipEntry[],
  kind: OfficeKind,
  budget: ExpansionBudget,
  maxChars: number,
): OfficeTextResult {
  const parts: OfficePartText[] = [];
  const problems: string[] = [];
  let remaining = maxChars;
  let truncated = false;
  for (const rule of PARTS[kind]) {
    const matching = entries.filter((entry) => rule.pattern.test(entry.name)).toSorted(byNaturalName);
    for (const entry of matching) {
      if (remaining <= 0) return { parts, problems, truncated: true };
      const expanded = expandZipEntry(bytes, entry, budget);
      if (!expanded.ok) {
        problems.push(expanded.problem);
        if (expanded.kind === 'limit') return { parts, problems, truncated };
        continue;
      }
      const xml = strFromU8(expanded.data);
      const result = xmlToText(xml, { ...rule.options, maxChars: remaining });
      if (result.text.trim()) parts.push({ part: entry.name, text: result.text });
      remaining -= result.text.length;
      if (result.truncated) truncated = true;
    }
  }
  return { parts, problems, truncated };
}
