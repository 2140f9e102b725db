import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, xmlToText } from './xml-to-text.js';

describe('decodeXmlEntities', () => {
  it('decodes the predefined and numeric entities', () => {
    expect(decodeXmlEntities('a &lt; b &amp;&amp; c &gt; d &quot;x&quot; &apos;y&apos; &#248; &#xE6;')).toBe(`a < b && c > d "x" 'y' ø æ`);
  });

  it('leaves unknown entities alone and never expands invalid code points', () => {
    expect(decodeXmlEntities('&nbsp; &#xD800; &#0;')).toBe('&nbsp;    ');
  });
});

describe('xmlToText', () => {
  const word = { lineElements: ['w:p'], cellElements: ['w:tc'], tabElements: ['w:tab'], breakElements: ['w:br'], maxChars: 1000 };

  it('joins runs of one paragraph and breaks lines between paragraphs', () => {
    const xml = '<w:body><w:p><w:r><w:t>Hel</w:t></w:r><w:r><w:t>lo</w:t></w:r></w:p><w:p><w:r><w:t>World</w:t></w:r></w:p></w:body>';
    expect(xmlToText(xml, word).text).toBe('Hello\nWorld\n');
  });

  it('separates table cells so digits of adjacent cells never join', () => {
    const xml = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>010190</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1234</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const text = xmlToText(xml, { ...word, lineElements: [], cellElements: ['w:tc'] }).text;
    expect(text).not.toContain('0101901234');
    expect(text).toContain('010190\t1234');
  });

  it('turns tab and break elements into whitespace', () => {
    expect(xmlToText('<w:p><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:p>', word).text).toBe('a\tb\nc\n');
  });

  it('skips elements it is told to skip, and elements chosen by their attributes', () => {
    const sheet = '<row><c t="s"><v>7</v></c><c><v>42</v></c><c><f>SUM(A1)</f><v>9</v></c></row>';
    const text = xmlToText(sheet, {
      lineElements: ['row'],
      cellElements: ['c'],
      skipElements: ['f'],
      skipWhen: (name, attributes) => name === 'c' && attributes.includes('t="s"'),
      maxChars: 100,
    }).text;
    expect(text).toBe('\t42\t9\t\n');
  });

  it('ignores comments, processing instructions and a DOCTYPE with entity definitions', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><!-- hidden --><p>&lol2;<![CDATA[<raw>]]></p>';
    expect(xmlToText(xml, { lineElements: ['p'], maxChars: 100 }).text).toBe('&lol2;<raw>\n');
  });

  it('stops at the character limit and says so', () => {
    const result = xmlToText(`<p>${'x'.repeat(500)}</p>`, { maxChars: 100 });
    expect(result.text.length).toBe(100);
    expect(result.truncated).toBe(true);
  });

  it('handles a huge part in linear time', () => {
    const xml = `<w:p>${'<w:r><w:t>ord </w:t></w:r>'.repeat(200_000)}</w:p>`;
    const started = Date.now();
    const result = xmlToText(xml, { ...word, maxChars: 10_000_000 });
    expect(result.text.length).toBe(800_001);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
