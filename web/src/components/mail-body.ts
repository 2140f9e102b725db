export type MailBodyPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** Splits a plain-text mail into text and http(s) links, so links can be clicked without rendering HTML. */
export function splitMailBody(body: string): MailBodyPart[] {
  const parts: MailBodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    // A full stop or bracket right after a link ends the sentence, not the address.
    const href = match[0].replace(/[).,;:!?]+$/, '');
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: body.slice(last, start) });
    parts.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}
