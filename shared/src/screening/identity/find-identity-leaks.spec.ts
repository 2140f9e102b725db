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
