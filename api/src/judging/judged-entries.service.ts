import { Injectable } from '@nestjs/common';
import type { ReceiptAttachment } from '@fairpitch/shared/submissions';
import { AppError } from '../common/app-error.js';
import { ScreeningReviewService } from '../screening/screening-review.service.js';
import { EntriesService } from '../submissions/entries.service.js';
import { EntryAccess } from '../submissions/entry-access.service.js';

/** A submitted entry as the jury works with it: the counting revision, never the draft. */
export interface JudgedEntry {
  entryId: string;
  challengeId: string;
  companyId: string;
  companyName: string;
  /** The neutral number blind jurors see ("Entry 7"). */
  label: number | null;
  revision: number;
  submittedAt: string;
  content: Record<string, unknown>;
  attachments: ReceiptAttachment[];
  /** content.offer.price of the counting revision, for price points. */
  price: number | null;
}

export interface ExcludedEntry {
  entryId: string;
  label: number | null;
  reason: 'inadmissible';
  confirmedBlockers: string[];
}

export interface Roster {
  /** Submitted and admissible: the entries the jury assigns, scores and ranks. */
  admissible: JudgedEntry[];
  /** Ruled inadmissible in screening: listed with reasons, never assigned or ranked. */
  excluded: ExcludedEntry[];
  /** Mandatory blockers still awaiting an organiser, per entry id (the entry stays admissible). */
  pendingBlockers: Record<string, string[]>;
}

@Injectable()
export class JudgedEntries {
  constructor(
    private readonly entries: EntriesService,
    private readonly entryAccess: EntryAccess,
    private readonly screeningReview: ScreeningReviewService,
  ) {}

  isOpened(challengeId: string): Promise<boolean> {
    return this.entryAccess.isOpened(challengeId);
  }

  async requireOpened(challengeId: string): Promise<void> {
    if (!(await this.isOpened(challengeId))) throw AppError.conflict('jury.entries-not-opened');
  }

  /**
   * Every submitted (not withdrawn) entry of an opened challenge, by label, read through the
   * submissions service in a fixed number of queries. Callers check the reader's rights to the
   * challenge first; this only makes sure the entries are opened.
   */
  async submitted(challengeId: string): Promise<JudgedEntry[]> {
    await this.requireOpened(challengeId);
    return (await this.entries.submittedOf(challengeId, 'submitted')).map(toJudged);
  }

  /** One submitted entry of an opened challenge, or null (drafts, withdrawn, sealed, unknown). */
  async one(entryId: string): Promise<JudgedEntry | null> {
    const entry = await this.entries.findOrFail(entryId).catch(() => null);
    if (!entry || entry.status !== 'submitted' || entry.currentRevision === null) return null;
    if (!(await this.isOpened(entry.challengeId))) return null;
    return toJudged(await this.entries.openedView(entry));
  }

  async roster(challengeId: string): Promise<Roster> {
    const [entries, admissibility] = await Promise.all([this.submitted(challengeId), this.screeningReview.admissibility(challengeId)]);
    const admissible: JudgedEntry[] = [];
    const excluded: ExcludedEntry[] = [];
    const pendingBlockers: Record<string, string[]> = {};
    for (const entry of entries) {
      const verdict = admissibility.get(entry.entryId);
      if (verdict?.inadmissible) {
        excluded.push({ entryId: entry.entryId, label: entry.label, reason: 'inadmissible', confirmedBlockers: verdict.confirmedBlockers });
        continue;
      }
      if (verdict?.pendingBlockers.length) pendingBlockers[entry.entryId] = verdict.pendingBlockers;
      admissible.push(entry);
    }
    return { admissible, excluded, pendingBlockers };
  }
}

type OpenedView = Awaited<ReturnType<EntriesService['openedView']>>;

function toJudged(view: OpenedView): JudgedEntry {
  const content = (view.content ?? {}) as Record<string, unknown>;
  const offer = content.offer as { price?: unknown } | undefined;
  return {
    entryId: view.id,
    challengeId: view.challengeId,
    companyId: view.company?.id ?? '',
    companyName: view.company?.name ?? '',
    label: view.label,
    revision: view.revision,
    submittedAt: view.submittedAt,
    content,
    attachments: view.attachments,
    price: typeof offer?.price === 'number' ? offer.price : null,
  };
}
