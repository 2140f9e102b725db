import { describe, expect, it } from 'vitest';
import { splitMailBody } from './mail-body.js';

describe('splitMailBody', () => {
  it('finds the invitation link between lines of text', () => {
    const parts = splitMailBody('Hej Ada\nVælg en adgangskode her:\nhttp://localhost:3000/invitation/abc_DEF-123\n\nHello');
    expect(parts).toEqual([
      { kind: 'text', text: 'Hej Ada\nVælg en adgangskode her:\n' },
      { kind: 'link', href: 'http://localhost:3000/invitation/abc_DEF-123' },
      { kind: 'text', text: '\n\nHello' },
    ]);
  });

  it('leaves a full stop after a link out of the address', () => {
    expect(splitMailBody('See https://example.org/a.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', href: 'https://example.org/a' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never turns other schemes into links', () => {
    expect(splitMailBody('javascript:alert(1) <b>x</b>')).toEqual([{ kind: 'text', text: 'javascript:alert(1) <b>x</b>' }]);
  });
});
