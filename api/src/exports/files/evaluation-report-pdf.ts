import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { formatCopenhagen } from '@fairpitch/shared/challenges';
import type { Locale } from '@fairpitch/shared/common';
import {
  compareLabels,
  entriesInLabelOrder,
  exportTimestamp,
  formatNumberFor,
  isDecided,
  jurorDisplayName,
  reviewsByEntry,
  type EntrySnapshot,
  type ReviewSnapshot,
  type ReviewSource,
  type SnapshotWithoutReviews,
} from '@fairpitch/shared/exports';
import { ALPHA_RELIABLE, ALPHA_TENTATIVE, IntervalAlphaAccumulator } from '@fairpitch/shared/judging';
import type { ReportFonts } from './report-fonts.js';
import { PHASE_NAMES, REPORT_TEXT, STATUS_NAMES } from './report-texts.js';
import { toWinAnsi } from './win-ansi.js';
import { exportFileStream, yieldToIo } from './yield-to-io.js';

export interface EvaluationReportInput {
  snapshot: SnapshotWithoutReviews;
  /** Every review and consensus, read a batch of entries at a time. */
  reviews: ReviewSource;
  decisionReasons: string | null;
  locale: Locale;
  /** Fonts to embed; null falls back to the (not embedded) standard fonts. */
  fonts: ReportFonts | null;
  /** Told how far the report has got through the entries' scores, from 0 to 1. */
  onProgress?(fraction: number): Promise<void>;
}

type Style = 'h1' | 'h2' | 'h3' | 'body' | 'small' | 'mono';
const SIZES: Record<Style, number> = { h1: 18, h2: 13, h3: 11, body: 9.5, small: 8, mono: 8.5 };

/**
 * The evaluation report as a PDF, written to `path` page by page. Byte-identical for the same
 * input: the document's dates and ID come from the export's timestamp (the decision), and
 * nothing else varies. Every page is numbered, and says DRAFT while the challenge is undecided.
 * The reviews are read a batch of entries at a time and the pages reach the disk as they are
 * made, so a report of 10,000 entries needs no more memory than one of ten.
 */
export async function writeEvaluationReport(path: string, input: EvaluationReportInput): Promise<void> {
  const { snapshot, locale } = input;
  const when = new Date(exportTimestamp(snapshot));
  const t = (key: keyof typeof REPORT_TEXT): string => REPORT_TEXT[key][locale];
  const text = input.fonts ? (s: string) => s : toWinAnsi;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 56, right: 56 },
    autoFirstPage: false,
    lang: locale === 'da' ? 'da-DK' : 'en-GB',
    info: {
      Title: text(`${t('title')}: ${snapshot.challenge.title}`),
      Author: text(snapshot.buyer.name),
      Subject: text(snapshot.challenge.title),
      Creator: 'Fairpitch',
      Producer: 'Fairpitch',
      CreationDate: when,
      ModDate: when,
    },
  });
  const output = exportFileStream(path);
  doc.pipe(output);
  if (input.fonts) {
    doc.registerFont('regular', input.fonts.regular);
    doc.registerFont('bold', input.fonts.bold);
  }
  const font = (bold: boolean) => (input.fonts ? (bold ? 'bold' : 'regular') : bold ? 'Helvetica-Bold' : 'Helvetica');
  const left = 56;
  const width = 595.28 - 2 * 56;
  const draft = !isDecided(snapshot);
  let page = 0;
  let current: Style = 'body';

  const style = (s: Style) => {
    current = s;
    doc.font(font(s === 'h1' || s === 'h2' || s === 'h3')).fontSize(SIZES[s]).fillColor('black');
    return doc;
  };
  doc.on('pageAdded', () => {
    page += 1;
    const { y } = doc;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(font(false)).fontSize(SIZES.small).fillColor('#444444');
    doc.text(text(`${t('page')} ${page}`), left, doc.page.height - 40, { width, align: 'center', lineBreak: false });
    doc.text(text(snapshot.challenge.title), left, 30, { width, align: 'left', lineBreak: false, height: 12, ellipsis: true });
    if (draft) {
      doc.font(font(true)).fillColor('#c00000').text(text(t('draft')), left, 42, { width, align: 'left', lineBreak: false });
    }
    doc.page.margins.bottom = bottom;
    doc.x = left;
    doc.y = y;
    style(current);
  });

  const line = (s: Style, value: string, options: PDFKit.Mixins.TextOptions = {}) => {
    style(s).text(text(value), left, undefined, { width, ...options });
  };
  const heading = (value: string) => {
    doc.moveDown(0.8);
    line('h2', value);
    doc.moveDown(0.3);
  };
  const field = (label: string, value: string) => line('body', `${label}: ${value}`);
  // Dates show minutes: formatting each minute once saves most of the work for 50,000 reviews.
  // The memo is emptied when full: the reviews of a large challenge span tens of thousands of
  // minutes, and a memo of all of them grew with the challenge.
  const dates = new Map<number, string>();
  const date = (iso: string) => {
    const minute = Math.floor(Date.parse(iso) / 60_000);
    let text = dates.get(minute);
    if (text === undefined) {
      text = formatCopenhagen(iso, locale);
      if (dates.size >= DATE_MEMO_SIZE) dates.clear();
      dates.set(minute, text);
    }
    return text;
  };
  const n = (value: number, decimals?: number) => formatNumberFor(locale, value, decimals);
  // Between chunks of a long report: let the pages reach the disk and keep pdfkit's memory of
  // word layouts small (every receipt hash and name is a word of its own).
  const pause = async () => {
    forgetWordLayouts(doc);
    forgetWrittenPages(doc);
    await yieldToIo(output, doc);
  };

  doc.addPage();
  const { challenge } = snapshot;
  line('h1', `${t('title')}: ${challenge.title}`);
  doc.moveDown(0.5);

  heading(t('challenge'));
  field(t('buyer'), `${snapshot.buyer.name} (CVR ${snapshot.buyer.cvr})`);
  if (challenge.department) field(t('department'), challenge.department);
  field(t('legalBasis'), challenge.legalBasis[locale]);
  field(t('status'), STATUS_NAMES[challenge.status]?.[locale] ?? challenge.status);
  field(t('decidedAt'), challenge.decidedAt ? date(challenge.decidedAt) : t('notDecided'));
  doc.moveDown(0.3);
  line('body', challenge.description);

  heading(t('method'));
  const { method } = challenge;
  line('body', method.summary[locale]);
  field(t('publishedAt'), date(method.publishedAt));
  line('mono', `${t('methodHash')}: ${method.hash}`);
  field(t('scale'), `${n(method.scale.min)}–${n(method.scale.max)} (${n(method.scale.step)})`);
  for (const c of method.criteria) {
    line('body', `• ${c.name[locale]}: ${t('weight')} ${n(c.weight)} %${c.threshold === null ? '' : `, ${t('threshold')} ${n(c.threshold)}`}`, { indent: 10 });
  }
  if (method.overallThreshold !== null) field(t('overallThreshold'), n(method.overallThreshold));
  line('body', t('totalFormula'));

  heading(t('timeline'));
  for (const phase of challenge.phases) {
    line('body', `${PHASE_NAMES[phase.kind]?.[locale] ?? phase.kind}: ${date(phase.startsAt)} – ${date(phase.endsAt)}`);
  }

  const entries = entriesInLabelOrder(snapshot);
  heading(t('entries'));
  const count = (status: EntrySnapshot['status']) => entries.filter((e) => e.status === status).length;
  field(t('received'), String(entries.length));
  field(t('admissible'), String(count('valid')));
  field(t('excluded'), String(count('disqualified')));
  field(t('withdrawn'), String(count('withdrawn')));
  doc.moveDown(0.3);
  for (const [i, entry] of entries.entries()) {
    if (i % 500 === 499) await pause();
    const status = entry.status === 'valid' ? t('admissible') : entry.status === 'disqualified' ? t('excluded') : t('withdrawn');
    line('body', `${entry.label} – ${entry.company.name} (${entry.company.country}) – ${status}; ${t('submittedAt')} ${date(entry.submittedAt)}`);
    if (entry.statusReason) line('body', entry.statusReason, { indent: 10 });
    line('mono', `${t('receipt')}: ${entry.receiptHash}`, { indent: 10 });
  }

  heading(t('scores'));
  const criteria = method.criteria;
  const criterionName = new Map(criteria.map((c) => [c.id, c.name[locale]]));
  // The agreement statistics below, summed up entry by entry as the reviews are read rather
  // than from a list of every score.
  const agreement = new Map(criteria.map((c) => [c.id, new IntervalAlphaAccumulator()]));
  const reviewOrder = (a: ReviewSnapshot, b: ReviewSnapshot) =>
    (a.kind === b.kind ? 0 : a.kind === 'consensus' ? -1 : 1) || compareLabels(a.juror?.label ?? '', b.juror?.label ?? '') || (a.submittedAt < b.submittedAt ? -1 : 1);
  let scored = 0;
  for await (const batch of input.reviews()) {
    for (const [entry, entryReviews] of reviewsByEntry(batch)) {
      const reviews = entryReviews.toSorted(reviewOrder);
      line('h3', `${entry.label} – ${entry.company.name}`);
      if (reviews.length === 0) line('body', t('noReviews'), { indent: 10 });
      for (const review of reviews) {
        const who = review.kind === 'consensus' ? t('consensus') : review.juror ? jurorDisplayName(review.juror) : '?';
        line('body', `${who} (${date(review.submittedAt)})`, { indent: 10, underline: false });
        for (const score of review.scores) {
          const value = score.score === null ? '–' : n(score.score);
          line('body', `${criterionName.get(score.criterionId) ?? score.criterionId}: ${value}. ${score.justification}`, { indent: 20 });
        }
      }
      doc.moveDown(0.3);
      const individual = entryReviews.filter((r) => r.kind === 'individual');
      for (const c of criteria) {
        agreement.get(c.id)!.add(individual.flatMap((r) => r.scores.filter((s) => s.criterionId === c.id && s.score !== null).map((s) => s.score as number)));
      }
    }
    await pause();
    scored += batch.entries.length;
    await input.onProgress?.(scored / Math.max(1, entries.length));
  }

  heading(t('agreement'));
  line('body', t('alphaIntro'));
  for (const c of criteria) {
    const alpha = agreement.get(c.id)!.alpha();
    const verdict = alpha === null ? t('alphaUndefined') : `${n(alpha, 3)} (${alpha >= ALPHA_RELIABLE ? t('reliable') : alpha >= ALPHA_TENTATIVE ? t('tentative') : t('unreliable')})`;
    line('body', `• ${c.name[locale]}: ${verdict}`, { indent: 10 });
  }

  heading(t('conflicts'));
  const labels = new Map(entries.map((e) => [e.id, e.label]));
  if (snapshot.conflicts.length === 0) line('body', t('noConflicts'));
  for (const conflict of snapshot.conflicts) {
    line('body', `${jurorDisplayName(conflict.juror)} – ${labels.get(conflict.entryId) ?? conflict.entryId}; ${t('declared')} ${date(conflict.declaredAt)}: ${conflict.description}`);
    line('body', `→ ${CONFLICT_HANDLING_TEXT[conflict.handling][locale]}${conflict.handledAt ? ` (${date(conflict.handledAt)})` : ''}`, { indent: 10 });
  }

  heading(t('ranking'));
  const awarded = new Set(snapshot.awards.flatMap((a) => a.entryIds));
  const ranking = snapshot.ranking.toSorted((a, b) => a.rank - b.rank || compareLabels(labels.get(a.entryId) ?? '', labels.get(b.entryId) ?? ''));
  if (ranking.length === 0) line('body', t('noRanking'));
  const entryById = new Map(entries.map((e) => [e.id, e]));
  for (const [i, row] of ranking.entries()) {
    const entry = entryById.get(row.entryId);
    const notes = [row.tied ? t('tied') : null, row.belowThreshold ? t('belowThreshold') : null, awarded.has(row.entryId) ? t('awarded') : null].filter(Boolean);
    line('body', `${t('rank')} ${row.rank}: ${entry?.label ?? row.entryId} – ${entry?.company.name ?? ''} – ${t('total')} ${n(row.total, 3)}${notes.length ? ` (${notes.join(', ')})` : ''}`);
    if (i % 500 === 499) await pause();
  }
  doc.moveDown(0.5);
  line('h3', t('decision'));
  line('body', input.decisionReasons?.trim() || t('noReasons'));
  if (snapshot.awards.length) {
    doc.moveDown(0.3);
    line('h3', t('awards'));
    for (const award of snapshot.awards) {
      const who = award.entryIds.map((id) => labels.get(id) ?? id).join(', ');
      const value = award.value ? ` – ${n(award.value.amount, 2)} ${award.value.currency}` : '';
      const standstill = award.standstillEndsAt ? `; ${t('standstill')} ${date(award.standstillEndsAt)}` : '';
      line('body', `${award.title ?? award.id}: ${who}${value} (${date(award.date)}${standstill})`);
    }
  }

  heading(t('amendments'));
  if (challenge.amendments.length === 0) line('body', t('noAmendments'));
  for (const a of challenge.amendments) {
    line('body', `${date(a.publishedAt)}: ${a.summary}${a.rationale ? ` – ${a.rationale}` : ''}`);
  }
  doc.moveDown(0.3);
  if (challenge.questions.length === 0) line('body', t('noQuestions'));
  for (const q of challenge.questions) {
    line('body', `${t('question')}: ${q.question}`);
    line('body', `${t('answer')}: ${q.answer ?? t('unanswered')}`, { indent: 10 });
  }

  heading(t('audit'));
  const chain = snapshot.audit.chain;
  line('body', chain.verified ? `${t('auditVerified')} (${chain.entries} ${t('events')}).` : `${t('auditBroken')} ${chain.brokenAt ?? '?'}.`);
  line('mono', `${t('head')}: ${chain.headHash}`);

  doc.end();
  await finished(output);
}

/** Minutes whose formatted text the report remembers before the memo is emptied. */
const DATE_MEMO_SIZE = 4_096;

/** Words whose layout pdfkit remembers per font before the memory is cleared. */
const LAYOUT_CACHE_WORDS = 2_000;

/**
 * pdfkit remembers the glyph layout of every word it has set, per font, and never forgets: with
 * 10,000 entries (receipt hashes, names, justifications) that grows by hundreds of megabytes.
 * The layout of a word does not change, so clearing the memory now and then changes no byte.
 */
function forgetWordLayouts(doc: PDFKit.PDFDocument): void {
  // eslint-disable-next-line no-underscore-dangle -- pdfkit has no public way to its loaded fonts.
  const fonts = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: Record<string, unknown> }> })._fontFamilies ?? {};
  for (const font of Object.values(fonts)) {
    if (font.layoutCache && Object.keys(font.layoutCache).length > LAYOUT_CACHE_WORDS) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }
}

/**
 * pdfkit keeps every page's dictionary, with its resources and contents, until the document
 * ends, though a page is written out when the next one begins; only its object number is needed
 * then (for the page tree). For a report of thousands of pages that is tens of megabytes, so the
 * contents of pages already written are dropped. Nothing written changes.
 */
function forgetWrittenPages(doc: PDFKit.PDFDocument): void {
  type Reference = { offset?: number; data?: Record<string, unknown> };
  // eslint-disable-next-line no-underscore-dangle -- pdfkit has no public way to its page tree.
  const kids = (doc as unknown as { _root?: { data?: { Pages?: { data?: { Kids?: Reference[] } } } } })._root?.data?.Pages?.data?.Kids;
  for (const kid of kids ?? []) {
    if (kid.offset === undefined || !kid.data || Object.keys(kid.data).length === 0) continue;
    kid.data = {};
  }
}

const CONFLICT_HANDLING_TEXT = {
  recused: { da: 'Inhabil; deltog ikke i bedømmelsen', en: 'Recused; took no part in the evaluation' },
  reassigned: { da: 'Bedømmelsen flyttet til en anden bedømmer', en: 'Evaluation reassigned to another juror' },
  'no-conflict-found': { da: 'Vurderet: ingen interessekonflikt', en: 'Assessed: no conflict of interest' },
  'accepted-with-reasons': { da: 'Accepteret med begrundelse', en: 'Accepted with reasons' },
} as const;
