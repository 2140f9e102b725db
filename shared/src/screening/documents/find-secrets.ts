import { fileExtension } from './detect-type.js';

export const SECRET_KINDS = [
  'private-key',
  'aws-access-key-id',
  'github-token',
  'slack-token',
  'slack-webhook',
  'jwt',
  'password-assignment',
] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export interface SecretHit {
  kind: SecretKind;
  /** 1-based line and column in the extracted text. */
  line: number;
  column: number;
  /** Never the secret itself: its first characters and "****". */
  masked: string;
}

// Token formats published by their issuers; each is anchored on a fixed prefix, so none can
// backtrack badly on long input.
const TOKEN_PATTERNS: { kind: SecretKind; regex: RegExp }[] = [
  { kind: 'aws-access-key-id', regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { kind: 'github-token', regex: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { kind: 'slack-token', regex: /\bxox[abprse]-[A-Za-z0-9-]{10,250}/g },
  { kind: 'slack-webhook', regex: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9_]{4,}\/B[A-Za-z0-9_]{4,}\/[A-Za-z0-9_]{8,}/g },
  { kind: 'jwt', regex: /\beyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{10,2000}/g },
];
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ ){0,2}PRIVATE KEY(?: BLOCK)?-----/g;
// KEY=value, as in .env, .properties and shell files.
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]{0,100})\s*=\s*(\S.*)$/;
// key: value, only in YAML and JSON files (in prose "Password: see the vault" is common).
const COLON_ASSIGNMENT = /^\s*["']?([A-Za-z_][A-Za-z0-9_.-]{0,100})["']?\s*:\s*(\S.*)$/;
const SECRET_NAME = /(?:^|[_.-])(?:password|passwd|pwd|secret|token|api_?key|apikey|private_?key|access_?key|client_?secret|auth_?token|credentials?)(?:$|[_.-])/i;
// Names that mention a secret but hold something else (where it is, what it is called).
const NOT_A_SECRET_NAME = /[_.-](?:url|uri|endpoint|file|path|name|id|type|length|expiry|expires|ttl|header)$/i;
const PLACEHOLDER =
  /^(?:<.*>|\$\{.*\}|\$[A-Za-z_][A-Za-z0-9_]*|%.*%|\{\{.*\}\}|\[.*\]|x+|\*+|\.+|-+|_+|changeme|change_me|changeit|password|secret|example|sample|dummy|test|null|none|nil|undefined|true|false|yes|no|todo|tbd|redacted|your[-_ ].*|<redacted>)$/i;
const COLON_FILES = ['yml', 'yaml', 'json'];

/**
 * Shows only a hint of the secret: the first 4 characters of a long one (enough to find and
 * revoke it; token prefixes such as "ghp_" are not secret), just 1 of a short one (4 characters of
 * an 8-character password would give half of it away).
 */
export function maskSecret(secret: string): string {
  return `${secret.slice(0, secret.length >= 12 ? 4 : 1)}****`;
}

function unquote(value: string): string {
  let v = value.trim();
  // Drop a trailing comment or JSON comma.
  if (!/^["']/.test(v)) v = v.replace(/\s+#.*$/, '');
  v = v.replace(/,\s*$/, '');
  const quote = v[0];
  if ((quote === '"' || quote === "'") && v.endsWith(quote) && v.length >= 2) v = v.slice(1, -1);
  return v;
}

/** Looks for private keys, cloud and chat tokens, JWTs and password assignments in a text. */
export function findSecrets(text: string, fileName: string): SecretHit[] {
  const hits: SecretHit[] = [];
  const colonAllowed = COLON_FILES.includes(fileExtension(fileName));
  let lineStart = 0;
  let lineNumber = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    lineNumber += 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    scanLine(line, lineNumber, text, lineEnd, colonAllowed, hits);
    lineStart = lineEnd + 1;
  }
  return hits;
}

function scanLine(line: string, lineNumber: number, text: string, lineEnd: number, colonAllowed: boolean, hits: SecretHit[]): void {
  if (line.includes('PRIVATE KEY')) {
    for (const match of line.matchAll(PRIVATE_KEY)) {
      // The header is not secret; mask the start of the key body on the next line instead.
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      const nextLine = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd).trim();
      hits.push({ kind: 'private-key', line: lineNumber, column: (match.index ?? 0) + 1, masked: nextLine ? `${nextLine.slice(0, 4)}****` : '****' });
    }
  }
  for (const { kind, regex } of TOKEN_PATTERNS) {
    for (const match of line.matchAll(regex)) {
      // AWS's own documentation uses keys ending in EXAMPLE.
      if (kind === 'aws-access-key-id' && match[0].endsWith('EXAMPLE')) continue;
      hits.push({ kind, line: lineNumber, column: (match.index ?? 0) + 1, masked: maskSecret(match[0]) });
    }
  }
  const assignment = ASSIGNMENT.exec(line) ?? (colonAllowed ? COLON_ASSIGNMENT.exec(line) : null);
  if (assignment) {
    const name = assignment[1]!;
    const value = unquote(assignment[2]!);
    const isSecretName = SECRET_NAME.test(name) && !NOT_A_SECRET_NAME.test(name);
    // A value with spaces is prose or a placeholder sentence, not an .env secret.
    if (isSecretName && value.length >= 4 && !/\s/.test(value) && !PLACEHOLDER.test(value) && !alreadyFound(hits, lineNumber)) {
      hits.push({ kind: 'password-assignment', line: lineNumber, column: line.indexOf(name) + 1, masked: `${name}=${maskSecret(value)}` });
    }
  }
}

function alreadyFound(hits: SecretHit[], line: number): boolean {
  return hits.some((hit) => hit.line === line);
}
