import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { contactDataRule, countContactsPerSource } from './screen-contact-data.js';

const emails = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => `kunde${i + offset}@example.dk`).join('\n');

describe('contactDataRule', () => {
  it('passes documents with a few contacts', () => {
    const context = makeScreeningContext({ texts: [{ attachmentId: 'a', fileName: 'pitch.pdf', part: 'page 1', text: emails(3) }] });
    expect(contactDataRule.evaluate(context)[0]?.outcome).toBe('pass');
  });

  it('warns about a document holding 20 or more e-mail addresses, adding up its parts', () => {
    const context = makeScreeningContext({
      texts: [
        { attachmentId: 'a', fileName: 'kunder.xlsx', part: 'xl/worksheets/sheet1.xml', text: emails(12) },
        { attachmentId: 'a', fileName: 'kunder.xlsx', part: 'xl/worksheets/sheet2.xml', text: emails(12, 10) },
        { attachmentId: 'b', fileName: 'pitch.pdf', part: 'page 1', text: emails(19) },
      ],
    });
    const [finding] = contactDataRule.evaluate(context);
    expect(finding).toMatchObject({ outcome: 'warn', severity: 'major' });
    expect(finding?.evidence.flagged).toEqual([{ source: 'document', attachmentId: 'a', fileName: 'kunder.xlsx', emails: 22, phones: 0 }]);
  });

  it('warns about many phone numbers in the entry fields', () => {
    const phones = Array.from({ length: 20 }, (_, i) => `tlf. ${30000000 + i}`).join(', ');
    const [finding] = contactDataRule.evaluate(makeScreeningContext({ fields: { a: phones } }));
    expect(finding?.outcome).toBe('warn');
    expect(countContactsPerSource(makeScreeningContext({ fields: { a: phones } }))[0]).toEqual({ source: 'fields', emails: 0, phones: 20 });
  });
});
