import type { Finding, MandatoryOutcome, ScreeningArea } from '../../api/client.js';

// How a screening report is laid out on screen. Pure, so the grouping and the decisions it asks
// for are unit-tested apart from the page.

export const AREAS: readonly ScreeningArea[] = ['security', 'data-protection', 'climate', 'sovereignty'];
export const IDENTITY_LEAK_RULE = 'identity.blind-review-leaks';

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function outcomeTone(outcome: Finding['outcome']): Tone {
  return outcome === 'pass' ? 'success' : outcome === 'fail' ? 'danger' : outcome === 'warn' ? 'warning' : 'info';
}

export function severityTone(severity: Finding['severity']): Tone {
  return severity === 'blocker' ? 'danger' : severity === 'major' ? 'warning' : 'neutral';
}

export function mandatoryTone(status: MandatoryOutcome['requirements'][number]['status']): Tone {
  if (status === 'passed') return 'success';
  if (status === 'passed-with-warnings') return 'warning';
  if (status === 'failed') return 'danger';
  return 'info';
}

export interface AreaGroup {
  area: ScreeningArea;
  findings: Finding[];
  /** How many findings of each outcome, for the summary line. */
  counts: Record<Finding['outcome'], number>;
}

/** Findings by area, in the fixed area order; the server's order within an area is kept. */
export function groupFindings(findings: readonly Finding[]): AreaGroup[] {
  return AREAS.map((area) => {
    const own = findings.filter((f) => f.area === area);
    const counts = { pass: 0, warn: 0, fail: 0, 'needs-review': 0 };
    for (const f of own) counts[f.outcome] += 1;
    return { area, findings: own, counts };
  });
}

/** Failed blockers an organiser must confirm or override (the only ones the API accepts a decision on). */
export function failedBlockers(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.severity !== 'blocker' || f.outcome !== 'fail' || seen.has(f.ruleId)) return false;
    seen.add(f.ruleId);
    return true;
  });
}

/** Whether blind review must wait for the organiser's redaction or acceptance of identity leaks. */
export function identityLeaksFlagged(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.ruleId === IDENTITY_LEAK_RULE && f.outcome !== 'pass');
}

/** Evidence as label/text pairs; nested values read as compact JSON, never as [object Object]. */
export function evidenceEntries(evidence: Finding['evidence']): { key: string; text: string }[] {
  return Object.entries(evidence).map(([key, value]) => ({ key, text: evidenceText(value) }));
}

function evidenceText(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => String(v)).join(', ');
  return JSON.stringify(value);
}

/** The end of the company's response period: the report's date plus the days the challenge set. */
export function responseDeadline(reportCreatedAt: string, responsePeriodDays: number | null): Date {
  return new Date(new Date(reportCreatedAt).getTime() + (responsePeriodDays ?? 10) * 86_400_000);
}
