import { SPECIAL_CATEGORIES, type ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import { defineRule } from '../define-rule.js';

/** What in the declaration calls for a DPIA: Art. 9/10 categories, CPR numbers, AI profiling. */
export function dpiaTriggers(declaration: ComplianceDeclaration): string[] {
  const categories = declaration.personalDataCategories ?? [];
  const triggers: string[] = categories.filter((c) => SPECIAL_CATEGORIES.includes(c) || c === 'cpr');
  if (declaration.aiProfiling === true) triggers.push('ai-profiling');
  return triggers;
}

export const dpiaRule = defineRule(
  {
    id: 'data-protection.dpia',
    area: 'data-protection',
    severity: 'major',
    title: { da: 'Konsekvensanalyse (DPIA)', en: 'Data protection impact assessment (DPIA)' },
    reference: 'GDPR Art. 35, Art. 9, Art. 10; databeskyttelsesloven § 11',
  },
  ({ declaration }, finding) => {
    const triggers = dpiaTriggers(declaration);
    const evidence = { triggers, dpiaDone: declaration.dpiaDone ?? null };
    if (triggers.length === 0) {
      // Without the categories we cannot tell whether a DPIA is needed.
      if (declaration.personalDataCategories === undefined) {
        return [
          finding({
            outcome: 'needs-review',
            evidence,
            explanation: {
              da: 'Kategorierne af personoplysninger er ikke oplyst, så det kan ikke afgøres, om en konsekvensanalyse er påkrævet.',
              en: 'The categories of personal data are not stated, so it cannot be decided whether a DPIA is required.',
            },
          }),
        ];
      }
      return [
        finding({
          outcome: 'pass',
          severity: 'info',
          evidence,
          explanation: {
            da: 'Ingen særlige kategorier, CPR-numre eller AI-profilering er oplyst; en konsekvensanalyse er ikke påkrævet af disse grunde.',
            en: 'No special categories, CPR numbers or AI profiling are declared; a DPIA is not required on these grounds.',
          },
        }),
      ];
    }
    const list = triggers.join(', ');
    if (declaration.dpiaDone === true) {
      return [
        finding({
          outcome: 'pass',
          evidence,
          explanation: {
            da: `Der er lavet en konsekvensanalyse, som behandlingen kræver (${list}).`,
            en: `A DPIA has been carried out, as the processing requires (${list}).`,
          },
        }),
      ];
    }
    return [
      finding({
        outcome: declaration.dpiaDone === false ? 'fail' : 'needs-review',
        evidence,
        explanation: {
          da: `Behandlingen kræver en konsekvensanalyse (${list}), men ${declaration.dpiaDone === false ? 'der er ikke lavet en' : 'det er ikke oplyst, om der er lavet en'}.`,
          en: `The processing requires a DPIA (${list}), but ${declaration.dpiaDone === false ? 'none has been carried out' : 'it is not stated whether one has been carried out'}.`,
        },
      }),
    ];
  },
);
