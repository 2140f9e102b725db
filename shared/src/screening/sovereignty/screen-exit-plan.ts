import { defineRule } from '../define-rule.js';

export const exitPlanRule = defineRule(
  {
    id: 'sovereignty.exit-plan',
    area: 'sovereignty',
    severity: 'minor',
    title: { da: 'Exitplan', en: 'Exit plan' },
    reference: 'EU Cloud Sovereignty Framework (2025), operational objective; EU Data Act (Regulation (EU) 2023/2854) Art. 23–31 (switching)',
  },
  ({ declaration }, finding) => {
    const plan = declaration.exitPlan?.trim() ?? '';
    if (plan) {
      return [
        finding({
          outcome: 'pass',
          evidence: { exitPlan: true, length: plan.length },
          explanation: {
            da: 'Der er en exitplan for, hvordan kommunen kan skifte væk fra løsningen.',
            en: 'There is an exit plan for how the municipality can move away from the solution.',
          },
        }),
      ];
    }
    return [
      finding({
        outcome: 'warn',
        evidence: { exitPlan: false },
        explanation: {
          da: 'Der er ingen exitplan: det er uklart, hvordan data og drift kan flyttes til en anden leverandør.',
          en: 'There is no exit plan: it is unclear how data and operations could move to another vendor.',
        },
      }),
    ];
  },
);
