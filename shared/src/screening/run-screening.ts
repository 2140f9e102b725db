import { makeFinding } from './define-rule.js';
import { redactCprInFindings } from './redact-cpr-in-findings.js';
import { ALL_RULES, EXTRACTION_PROBLEM_RULE } from './ruleset.js';
import type { Finding, ScreeningContext, ScreeningInput, ScreeningRule } from './ruleset-types.js';
import { sortFindings } from './sort-findings.js';

/** Pulls text out of the documents once for all rules (documents/extract-texts.ts). Must not throw. */
export type TextExtractor = (input: ScreeningInput) => Pick<ScreeningContext, 'texts' | 'extractionProblems'>;

export interface ScreeningDeps {
  extractTexts: TextExtractor;
  /** Defaults to the whole ruleset; tests pass their own. */
  rules?: readonly ScreeningRule[];
}

const MAX_ERROR_CHARS = 500;

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, MAX_ERROR_CHARS);
}

function ruleErrorFinding(rule: ScreeningRule, error: unknown): Finding {
  return makeFinding(rule, {
    outcome: 'needs-review',
    evidence: { error: describeError(error) },
    explanation: {
      da: 'Reglen kunne ikke vurderes automatisk på grund af en fejl; en person skal vurdere punktet.',
      en: 'The rule could not be evaluated automatically because of an error; a person must assess this point.',
    },
  });
}

function extractionProblemFinding(problem: ScreeningContext['extractionProblems'][number]): Finding {
  return makeFinding(EXTRACTION_PROBLEM_RULE, {
    outcome: 'needs-review',
    evidence: { attachmentId: problem.attachmentId, fileName: problem.fileName, problem: problem.problem },
    explanation: {
      da: `Dokumentet "${problem.fileName}" kunne ikke læses helt (${problem.problem}). Det er derfor ikke fuldt kontrolleret for fx personnumre; en person skal se det igennem.`,
      en: `The document "${problem.fileName}" could not be read in full (${problem.problem}), so it has not been fully checked for e.g. personal ID numbers; a person must look through it.`,
    },
  });
}

export function buildScreeningContext(input: ScreeningInput, extractTexts: TextExtractor): ScreeningContext {
  try {
    const { texts, extractionProblems } = extractTexts(input);
    return { ...input, texts, extractionProblems };
  } catch (error) {
    // The extractor promises not to throw; if it does anyway, every document is unread.
    const problem = `text extraction failed: ${describeError(error)}`;
    return {
      ...input,
      texts: [],
      extractionProblems: input.documents.map(({ attachmentId, fileName }) => ({ attachmentId, fileName, problem })),
    };
  }
}

/**
 * Runs every rule against one entry. Pure apart from the injected extractor: the same input gives
 * the same findings in the same order. A rule that throws becomes a needs-review finding, so one
 * broken rule cannot stop the screening of the entry. CPR numbers are masked in every finding.
 */
export function runScreening(input: ScreeningInput, deps: ScreeningDeps): Finding[] {
  const context = buildScreeningContext(input, deps.extractTexts);
  const findings: Finding[] = context.extractionProblems.map(extractionProblemFinding);
  for (const rule of deps.rules ?? ALL_RULES) {
    try {
      const produced = rule.evaluate(context);
      if (!Array.isArray(produced)) throw new TypeError('rule did not return an array of findings');
      findings.push(...produced);
    } catch (error) {
      findings.push(ruleErrorFinding(rule, error));
    }
  }
  return sortFindings(redactCprInFindings(findings));
}
