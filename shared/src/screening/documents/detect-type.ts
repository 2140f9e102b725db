import { readZipDirectory } from './read-zip-directory.js';
import { isUtf8Text, utf16Bom } from './text-bytes.js';

export const DOCUMENT_TYPES = ['pdf', 'zip', 'docx', 'xlsx', 'pptx', 'png', 'jpeg', 'text', 'unknown'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
// An OOXML package is recognised by its listing only, so the directory read is capped.
const OOXML_LISTING_CAP = 5000;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

// Every document rule and the text extraction ask for the type of the same bytes; a large
// text file would otherwise be scanned for valid UTF-8 once per rule. (Screening never changes
// a document's bytes, so the cache cannot go stale.)
const cache = new WeakMap<Uint8Array, DocumentType>();

/** The type of a document judged by its bytes alone (the extension is never trusted). */
export function detectType(bytes: Uint8Array): DocumentType {
  let type = cache.get(bytes);
  if (type === undefined) {
    type = sniff(bytes);
    cache.set(bytes, type);
  }
  return type;
}

function sniff(bytes: Uint8Array): DocumentType {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return ooxmlKind(bytes) ?? 'zip';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (utf16Bom(bytes) || isUtf8Text(bytes)) return 'text';
  return 'unknown';
}

/** docx / xlsx / pptx when the archive has `[Content_Types].xml` and the matching main folder. */
export function ooxmlKind(bytes: Uint8Array): 'docx' | 'xlsx' | 'pptx' | null {
  const directory = readZipDirectory(bytes, OOXML_LISTING_CAP);
  if (!directory.ok) return null;
  const names = directory.entries.map((entry) => entry.name);
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((name) => name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  if (names.some((name) => name.startsWith('ppt/'))) return 'pptx';
  return null;
}

const TYPES_BY_EXTENSION: Record<string, DocumentType> = {
  pdf: 'pdf',
  zip: 'zip',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  dotm: 'docx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  xltx: 'xlsx',
  xltm: 'xlsx',
  pptx: 'pptx',
  pptm: 'pptx',
  potx: 'pptx',
  potm: 'pptx',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  json: 'text',
  csv: 'text',
  tsv: 'text',
  env: 'text',
  yaml: 'text',
  yml: 'text',
  xml: 'text',
  log: 'text',
};

export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // ".env" and "production.env" are both env files.
  const dot = base.lastIndexOf('.');
  return dot >= 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The type a file name promises, or null when the extension is not one we know. */
export function typeForExtension(fileName: string): DocumentType | null {
  return TYPES_BY_EXTENSION[fileExtension(fileName)] ?? null;
}
