import { describe, expect, it } from 'vitest';
import { makeScreeningContext } from '../screening-fixtures.js';
import { retentionRule } from './screen-retention.js';

describe('retentionRule', () => {
  it('passes when retention and deletion are described', () => {
    const context = makeScreeningContext({ declaration: { retentionAndDeletion: 'Logs 90 dage; alt slettes 30 dage efter ophør.' } });
    expect(retentionRule.evaluate(context)[0]?.outcome).toBe('pass');
  });

  it('asks for review when nothing or only white space is stated', () => {
    expect(retentionRule.evaluate(makeScreeningContext({ declaration: {} }))[0]?.outcome).toBe('needs-review');
    expect(retentionRule.evaluate(makeScreeningContext({ declaration: { retentionAndDeletion: '  \n' } }))[0]?.outcome).toBe(
      'needs-review',
    );
  });
});
