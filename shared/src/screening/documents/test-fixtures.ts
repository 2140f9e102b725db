import { deflateSync, strToU8, zipSync, zlibSync, type Zippable } from 'fflate';
import type { ScreeningContext, ScreeningDocument, ScreeningInput } from '../ruleset-types.js';
import { makeScreeningInput } from '../screening-fixtures.js';
import { extractTexts } from './extract-texts.js';

// Builders for the small documents the specs screen: made by code, so no binary fixtures live
// in the repository and each test shows exactly what its document contains.

export function zip(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    zippable[name] = [typeof content === 'string' ? strToU8(content) : content, { level }];
  }
  return zipSync(zippable);
}

const CONTENT_TYPES = (main: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${main}" ContentType="application/xml"/></Types>`;

export function docx(paragraphs: string[], extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zip({
    '[Content_Types].xml': CONTENT_TYPES('word/document.xml'),
    'word/document.xml': `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`,
    ...extra,
  });
}

export function xlsx(rows: (string | number)[][]): Uint8Array {
  const shared: string[] = [];
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
          shared.push(value);
          return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return zip({
    '[Content_Types].xml': CONTENT_TYPES('xl/workbook.xml'),
    'xl/workbook.xml': '<workbook/>',
    'xl/sharedStrings.xml': `<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheetRows}</sheetData></worksheet>`,
  });
}

export function pptx(slides: string[][], notes: string[] = []): Uint8Array {
  const files: Record<string, string> = { '[Content_Types].xml': CONTENT_TYPES('ppt/presentation.xml'), 'ppt/presentation.xml': '<p:presentation/>' };
  slides.forEach((paragraphs, i) => {
    const body = paragraphs.map((p) => `<a:p><a:r><a:t>${p}</a:t></a:r></a:p>`).join('');
    files[`ppt/slides/slide${i + 1}.xml`] = `<p:sld><p:cSld><p:spTree><p:sp><p:txBody>${body}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
  });
  notes.forEach((note, i) => {
    files[`ppt/notesSlides/notesSlide${i + 1}.xml`] = `<p:notes><p:txBody><a:p><a:r><a:t>${note}</a:t></a:r></a:p></p:txBody></p:notes>`;
  });
  return zip(files);
}

/** A PDF with a correct xref table; `objects[i]` becomes object i + 1. Streams are given raw. */
export function pdf(objects: string[]): Uint8Array {
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(body, true);
}

/** A stream object; with `flate`, the data is zlib-compressed as PDF writers do. */
export function pdfStream(content: string, dict = '', flate = false): string {
  const raw = strToU8(content, true);
  const data = flate ? zlibSync(raw) : raw;
  const filter = flate ? ' /Filter /FlateDecode' : '';
  return `<< /Length ${data.length}${filter}${dict ? ` ${dict}` : ''} >>\nstream\n${String.fromCharCode(...data)}\nendstream`;
}

/** A one-page-per-content PDF showing the given content streams (raw PDF operators). */
export function pdfWithPages(contents: string[], flate = true): Uint8Array {
  const pageCount = contents.length;
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>'];
  const kids = contents.map((_, i) => `${3 + 2 * i} 0 R`).join(' ');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`);
  contents.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + 2 * i} 0 R >>`);
    objects.push(pdfStream(content, '', flate));
  });
  return pdf(objects);
}

/**
 * A ZIP whose single entry is `size` zero bytes, deflated: a real zip bomb of ~1000× ratio, so
 * a few megabytes of declared output cost a few kilobytes.
 */
export function zerosZip(size: number, name = 'zeros.bin'): Uint8Array {
  return zip({ [name]: new Uint8Array(size) });
}

/** Rewrites every central-directory entry's declared uncompressed size (a lying archive). */
export function withDeclaredSize(archive: Uint8Array, size: number): Uint8Array {
  const out = archive.slice();
  for (let at = 0; at + 46 <= out.length; at++) {
    if (out[at] === 0x50 && out[at + 1] === 0x4b && out[at + 2] === 0x01 && out[at + 3] === 0x02) {
      new DataView(out.buffer, out.byteOffset).setUint32(at + 24, size, true);
    }
  }
  return out;
}

export function deflateRaw(data: Uint8Array): Uint8Array {
  return deflateSync(data);
}

export function doc(fileName: string, bytes: Uint8Array | string, attachmentId = fileName): ScreeningDocument {
  return {
    attachmentId,
    fileName,
    sha256: '0'.repeat(64),
    detectedMime: null,
    bytes: typeof bytes === 'string' ? strToU8(bytes) : bytes,
  };
}

/** The context rules see: the input plus the text extracted from its documents. */
export function screeningContext(overrides: Partial<ScreeningInput> = {}): ScreeningContext {
  const input = makeScreeningInput(overrides);
  return { ...input, ...extractTexts(input) };
}
