import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Phase } from '@fairpitch/shared/challenges';
import type { Challenge } from './challenge.entity.js';

export type SubmissionTerms = Pick<Challenge, 'id' | 'title' | 'status' | 'submissionGraceSeconds' | 'leadsToPurchase' | 'legalBasis' | 'customQuestions'> & {
  phases: Pick<Phase, 'kind' | 'startsAt' | 'endsAt'>[];
};

/**
 * What a submission is checked against (status, phases and grace period, the entry form's
 * rules), read in one query: it runs for every entry in the deadline rush.
 */
@Injectable()
export class SubmissionTermsReader {
  async read(challengeId: string, manager: EntityManager): Promise<SubmissionTerms | null> {
    const [row] = (await manager.query(
      `SELECT c.id, c.title, c.status, c.submission_grace_seconds AS "submissionGraceSeconds", c.leads_to_purchase AS "leadsToPurchase",
              c.legal_basis AS "legalBasis", c.custom_questions AS "customQuestions",
              coalesce((SELECT json_agg(json_build_object('kind', p.kind, 'startsAt', p.starts_at, 'endsAt', p.ends_at) ORDER BY p.position)
                        FROM challenge_phase p WHERE p.challenge_id = c.id), '[]'::json) AS phases
       FROM challenge c WHERE c.id = $1`,
      [challengeId],
    )) as (Omit<SubmissionTerms, 'phases'> & { phases: { kind: Phase['kind']; startsAt: string; endsAt: string }[] })[];
    if (!row) return null;
    // JSON carries PostgreSQL's own timestamp text; the rules compare ISO instants.
    return { ...row, phases: row.phases.map((p) => ({ kind: p.kind, startsAt: new Date(p.startsAt).toISOString(), endsAt: new Date(p.endsAt).toISOString() })) };
  }
}
