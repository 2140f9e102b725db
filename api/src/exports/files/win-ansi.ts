// The PDF standard fonts only know the WinAnsi character set. Until a font is embedded, text is
// brought into that set: common signs get a readable stand-in, anything else becomes "?".
const EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const STAND_INS: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '→': '->',
  '←': '<-',
  '−': '-',
  'α': 'alpha',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
  '\u200b': '',
};

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code === 0x0a || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || EXTRA.has(char)) out += char;
    else if (code >= 0x2080 && code <= 0x2089) out += String(code - 0x2080);
    else if (code >= 0x2070 && code <= 0x2079) out += String(code - 0x2070);
    else out += STAND_INS[char] ?? (code < 0x20 ? ' ' : '?');
  }
  return out;
}
