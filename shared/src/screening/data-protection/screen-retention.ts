import { defineRule } from '../define-rule.js';

export const retentionRule = defineRule(
  {
    id: 'data-protection.retention-and-deletion',
    area: 'data-protection',
    severity: 'minor',
    title: { da: 'Opbevaring og sletning', en: 'Retention and deletion' },
    reference: 'GDPR Art. 5(1)(e), Art. 28(3)(g)',
  },
  ({ declaration }, finding) => {
    const stated = declaration.retentionAndDeletion?.trim() ?? '';
    if (stated) {
      return [
        finding({
          outcome: 'pass',
          evidence: { statedChars: stated.length },
          explanation: {
            da: 'Leverandøren har beskrevet opbevaringsperioder og sletning eller tilbagelevering ved ophør.',
            en: 'The vendor has described retention periods and deletion or return at the end of the service.',
          },
        }),
      ];
    }
    return [
      finding({
        outcome: 'needs-review',
        evidence: { statedChars: 0 },
        explanation: {
          da: 'Opbevaringsperioder og sletning eller tilbagelevering ved ophør er ikke beskrevet.',
          en: 'Retention periods and deletion or return at the end of the service are not described.',
        },
      }),
    ];
  },
);
