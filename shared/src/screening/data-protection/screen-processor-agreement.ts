import { defineRule } from '../define-rule.js';

// The municipality is controller and the vendor processor, so Art. 28(3) requires an agreement;
// in Denmark the expected form is Datatilsynet's standard contractual clauses with annexes A–D.
export const processorAgreementRule = defineRule(
  {
    id: 'data-protection.processor-agreement',
    area: 'data-protection',
    severity: 'major',
    title: { da: 'Databehandleraftale (art. 28)', en: 'Processor agreement (Art. 28)' },
    reference: "GDPR Art. 28(3); Datatilsynet's standard contractual clauses (annexes A–D)",
  },
  ({ declaration }, finding) => {
    const evidence = {
      processorAgreement: declaration.processorAgreement ?? null,
      personalDataDeclared: declaration.personalDataCategories ? declaration.personalDataCategories.length > 0 : null,
    };
    if (declaration.personalDataCategories?.length === 0) {
      return [
        finding({
          outcome: 'pass',
          severity: 'info',
          evidence,
          explanation: {
            da: 'Leverandøren oplyser, at løsningen ikke behandler personoplysninger; en databehandleraftale er derfor ikke nødvendig.',
            en: 'The vendor states that the solution processes no personal data, so no processor agreement is needed.',
          },
        }),
      ];
    }
    if (declaration.processorAgreement === true) {
      return [
        finding({
          outcome: 'pass',
          evidence,
          explanation: {
            da: 'Leverandøren indgår databehandleraftale på Datatilsynets standardkontraktbestemmelser (bilag A–D).',
            en: "The vendor enters into a processor agreement on Datatilsynet's standard contractual clauses (annexes A–D).",
          },
        }),
      ];
    }
    if (declaration.processorAgreement === false) {
      return [
        finding({
          outcome: 'fail',
          evidence,
          explanation: {
            da: 'Leverandøren vil ikke indgå databehandleraftale; art. 28, stk. 3 kræver en, før personoplysninger må behandles.',
            en: 'The vendor will not enter into a processor agreement; Art. 28(3) requires one before personal data is processed.',
          },
        }),
      ];
    }
    return [
      finding({
        outcome: 'needs-review',
        evidence,
        explanation: {
          da: 'Det er ikke oplyst, om leverandøren indgår databehandleraftale på Datatilsynets standardkontraktbestemmelser.',
          en: "Not stated whether the vendor enters into a processor agreement on Datatilsynet's standard contractual clauses.",
        },
      }),
    ];
  },
);
