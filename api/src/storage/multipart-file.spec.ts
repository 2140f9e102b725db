import { Readable, type Writable } from 'node:stream';
import busboy from 'busboy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MultipartFileReader, multipartBoundary } from './multipart-file.js';

// The reader against busboy, the long-standing general parser it replaced on the upload path:
// for random forms cut into random chunks, both must find the same files with the same names,
// types and bytes. Busboy stays here as the oracle.

interface Seen {
  files: { field: string | undefined; filename: string; mimeType: string; bytes: string }[];
  error: boolean;
}

const LIMITS = { parts: 6, headerBytes: 16 * 1024 };

function chunksOf(body: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (body.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of [...points, body.length]) {
    if (point > from) chunks.push(body.subarray(from, point));
    from = Math.max(from, point);
  }
  return chunks;
}

/** Reads the file parts' bytes, slowly when asked, to exercise back-pressure. */
async function collect(stream: Readable, slow: boolean): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of stream) {
    parts.push(part as Buffer);
    if (slow) await new Promise((resolve) => setImmediate(resolve));
  }
  return Buffer.concat(parts).toString('latin1');
}

type OnFile = (field: string | undefined, stream: Readable, info: { filename: string; mimeType: string }) => void;

/** Feeds the chunks to a parser, collecting the files it finds, until it is done or fails. */
async function parse(chunks: Buffer[], slow: boolean, make: (onFile: OnFile) => Writable, doneEvent: 'finish' | 'close'): Promise<Seen> {
  const seen: Seen = { files: [], error: false };
  const reading: Promise<void>[] = [];
  const parser = make((field, stream, info) => {
    reading.push(collect(stream, slow).then((bytes) => void seen.files.push({ field, filename: info.filename, mimeType: info.mimeType, bytes }), () => undefined));
  });
  await new Promise<void>((resolve) => {
    parser.on('error', () => {
      seen.error = true;
      resolve();
    });
    parser.on(doneEvent, resolve);
    Readable.from(chunks).pipe(parser);
  });
  await Promise.all(reading);
  return seen;
}

const withReader = (boundary: string, chunks: Buffer[], slow = false) =>
  parse(chunks, slow, (onFile) => new MultipartFileReader(boundary, LIMITS, onFile), 'finish');

const withBusboy = (boundary: string, chunks: Buffer[]) =>
  parse(
    chunks,
    false,
    (onFile) => {
      const parser = busboy({ headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, defParamCharset: 'utf8', limits: { parts: LIMITS.parts } });
      parser.on('file', (field, stream, info) => onFile(field, stream, { filename: info.filename ?? '', mimeType: info.mimeType }));
      return parser;
    },
    'close',
  );

/** Content that keeps coming close to the boundary: pieces of it, CRLFs and dashes. */
const content = (boundary: string) =>
  fc
    .array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('\r\n', '--', `--${boundary.slice(0, 5)}`, `\r\n--${boundary.slice(0, -1)}`, '\r', '\n-', '\u0000'), fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a).toString('latin1'))), { maxLength: 30 })
    .map((pieces) => pieces.join(''))
    // A sender picks a boundary its content does not contain (browsers: a long random one), so a
    // form is only well-formed without it; what either parser makes of ill-formed ones differs.
    .filter((text) => !text.includes(`--${boundary}`));

const fileName = fc.oneof(fc.constantFrom('løsning.pdf', 'tilbud 2026.docx', 'C:\\fakepath\\bilag.xlsx', 'a/b/c.txt', 'x".pdf', '', '.', '..', 'a/..'), fc.string({ maxLength: 20 }).filter((s) => !/["\r\n\\]/.test(s)));

const part = (boundary: string) =>
  fc.oneof(
    fc.record({ kind: fc.constant('file' as const), field: fc.constantFrom('file', 'other'), name: fileName, type: fc.constantFrom('application/pdf', 'text/plain', 'image/png'), body: content(boundary) }),
    fc.record({ kind: fc.constant('field' as const), field: fc.constantFrom('note', 'file'), body: content(boundary) }),
  );

/** A form as a browser sends it: headers in UTF-8, contents as bytes. */
function form(boundary: string, parts: { kind: 'file' | 'field'; field: string; name?: string; type?: string; body: string }[], preamble: string, epilogue: string): Buffer {
  const pieces: Buffer[] = [Buffer.from(preamble ? `${preamble}\r\n` : '', 'utf8')];
  for (const p of parts) {
    const quotedName = p.name?.replace(/"/g, '%22');
    const disposition = p.kind === 'file' ? `form-data; name="${p.field}"; filename="${quotedName}"` : `form-data; name="${p.field}"`;
    pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`, 'utf8'));
    pieces.push(Buffer.from(p.body, 'latin1'), Buffer.from('\r\n'));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n${epilogue}`, 'utf8'));
  return Buffer.concat(pieces);
}

describe('MultipartFileReader', () => {
  it('finds the same files, names, types and bytes as busboy, however the body is cut', async () => {
    const boundaries = fc.constantFrom('----fairpitchbench0123456789abcdef', 'X', 'formdata-boundary-with-many-characters-1234567890');
    const cases = boundaries.chain((boundary) =>
      fc.record({ boundary: fc.constant(boundary), parts: fc.array(part(boundary), { minLength: 1, maxLength: 3 }), cuts: fc.array(fc.nat(), { maxLength: 12 }), slow: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ boundary, parts, cuts, slow }) => {
        const chunks = chunksOf(form(boundary, parts, '', ''), cuts);
        const [ours, theirs] = await Promise.all([withReader(boundary, chunks, slow), withBusboy(boundary, chunks)]);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a file holding a near-copy of its boundary at every chunk edge', async () => {
    const boundary = 'B0undary';
    const tricky = `a\r\n--B0undar\r\n-B0undary\r\n--B0undarX\r\n`.repeat(3);
    const body = form(boundary, [{ kind: 'file', field: 'file', name: 'x.txt', type: 'text/plain', body: tricky }], 'preamble text', 'epilogue');
    for (let size = 1; size <= 24; size++) {
      const chunks = chunksOf(body, Array.from({ length: Math.ceil(body.length / size) }, (_, i) => i * size));
      const seen = await withReader(boundary, chunks);
      expect(seen.error).toBe(false);
      expect(seen.files).toEqual([{ field: 'file', filename: 'x.txt', mimeType: 'text/plain', bytes: tricky }]);
    }
  });

  it('takes the file name from filename* (RFC 5987) and strips folders', async () => {
    const body = Buffer.from(`--b\r\nContent-Disposition: form-data; name="file"; filename="fallback.pdf"; filename*=UTF-8''..%2F..%2Fl%C3%B8sning.pdf\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--b--\r\n`);
    const seen = await withReader('b', [body]);
    expect(seen.files).toEqual([{ field: 'file', filename: 'løsning.pdf', mimeType: 'application/pdf', bytes: '%PDF' }]);
  });

  it('refuses forms without their closing boundary, with too many parts, or with endless headers', async () => {
    const unterminated = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhello');
    expect((await withReader('b', [unterminated])).error).toBe(true);
    const many = Buffer.from(`${'--b\r\nContent-Disposition: form-data; name="f"\r\n\r\nv\r\n'.repeat(LIMITS.parts + 1)}--b--\r\n`);
    expect((await withReader('b', [many])).error).toBe(true);
    const endless = Buffer.from(`--b\r\nContent-Disposition: form-data; name="file"\r\nX-Padding: ${'x'.repeat(LIMITS.headerBytes)}\r\n`);
    expect((await withReader('b', [endless])).error).toBe(true);
    const garbage = Buffer.from('--bXYZ\r\n\r\n');
    expect((await withReader('b', [garbage])).error).toBe(true);
  });

  it('reads the boundary from the content type', () => {
    expect(multipartBoundary('multipart/form-data; boundary=----abc')).toBe('----abc');
    expect(multipartBoundary('Multipart/Form-Data; charset=utf-8; boundary="quoted \\"b\\""')).toBe('quoted "b"');
    expect(multipartBoundary('multipart/form-data')).toBeNull();
    expect(multipartBoundary('multipart/mixed; boundary=x')).toBeNull();
    expect(multipartBoundary(`multipart/form-data; boundary=${'x'.repeat(71)}`)).toBeNull();
  });
});
