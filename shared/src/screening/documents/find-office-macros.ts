import { strFromU8 } from 'fflate';
import type { ScreeningLimits } from '../ruleset-types.js';
import { fileExtension } from './detect-type.js';
import { expandZipEntry } from './expand-zip-entry.js';
import { forEachFile, newWalkState } from './for-each-file.js';

const MACRO_EXTENSIONS = ['docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'xlsb', 'pptm', 'potm', 'ppsm', 'ppam', 'sldm'];
const VBA_PART = /(^|\/)vba(Project\.bin|Data\.xml|ProjectSignature\.bin)$/i;
// [Content_Types].xml is tiny in any honest package; reading more than this is not needed.
const CONTENT_TYPES_CAP = 1024 * 1024;

export type MacroSignal = {
  /** "" for the document itself, else the path inside the archive. */
  path: string;
  signals: string[];
};

/** Signs of VBA macros in an Office file or in Office files inside an archive. */
export function findOfficeMacros(bytes: Uint8Array, fileName: string, limits: ScreeningLimits): MacroSignal[] {
  const found: MacroSignal[] = [];
  forEachFile(bytes, newWalkState(limits), (leaf) => {
    const name = leaf.path || fileName;
    const signals: string[] = [];
    if (MACRO_EXTENSIONS.includes(fileExtension(name))) signals.push(`macro-enabled file name (.${fileExtension(name)})`);
    for (const entry of leaf.entries ?? []) {
      if (VBA_PART.test(entry.name)) signals.push(`macro part ${entry.name}`);
    }
    const contentTypes = leaf.entries?.find((entry) => entry.name === '[Content_Types].xml');
    if (contentTypes && contentTypes.uncompressedSize <= CONTENT_TYPES_CAP) {
      const expanded = expandZipEntry(leaf.bytes, contentTypes, { remaining: CONTENT_TYPES_CAP });
      if (expanded.ok) {
        const xml = strFromU8(expanded.data);
        if (/macroEnabled/i.test(xml)) signals.push('macro-enabled content type');
        if (/vbaProject/i.test(xml)) signals.push('VBA project content type');
      }
    }
    if (signals.length) found.push({ path: leaf.path, signals });
    return true;
  });
  return found;
}
