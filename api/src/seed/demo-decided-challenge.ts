import { Logger, type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeLifecycle } from '../challenges/challenge-lifecycle.service.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { PublishChallenge } from '../challenges/publish-challenge.use-case.js';
import { JuryAssignments } from '../judging/jury-assignments.service.js';
import { JuryConflicts } from '../judging/jury-conflicts.service.js';
import { JuryDecision } from '../judging/jury-decision.service.js';
import { JuryPanels } from '../judging/jury-panels.service.js';
import { JuryResults } from '../judging/jury-results.service.js';
import { JuryReviews } from '../judging/jury-reviews.service.js';
import { ScreeningService } from '../screening/screening.service.js';
import { EntriesService } from '../submissions/entries.service.js';
import { EntryOpening } from '../submissions/entry-opening.service.js';
import { SubmitEntry } from '../submissions/submit-entry.use-case.js';
import { decidedChallengeInput } from './demo-decided-data.js';

const DAY = 86_400_000;

export interface DecidedDemoActors {
  organiser: AuthUser;
  jurors: AuthUser[];
  companies: { owner: AuthUser; companyId: string; content: Record<string, unknown> }[];
}

/** Each juror's usability score per entry: enough spread to rank, close enough to need no consensus. */
const USABILITY = [
  [8, 7, 8],
  [6, 6, 7],
  [5, 6, 4],
];

/**
 * A challenge already decided, so the demo shows every step after the deadline too: opened
 * entries, screening reports, the jury's scores, the ranking, the decision, feedback and
 * exports. It is played through the real services with the clock set back.
 */
export async function seedDecidedChallenge(app: INestApplicationContext, actors: DecidedDemoActors): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const start = Date.now() - 60 * DAY;
  const input = decidedChallengeInput(start);
  const exists = (await dataSource.query(`SELECT 1 FROM challenge WHERE title = $1`, [input.title])) as unknown[];
  if (exists.length) return;
  const clock = app.get(Clock);
  const at = (days: number) => clock.freezeAt(new Date(start + days * DAY));
  const { organiser, jurors, companies } = actors;
  try {
    at(0);
    const created = await app.get(ChallengesService).create(organiser, input);
    await app.get(PublishChallenge).execute(organiser, created.id);

    at(10);
    const entries = app.get(EntriesService);
    const entryIds: string[] = [];
    for (const company of companies) {
      const { entry } = await entries.createDraft(company.owner, created.id, company.companyId);
      await entries.saveDraft(company.owner, entry.id, company.content, entry.version);
      await app.get(SubmitEntry).execute(company.owner, entry.id);
      entryIds.push(entry.id);
    }

    at(20.01);
    await app.get(EntryOpening).openByOrganiser(organiser, created.id);
    const screening = app.get(ScreeningService);
    for (const entryId of entryIds) {
      const [row] = (await dataSource.query(
        `SELECT e.current_revision AS revision, r.receipt_hash AS "revisionHash" FROM entry e JOIN entry_revision r ON r.entry_id = e.id AND r.revision = e.current_revision WHERE e.id = $1`,
        [entryId],
      )) as { revision: number; revisionHash: string }[];
      await dataSource.transaction((manager) => screening.enqueue(manager, { challengeId: created.id, entryId, ...row! }, true));
      await screening.screen({ entryId, ...row!, rulesetVersion: screening.ruleset.version });
    }

    at(25.01);
    await app.get(ChallengeLifecycle).transitionByOrganiser(organiser, created.id, 'evaluation');
    const panels = app.get(JuryPanels);
    for (const juror of jurors) await panels.inviteJuror(organiser, created.id, { email: juror.email, name: juror.name });
    await panels.update(organiser, created.id, { perEntry: jurors.length, chairId: jurors[0]!.id });
    for (const juror of jurors) {
      await app.get(JuryConflicts).declare(juror, created.id, companies.map((c) => ({ companyId: c.companyId, kind: 'none' as const, note: '' })));
    }
    await app.get(JuryAssignments).assign(organiser, created.id, { seed: 'demo-2026', perEntry: jurors.length });

    at(30);
    for (const [e, entryId] of entryIds.entries()) {
      for (const [j, juror] of jurors.entries()) {
        const usability = USABILITY[e % USABILITY.length]![j % 3]!;
        await app.get(JuryReviews).save(juror, entryId, {
          submit: true,
          scores: [
            { criterionId: 'usability', value: usability, justification: 'Tried the booking flow with two departments; judged on speed and clarity.' },
            { criterionId: 'integration', value: Math.max(0, usability - 1), justification: 'Calendar integration through open standards, as described and demonstrated.' },
            { criterionId: 'accessibility', value: Math.min(10, usability + 1), justification: 'Accessibility report against WCAG 2.1 AA; keyboard use works.' },
          ],
        });
      }
    }

    at(41);
    const ranking = (await app.get(JuryResults).ranking(organiser, created.id)) as { entries: { entryId: string; rank: number; belowThreshold: boolean }[] };
    const winner = ranking.entries.find((e) => e.rank === 1 && !e.belowThreshold);
    if (winner) {
      await app.get(JuryDecision).decide(organiser, created.id, {
        winners: [winner.entryId],
        award: { title: 'Kontrakt om pilotdrift / Pilot operation contract', description: '', amountDkk: 250_000 },
        reasons: 'Highest total by the published method; every mandatory requirement met.',
      });
    }
    new Logger('Seed').log(`demo decided challenge "${input.title}"`);
  } finally {
    clock.freezeAt(null);
  }
}
