import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { findIdentityLeaks } from './find-identity-leaks.js';

// The fixture's identity: Nordlys Data ApS, CVR 12345674, nordlys.dk, Anna Holm.
describe('findIdentityLeaks', () => {
  it('locates hits in fields and document parts with line, column and a masked excerpt', () => {
    const context = makeScreeningContext({
      fields: { 'pitch.summary': 'Vi er Nordlys Data.' },
      texts: [{ attachmentId: 'a1', fileName: 'deck.pptx', part: 'ppt/slides/slide2.xml', text: 'Team\nLed af Anna Holm (anna@nordlys.dk)' }],
    });
    const leaks = findIdentityLeaks(context);
    expect(leaks).toEqual([
      { source: 'field', field: 'pitch.summary', kind: 'company-name', offset: 6, length: 12, line: 1, column: 7, excerpt: 'Vi er ████.' },
      {
        source: 'document',
        attachmentId: 'a1',
        fileName: 'deck.pptx',
        part: 'ppt/slides/slide2.xml',
        kind: 'member-name',
        offset: 12,
        length: 9,
        line: 2,
        column: 8,
        excerpt: 'Team Led af ████ (████)',
      },
      expect.objectContaining({ kind: 'email-domain', line: 2, column: 19, excerpt: 'Team Led af ████ (████)' }),
    ]);
  });

  it('never shows a hit in an excerpt, even one cut by the excerpt window', () => {
    const filler = 'x'.repeat(25);
    const context = makeScreeningContext({ fields: { a: `Anna Holm ${filler} Nordlys Data ${filler} CVR 12345674` } });
    for (const leak of findIdentityLeaks(context)) {
      expect(leak.excerpt).not.toMatch(/Anna|Holm|Nordlys|Data|1234|5674/);
    }
  });
});

describe('identity-leak excerpts', () => {
  it('block CPR-shaped numbers and long tokens near the hit, valid or not', () => {
    const context = makeScreeningContext({
      fields: { a: 'cpr 150385-1004 Nordlys Data 0101011234 key=AKIA1234567890ABCDEFGHIJ slut' },
    });
    const [leak] = findIdentityLeaks(context);
    // The token runs past the window's end and is blocked whole.
    expect(leak?.excerpt).toBe('cpr ████ ████ ████ ████…');
  });

  it('stay quick for a document repeating the name many times', () => {
    const text = 'Nordlys Data '.repeat(20_000);
    const started = Date.now();
    const leaks = findIdentityLeaks(makeScreeningContext({ texts: [{ attachmentId: 'a', fileName: 'a.txt', part: '', text }] }));
    expect(leaks).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
