import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.js';

// Every href in the output; markdown-it always double-quotes attribute values.
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');
}

// The attribute names of every real tag (text inside a quoted value does not count).
function attributeNames(html: string): string[] {
  const names: string[] = [];
  for (const tag of html.matchAll(/<[a-z][a-z0-9]*((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    for (const attr of (tag[1] ?? '').matchAll(/\s+([^\s=>]+)(?:="[^"]*")?/g)) names.push((attr[1] ?? '').toLowerCase());
  }
  return names;
}

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('# Udfordring\n\nVi søger **AI-støtte** til høringer.\n\n- punkt');
    expect(html).toContain('<h1>Udfordring</h1>');
    expect(html).toContain('<strong>AI-støtte</strong>');
    expect(html).toContain('<li>punkt</li>');
  });
  it('escapes script tags instead of passing them through', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script>\n\n<script src="https://evil.example/x.js"></script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
  });
  it('never produces a javascript: link, however it is disguised', () => {
    const attempts = [
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '[click](&#106;avascript:alert(1))',
      '[click](java&#x09;script:alert(1))',
      '<javascript:alert(1)>',
      '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[ref]\n\n[ref]: javascript:alert(1)',
    ];
    for (const attempt of attempts) {
      const html = renderMarkdown(attempt);
      expect(html).not.toMatch(/<a\s/i);
      for (const href of hrefs(html)) expect(href).toMatch(/^(https?:|mailto:)/);
    }
  });
  it('never lets an event-handler attribute into a tag', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)>\n\n![x](https://example.org/a.png "t\\" onerror=\\"alert(1)")\n\n<a href="https://x" onclick="alert(1)">x</a>');
    expect(html).not.toMatch(/<img/i);
    const names = attributeNames(html);
    expect(names).toContain('href');
    expect(names.filter((name) => name.startsWith('on'))).toEqual([]);
  });
  it('keeps http, https and mailto links and marks them noopener noreferrer nofollow', () => {
    const html = renderMarkdown('[site](https://aarhus.dk) [plain](http://example.org) [mail](mailto:udbud@example.dk)');
    expect(hrefs(html)).toEqual(['https://aarhus.dk', 'http://example.org', 'mailto:udbud@example.dk']);
    expect(html.match(/rel="noopener noreferrer nofollow"/g)).toHaveLength(3);
  });
  it('turns bare web and mail addresses into safe links', () => {
    const html = renderMarkdown('Se https://example.org/udbud eller skriv til udbud@example.dk.');
    expect(html).toContain('<a href="https://example.org/udbud" rel="noopener noreferrer nofollow">https://example.org/udbud</a>');
    expect(html).toContain('<a href="mailto:udbud@example.dk" rel="noopener noreferrer nofollow">udbud@example.dk</a>');
  });
  it('does not make links out of relative paths or other schemes', () => {
    for (const text of ['[x](/admin)', '[x](file:///etc/passwd)', '[x](vbscript:msgbox)', '[x](#top)']) {
      expect(renderMarkdown(text)).not.toMatch(/<a\s/i);
    }
  });
});
