import { Readable, Writable } from 'node:stream';

/** What a multipart request says about its file part. */
export interface FilePartInfo {
  /** The file name as sent, folders stripped ('' when the browser sent none). */
  filename: string;
  mimeType: string;
}

export interface MultipartLimits {
  /** Parts of any kind the body may have; one more is refused. */
  parts: number;
  /** Bytes of one part's header block. */
  headerBytes: number;
}

export class MultipartError extends Error {}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary of a multipart/form-data content type, or null if it has none. */
export function multipartBoundary(contentType: string): string | null {
  if (!/^multipart\/form-data\s*(;|$)/i.test(contentType)) return null;
  const match = /;\s*boundary\s*=\s*(?:"((?:[^"\\]|\\.){1,70})"|([^\s;"]{1,70}))\s*(?:;|$)/i.exec(contentType);
  const boundary = match ? (match[1]?.replace(/\\(.)/g, '$1') ?? match[2]) : undefined;
  return boundary ? boundary : null;
}

/**
 * Reads a quoted or token parameter value starting at `at`. Backslashes are kept as they are:
 * browsers never escape within these quotes (a quote in a file name is sent as %22) and older
 * ones send Windows paths such as C:\\fakepath\\offer.pdf, whose folders are stripped later.
 */
function parameterValue(header: string, at: number): { value: string; end: number } {
  if (header[at] !== '"') {
    const end = header.indexOf(';', at);
    return { value: header.slice(at, end < 0 ? undefined : end).trim(), end: end < 0 ? header.length : end };
  }
  const close = header.indexOf('"', at + 1);
  return close < 0 ? { value: header.slice(at + 1), end: header.length } : { value: header.slice(at + 1, close), end: close + 1 };
}

/** Parameters of a Content-Disposition value (names lower-cased), the first of each name kept. */
function dispositionParameters(value: string): Map<string, string> {
  const parameters = new Map<string, string>();
  const pattern = /;\s*([^\s=;]+)\s*=\s*/g;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const { value: parameter, end } = parameterValue(value, pattern.lastIndex);
    const name = match[1]!.toLowerCase();
    if (!parameters.has(name)) parameters.set(name, parameter);
    pattern.lastIndex = end;
  }
  return parameters;
}

/** RFC 5987 `charset'language'percent-encoded` (filename*), or undefined if it cannot be read. */
function extendedValue(value: string): string | undefined {
  const match = /^(utf-8|iso-8859-1)'[^']*'(.*)$/i.exec(value);
  if (!match) return undefined;
  try {
    if (match[1]!.toLowerCase() === 'utf-8') return decodeURIComponent(match[2]!);
    return match[2]!.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  } catch {
    return undefined;
  }
}

/** The name without folders; "." and ".." name no file. */
function baseName(path: string): string {
  const name = path.replace(/^.*[/\\]/, '');
  return name === '.' || name === '..' ? '' : name;
}

interface PartHeaders {
  name: string | undefined;
  filename: string | undefined;
  mimeType: string;
}

/** The headers of one part, read as UTF-8 (as browsers send names, HTML's form-data encoding). */
function partHeaders(block: Buffer): PartHeaders | null {
  let disposition: string | undefined;
  let mimeType = 'application/octet-stream';
  for (const line of block.toString('utf8').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-disposition' && disposition === undefined) disposition = value;
    else if (name === 'content-type' && value) mimeType = value.split(';')[0]!.trim().toLowerCase();
  }
  if (!disposition || !/^form-data\s*(;|$)/i.test(disposition)) return null;
  const parameters = dispositionParameters(disposition);
  const extended = parameters.has('filename*') ? extendedValue(parameters.get('filename*')!) : undefined;
  const filename = extended ?? parameters.get('filename');
  // As browsers send an empty file input, a part without a file name is no file.
  return { name: parameters.get('name'), filename: filename ? baseName(filename) : undefined, mimeType };
}

type State = 'preamble' | 'afterDelimiter' | 'headers' | 'body' | 'done';

/**
 * A streaming multipart/form-data reader for uploads: it hands each file part to `onFile` as a
 * stream (with back-pressure) and reads past every other part. The part boundaries are found
 * with Buffer.indexOf, in native code: a general-purpose parser that inspects the body byte by
 * byte in JavaScript took as much CPU per megabyte as hashing it, on every upload of the
 * deadline rush. Malformed bodies, oversized header blocks and too many parts end in an error.
 */
export class MultipartFileReader extends Writable {
  private readonly delimiter: Buffer;
  private state: State = 'preamble';
  /** Bytes not yet consumed: a possible start of the delimiter, or an unfinished header block. */
  private pending: Buffer = CRLF; // the first delimiter may open the body without a CRLF before it
  private parts = 0;
  private file: Readable | null = null;
  private resume: (() => void) | null = null;

  constructor(
    boundary: string,
    private readonly limits: MultipartLimits,
    private readonly onFile: (field: string | undefined, stream: Readable, info: FilePartInfo) => void,
  ) {
    super();
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    try {
      const paused = this.consume(this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk);
      if (paused) this.resume = () => done();
      else done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _final(done: (error?: Error | null) => void): void {
    if (this.state !== 'done') {
      const error = new MultipartError('the form ended before its closing boundary');
      this.file?.destroy(error);
      return done(error);
    }
    done();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    if (this.file && !this.file.readableEnded) this.file.destroy(error ?? new MultipartError('the form was abandoned'));
    done(error);
  }

  /** Consumes what it can of `data`; true when the file's reader must catch up first. */
  private consume(data: Buffer): boolean {
    let rest = data;
    for (;;) {
      if (this.state === 'done') {
        this.pending = Buffer.alloc(0); // the epilogue
        return false;
      }
      if (this.state === 'preamble' || this.state === 'body') {
        const at = rest.indexOf(this.delimiter);
        if (at < 0) {
          // Keep what could be the start of the delimiter; the rest is the part's content.
          const safe = Math.max(0, rest.length - (this.delimiter.length - 1));
          this.pending = rest.subarray(safe);
          return this.state === 'body' && safe > 0 ? this.toFile(rest.subarray(0, safe)) : false;
        }
        if (this.state === 'body') {
          if (at > 0) this.toFile(rest.subarray(0, at));
          this.endFile();
        }
        rest = rest.subarray(at + this.delimiter.length);
        this.state = 'afterDelimiter';
        continue;
      }
      if (this.state === 'afterDelimiter') {
        // "--" closes the form; otherwise optional blanks and CRLF open the next part.
        let at = 0;
        if (rest.length >= 2 && rest[0] === 0x2d && rest[1] === 0x2d) {
          this.state = 'done';
          continue;
        }
        while (at < rest.length && (rest[at] === 0x20 || rest[at] === 0x09)) at++;
        if (rest.length - at < 2) {
          if (rest.length > 256) throw new MultipartError('malformed boundary line');
          this.pending = rest;
          return false;
        }
        if (rest[at] !== 0x0d || rest[at + 1] !== 0x0a) throw new MultipartError('malformed boundary line');
        rest = rest.subarray(at + 2);
        if (++this.parts > this.limits.parts) throw new MultipartError('too many parts');
        this.state = 'headers';
        // An empty header block ends at once.
        rest = Buffer.concat([CRLF, rest]);
        continue;
      }
      // headers (read with the CRLF that ended the boundary line in front)
      const end = rest.indexOf(HEADER_END);
      if (end < 0) {
        if (rest.length > this.limits.headerBytes) throw new MultipartError('part headers too large');
        this.pending = rest;
        return false;
      }
      if (end > this.limits.headerBytes) throw new MultipartError('part headers too large');
      this.startPart(partHeaders(rest.subarray(2, end)));
      rest = rest.subarray(end + HEADER_END.length);
      this.state = 'body';
    }
  }

  private startPart(headers: PartHeaders | null): void {
    if (!headers || headers.filename === undefined) return; // a field or a stray part: read past it
    const file = new Readable({ read: () => this.catchUp() });
    this.file = file;
    this.onFile(headers.name, file, { filename: headers.filename, mimeType: headers.mimeType });
  }

  /** Hands content to the current file part; true when its reader is full. */
  private toFile(bytes: Buffer): boolean {
    if (!this.file) return false;
    return !this.file.push(bytes);
  }

  private endFile(): void {
    this.file?.push(null);
    this.file = null;
  }

  private catchUp(): void {
    const resume = this.resume;
    this.resume = null;
    resume?.();
  }
}
