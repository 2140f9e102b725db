import { describe, expect, it } from 'vitest';
import { secretsRule } from './screen-secrets.js';
import { doc, docx, screeningContext } from './test-fixtures.js';

const awsKey = ['AK', 'IA', 'Q3EGRTQ7KZ5XH2MN'].join('');

describe('secretsRule', () => {
  it('passes documents without secrets', () => {
    const [finding] = secretsRule.evaluate(screeningContext({ documents: [doc('a.txt', 'Intet at se her')] }));
    expect(finding).toMatchObject({ ruleId: 'security.secrets-in-documents', outcome: 'pass', evidence: { hits: 0 } });
  });

  it('fails with file, part, line and the masked secret, never the secret', () => {
    const context = screeningContext({
      documents: [doc('.env', 'APP=x\nDB_PASSWORD=VeryLongPassword123'), doc('notes.docx', docx(['Intro', `Nøgle: ${awsKey}`]))],
    });
    const [finding] = secretsRule.evaluate(context);
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'major', evidence: { hits: 2 } });
    expect(finding!.evidence.locations).toEqual([
      expect.objectContaining({ fileName: '.env', part: '', line: 2, kind: 'password-assignment', masked: 'DB_PASSWORD=Very****' }),
      expect.objectContaining({ fileName: 'notes.docx', part: 'word/document.xml', line: 2, kind: 'aws-access-key-id', masked: 'AKIA****' }),
    ]);
    const serialised = JSON.stringify(finding);
    expect(serialised).not.toContain('VeryLongPassword123');
    expect(serialised).not.toContain(awsKey);
  });
});
