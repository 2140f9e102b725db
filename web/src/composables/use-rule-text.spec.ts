import { describe, expect, it } from 'vitest';
import { messagesByPath, ruleText } from './use-rule-text.js';

describe('rule texts', () => {
  it('reads a challenges rule code in Danish and English, as the server would', () => {
    expect(ruleText('cvr.checksum', 'da')).toBe('CVR-nummeret findes ikke: kontrolcifferet passer ikke. Tjek for tastefejl.');
    expect(ruleText('method.weights-sum', 'en')).toBe('The weights of criteria, screening and price must add up to exactly 100%.');
  });

  it('reads submissions and common codes too', () => {
    expect(ruleText('entry.team-empty', 'da')).toBe('Angiv mindst ét teammedlem.');
    expect(ruleText('date.iso', 'en')).toBe('Give the date as YYYY-MM-DD.');
  });

  it('reads the jury’s codes with their parameters', () => {
    expect(ruleText('jury.justification-required', 'da')).toBe('Skriv en begrundelse for pointene.');
    expect(ruleText('jury.score-off-scale', 'en', { min: 0, max: 5, step: 0.5 })).toBe('The score must be on the scale from 0 to 5 in steps of 0.5.');
  });

  it('falls back to a general text for a code it does not know', () => {
    expect(ruleText('no.such-code', 'en')).toBe('The value is invalid.');
  });

  it('keeps the first message for each path and can prefix the paths', () => {
    const found = messagesByPath(
      [
        { path: 'criteria.0.weight', code: 'method.weight-invalid' },
        { path: 'criteria.0.weight', code: 'method.weights-sum' },
      ],
      'en',
      'evaluationMethod.',
    );
    expect(found).toEqual({ 'evaluationMethod.criteria.0.weight': 'A weight must be a number between 0 and 100.' });
  });
});
