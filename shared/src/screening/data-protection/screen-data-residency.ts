import type { Localised } from '../../common/localised.js';
import type { ComplianceDeclaration } from '../../submissions/compliance-declaration.js';
import { defineRule } from '../define-rule.js';
import type { Outcome, Severity } from '../ruleset-types.js';
import { classifyTransfer, type TransferClassification, type TransferProblem } from './classify-transfer.js';

interface ClassifiedTransfer extends TransferClassification {
  recipient: string;
  role: 'hosting' | 'sub-processor';
}

const PROBLEM_GRADES: Record<TransferProblem, { outcome: Outcome; severity: Severity }> = {
  'no-safeguards': { outcome: 'fail', severity: 'blocker' },
  'missing-tia': { outcome: 'fail', severity: 'major' },
  'tia-not-declared': { outcome: 'needs-review', severity: 'major' },
  'basis-not-declared': { outcome: 'needs-review', severity: 'major' },
};

const PROBLEM_TEXTS: Record<TransferProblem, Localised> = {
  'no-safeguards': {
    da: 'overførsel til tredjeland uden tilstrækkelighedsafgørelse og uden standardkontraktbestemmelser eller BCR',
    en: 'transfer to a third country without an adequacy decision and without SCCs or BCRs',
  },
  'missing-tia': {
    da: 'standardkontraktbestemmelser eller BCR, men ingen vurdering af overførslens virkning (TIA)',
    en: 'SCCs or BCRs, but no transfer impact assessment',
  },
  'tia-not-declared': {
    da: 'standardkontraktbestemmelser eller BCR; det er ikke oplyst om der findes en TIA',
    en: 'SCCs or BCRs; not stated whether a transfer impact assessment exists',
  },
  'basis-not-declared': {
    da: 'tredjeland; overførselsgrundlaget er ikke oplyst',
    en: 'third country; the transfer basis is not stated',
  },
};

function classifyAll(declaration: ComplianceDeclaration): ClassifiedTransfer[] {
  const hosting = (declaration.hostingCountries ?? []).map((country) => ({
    recipient: 'hosting',
    role: 'hosting' as const,
    ...classifyTransfer({
      country,
      dpfCertified: declaration.hostingDpfCertified,
      transferBasis: declaration.hostingTransferBasis,
      transferImpactAssessment: declaration.hostingTransferImpactAssessment,
    }),
  }));
  const subProcessors = (declaration.subProcessors ?? []).map((sub) => ({
    recipient: sub.name,
    role: 'sub-processor' as const,
    ...classifyTransfer(sub),
  }));
  return [...hosting, ...subProcessors];
}

const NOT_DECLARED = {
  hosting: { da: 'hostinglandene er ikke oplyst', en: 'the hosting countries are not stated' },
  subProcessors: { da: 'underdatabehandlerne er ikke oplyst', en: 'the sub-processors are not stated' },
} satisfies Record<string, Localised>;

function describeProblems(problems: ClassifiedTransfer[], missing: Localised[]): Localised {
  const lines = [
    ...problems.map((t) => {
      const text = PROBLEM_TEXTS[t.problem as TransferProblem];
      return { da: `${t.country} (${t.recipient}): ${text.da}`, en: `${t.country} (${t.recipient}): ${text.en}` };
    }),
    ...missing,
  ];
  return {
    da: `Overførsler kræver et grundlag efter GDPR kapitel V: ${lines.map((l) => l.da).join('; ')}.`,
    en: `Transfers need a basis under GDPR chapter V: ${lines.map((l) => l.en).join('; ')}.`,
  };
}

const PASS_TEXT: Localised = {
  da: 'Alle data bliver i EØS eller går til lande med tilstrækkelighedsafgørelse eller under standardkontraktbestemmelser/BCR med en TIA.',
  en: 'All data stays in the EEA or goes to countries with an adequacy decision, or under SCCs/BCRs with a transfer impact assessment.',
};

function describePass(transfers: ClassifiedTransfer[]): Localised {
  // Scoped adequacy decisions (Canada, Japan, the US) pass, but the organiser should read the note.
  const notes = new Map(transfers.flatMap((t) => (t.note ? [[t.country, t.note] as const] : [])));
  return {
    da: [PASS_TEXT.da, ...[...notes].map(([country, note]) => `${country}: ${note.da}`)].join(' '),
    en: [PASS_TEXT.en, ...[...notes].map(([country, note]) => `${country}: ${note.en}`)].join(' '),
  };
}

// One finding for all transfers: the evidence lists every recipient with its classification,
// and the outcome is the worst of them, so an entry is not scored down once per sub-processor.
export const dataResidencyRule = defineRule(
  {
    id: 'data-protection.residency-and-transfers',
    area: 'data-protection',
    severity: 'blocker',
    title: { da: 'Dataplacering og overførsler til tredjelande', en: 'Data residency and transfers to third countries' },
    reference: 'GDPR Art. 44–46, Art. 49(3); Decision (EU) 2023/1795',
  },
  ({ declaration }, finding) => {
    const transfers = classifyAll(declaration);
    const missing: Localised[] = [];
    if (!declaration.hostingCountries?.length) missing.push(NOT_DECLARED.hosting);
    if (declaration.subProcessors === undefined) missing.push(NOT_DECLARED.subProcessors);

    const problems = transfers.filter((t) => t.problem !== undefined);
    const grades = problems.map((t) => PROBLEM_GRADES[t.problem as TransferProblem]);
    const failing = grades.filter((g) => g.outcome === 'fail');
    const outcome: Outcome = failing.length ? 'fail' : grades.length || missing.length ? 'needs-review' : 'pass';
    // A transfer without any safeguard is the blocker; everything short of that is fixable paperwork.
    const severity: Severity = outcome === 'pass' || failing.some((g) => g.severity === 'blocker') ? 'blocker' : 'major';

    return [
      finding({
        outcome,
        severity,
        explanation: outcome === 'pass' ? describePass(transfers) : describeProblems(problems, missing),
        evidence: {
          transfers: transfers.map(({ recipient, role, country, classification, problem, note }) => ({
            recipient,
            role,
            country,
            classification,
            ...(problem ? { problem } : {}),
            ...(note ? { note } : {}),
          })),
          hostingDeclared: Boolean(declaration.hostingCountries?.length),
          subProcessorsDeclared: declaration.subProcessors !== undefined,
        },
      }),
    ];
  },
);
