import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

// PDF/A-style reports embed their fonts so they print the same everywhere. The standard 14 PDF
// fonts are never embedded, so a font file is needed: DejaVu Sans (free licence, full Latin,
// Greek, subscripts and maths signs such as CO₂ and ≥). Should it be missing, the report falls
// back to the standard Helvetica (not embedded) and brings its text into the WinAnsi set.
const CANDIDATES: readonly { regular: string; bold: string }[] = [
  { regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
  {
    regular: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff',
    bold: '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff',
  },
  {
    regular: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
    bold: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
  },
];

export interface ReportFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: Promise<ReportFonts | null> | undefined;

async function find(): Promise<ReportFonts | null> {
  const require = createRequire(import.meta.url);
  for (const candidate of CANDIDATES) {
    try {
      return { regular: await readFile(require.resolve(candidate.regular)), bold: await readFile(require.resolve(candidate.bold)) };
    } catch {
      // not installed; try the next one
    }
  }
  return null;
}

/** The font files to embed, or null when none is installed (loaded once per process). */
export function reportFonts(): Promise<ReportFonts | null> {
  cached ??= find();
  return cached;
}
