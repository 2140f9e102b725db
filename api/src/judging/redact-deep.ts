import { type Identity, createIdentityMatcher } from '@fairpitch/shared/screening';

export const REDACTED = '[redacted]';

/**
 * A function that returns a copy of any JSON-like value with the company's identity removed from
 * every string in it (names, CVR, registration number, member names, e-mail addresses at its
 * domains), however deep. Numbers that spell the CVR or registration number become "[redacted]"
 * too. Object keys are kept: they are field names, not the company's words. The patterns are
 * built once, so one redactor serves a whole response.
 */
export function identityRedactor(identity: Identity): <T>(value: T) => T {
  const find = createIdentityMatcher(identity);
  const redactText = (text: string): string => {
    const matches = find(text);
    if (!matches.length) return text;
    let out = '';
    let cursor = 0;
    for (const { offset, length } of matches) {
      out += text.slice(cursor, offset) + REDACTED;
      cursor = offset + length;
    }
    return out + text.slice(cursor);
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return redactText(value);
    if (typeof value === 'number') return find(String(value)).length ? REDACTED : value;
    if (value instanceof Date) return redactText(value.toISOString());
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) copy[key] = walk(inner);
      return copy;
    }
    return value;
  };
  return <T>(value: T) => walk(value) as T;
}

/**
 * The identity a blind juror must not see: the company's own (from its profile and members) plus
 * the names and e-mail domains of the team the entry itself lists.
 */
export function entryIdentity(company: Identity, content: unknown): Identity {
  const team = teamMembersOf(content);
  const names = team.map((m) => m.name).filter((n): n is string => typeof n === 'string' && n.trim().length > 0);
  const domains = team
    .map((m) => (typeof m.email === 'string' ? m.email.split('@')[1]?.toLowerCase() : undefined))
    .filter((d): d is string => Boolean(d));
  return {
    ...company,
    memberNames: [...new Set([...company.memberNames, ...names])].sort(),
    emailDomains: [...new Set([...company.emailDomains, ...domains])].sort(),
  };
}

function teamMembersOf(content: unknown): { name?: unknown; email?: unknown }[] {
  if (!content || typeof content !== 'object') return [];
  const solution = (content as { solution?: unknown }).solution;
  if (!solution || typeof solution !== 'object') return [];
  const members = (solution as { teamMembers?: unknown }).teamMembers;
  return Array.isArray(members) ? members.filter((m): m is { name?: unknown; email?: unknown } => Boolean(m) && typeof m === 'object') : [];
}
