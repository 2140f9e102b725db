import type { Localised } from '@fairpitch/shared/common';
import type { CompanySnapshot, EntrySnapshot, FindingSeverity, FindingSnapshot, ScreeningAreaScoreSnapshot, SizeClass } from '@fairpitch/shared/exports';
import { RULE_DESCRIPTORS, SCREENING_AREAS, type Finding, type ScreeningArea, type Severity } from '@fairpitch/shared/screening';
import { SCREENING_AREA_LABELS } from './challenge-snapshot.js';

// Maps an opened entry (as the submissions area shows it), its company, its screening report and
// the organiser's admissibility decisions to the export snapshot. Pure.

export interface OpenedEntryView {
  id: string;
  status: string;
  label: number | null;
  company: { id: string; name: string; country: string; cvr: string | null; registrationNumber: string | null; sizeClass: string } | null;
  revision: number;
  submittedAt: string;
  receiptHash: string;
  /** The offer part of the counting revision's form (`content.offer`), the only part exports list. */
  offer: unknown;
  withdrawnAt: string | null;
}

export interface ScreeningReportView {
  areas: Partial<Record<ScreeningArea, { score: number | null }>>;
  findings: Finding[];
}

export interface EntrySnapshotInput {
  entry: OpenedEntryView;
  contact: { name: string; email: string } | null;
  report: ScreeningReportView | null;
  /** Mandatory blockers an organiser confirmed: the entry is excluded. */
  confirmedBlockers: readonly string[];
  locale: 'da' | 'en';
}

const SEVERITY: Record<Severity, FindingSeverity> = { blocker: 'critical', major: 'high', minor: 'low', info: 'info' };
const SIZE_CLASSES: readonly SizeClass[] = ['micro', 'small', 'medium', 'large'];
const descriptors = new Map(RULE_DESCRIPTORS.map((d) => [d.id, d]));

export function entryLabel(label: number | null, locale: 'da' | 'en'): string {
  return `${locale === 'da' ? 'Bidrag' : 'Entry'} ${label ?? '?'}`;
}

function ruleTitle(ruleId: string, fallback: Localised): Localised {
  return descriptors.get(ruleId)?.title ?? fallback;
}

/** Where a finding was made, from its evidence; never the finding's content itself. */
function locationOf(finding: Finding): string | null {
  const { evidence } = finding;
  for (const key of ['location', 'fileName', 'file', 'url']) {
    const value = evidence[key];
    if (typeof value === 'string' && value) return value.slice(0, 300);
  }
  for (const key of ['files', 'fileNames']) {
    const value = evidence[key];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length) return (value as string[]).join(', ').slice(0, 300);
  }
  return null;
}

export function screeningSnapshot(report: ScreeningReportView | null): EntrySnapshot['screening'] {
  if (!report) return { areas: [], findings: [] };
  const areas: ScreeningAreaScoreSnapshot[] = SCREENING_AREAS.map((area) => ({
    area,
    label: SCREENING_AREA_LABELS[area],
    score: report.areas[area]?.score ?? null,
    max: 100,
  }));
  const findings: FindingSnapshot[] = report.findings
    .filter((f) => f.outcome !== 'pass')
    .map((f) => ({ area: f.area, ruleId: f.ruleId, severity: SEVERITY[f.severity], title: ruleTitle(f.ruleId, f.explanation), location: locationOf(f) }));
  return { areas, findings };
}

function price(value: unknown): EntrySnapshot['price'] {
  const offer = value as { price?: unknown; currency?: unknown } | null | undefined;
  if (!offer || typeof offer !== 'object' || typeof offer.price !== 'number') return null;
  return { amount: offer.price, currency: typeof offer.currency === 'string' ? offer.currency : 'DKK' };
}

function companySnapshot(entry: OpenedEntryView, contact: EntrySnapshotInput['contact']): CompanySnapshot {
  const company = entry.company;
  if (!company) throw new Error(`entry ${entry.id} has no company`);
  return {
    id: company.id,
    name: company.name,
    country: company.country,
    cvr: company.cvr,
    registrationNumber: company.registrationNumber,
    registrationScheme: null,
    sizeClass: SIZE_CLASSES.includes(company.sizeClass as SizeClass) ? (company.sizeClass as SizeClass) : 'large',
    contactPerson: contact,
  };
}

export function entrySnapshot({ entry, contact, report, confirmedBlockers, locale }: EntrySnapshotInput): EntrySnapshot {
  const withdrawn = entry.status === 'withdrawn';
  const excluded = !withdrawn && confirmedBlockers.length > 0;
  const reason = withdrawn
    ? locale === 'da'
      ? `Trukket tilbage af virksomheden ${entry.withdrawnAt ?? ''}`.trim()
      : `Withdrawn by the company ${entry.withdrawnAt ?? ''}`.trim()
    : excluded
      ? `${locale === 'da' ? 'Udelukket: obligatoriske krav ikke opfyldt' : 'Excluded: mandatory requirements not met'} (${confirmedBlockers
          .map((id) => ruleTitle(id, { da: id, en: id })[locale])
          .join('; ')})`
      : null;
  return {
    id: entry.id,
    label: entryLabel(entry.label, locale),
    company: companySnapshot(entry, contact),
    submittedAt: entry.submittedAt,
    receiptHash: entry.receiptHash,
    status: withdrawn ? 'withdrawn' : excluded ? 'disqualified' : 'valid',
    statusReason: reason,
    price: price(entry.offer),
    screening: screeningSnapshot(report),
  };
}
