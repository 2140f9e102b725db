import { isDict, isName, type PdfValue } from './pdf-lexer.js';
import { resolve, type PdfFile } from './read-pdf-objects.js';

/** Active or hidden content in a PDF, by the object numbers it was found in. */
export interface PdfActiveContent {
  /** /JS or /JavaScript (script actions, the JavaScript name tree). */
  javascript: number[];
  /** /Launch actions, which start programs. */
  launch: number[];
  /** The document runs an action when opened; `openActionScript` when that action is script. */
  openAction: boolean;
  openActionScript: boolean;
  /** /EmbeddedFile(s): files hidden inside the PDF, which the screening cannot read. */
  embeddedFiles: number[];
  /** /RichMedia (Flash and similar players). */
  richMedia: number[];
}

const MAX_DEPTH = 32;

function namesIn(value: PdfValue | undefined, into: Set<string>, depth: number): void {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
  if (value.t === 'name') into.add(value.v);
  else if (value.t === 'arr') for (const item of value.v) namesIn(item, into, depth + 1);
  else if (value.t === 'dict') {
    for (const [key, item] of value.v) {
      into.add(key);
      namesIn(item, into, depth + 1);
    }
  }
}

/** Scans every object (object streams included, #-escaped names decoded) for active content. */
export function findPdfActiveContent(file: PdfFile): PdfActiveContent {
  const found: PdfActiveContent = { javascript: [], launch: [], openAction: false, openActionScript: false, embeddedFiles: [], richMedia: [] };
  for (const object of file.objects.values()) {
    const names = new Set<string>();
    namesIn(object.value, names, 0);
    if (names.has('JS') || names.has('JavaScript')) found.javascript.push(object.num);
    if (names.has('Launch')) found.launch.push(object.num);
    if (names.has('EmbeddedFile') || names.has('EmbeddedFiles')) found.embeddedFiles.push(object.num);
    if (names.has('RichMedia')) found.richMedia.push(object.num);
    if (isDict(object.value) && isName(object.value.v.get('Type'), 'Catalog') && object.value.v.has('OpenAction')) {
      found.openAction = true;
      const action = resolve(file, object.value.v.get('OpenAction'));
      // An open action is either a destination (an array: harmless) or an action dictionary.
      if (isDict(action)) {
        const actionNames = new Set<string>();
        namesIn(action, actionNames, 0);
        if (actionNames.has('JS') || actionNames.has('JavaScript') || actionNames.has('Launch')) found.openActionScript = true;
      }
    }
  }
  for (const list of [found.javascript, found.launch, found.embeddedFiles, found.richMedia]) list.sort((a, b) => a - b);
  return found;
}

/** For a file whose objects could not be read at all: a plain scan for the same names. */
export function scanRawForActiveNames(source: string): string[] {
  return ['/JavaScript', '/JS', '/Launch', '/EmbeddedFile', '/RichMedia', '/OpenAction'].filter((name) => {
    let at = source.indexOf(name);
    while (at >= 0) {
      const next = source.charCodeAt(at + name.length);
      // "/JS" must not match "/JSON…": the name has to end here.
      if (Number.isNaN(next) || !/[A-Za-z0-9#]/.test(source[at + name.length]!)) return true;
      at = source.indexOf(name, at + 1);
    }
    return false;
  });
}
