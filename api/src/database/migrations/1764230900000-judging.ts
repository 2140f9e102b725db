import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Judging1764230900000 implements MigrationInterface {
  name = 'Judging1764230900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jury_panel (
        challenge_id uuid PRIMARY KEY REFERENCES challenge(id) ON DELETE CASCADE,
        per_entry int NOT NULL DEFAULT 3 CHECK (per_entry BETWEEN 1 AND 50),
        blind boolean NOT NULL,
        chair_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        judging_mode varchar(10) NOT NULL DEFAULT 'rubric' CHECK (judging_mode IN ('rubric', 'pairwise')),
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Declarations are appended, never changed: the latest (highest id) per juror, company and source counts.
    await q.query(`
      CREATE TABLE jury_conflict (
        id bigserial PRIMARY KEY,
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        juror_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL CHECK (kind IN ('none', 'employment', 'ownership', 'family', 'business-relation', 'other')),
        note text NOT NULL DEFAULT '',
        source varchar(10) NOT NULL CHECK (source IN ('juror', 'organiser')),
        declared_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        declared_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX jury_conflict_lookup_idx ON jury_conflict (challenge_id, juror_id, company_id, id DESC)`);
    await q.query(`
      CREATE TABLE jury_assignment (
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        entry_id uuid NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
        juror_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        source varchar(10) NOT NULL CHECK (source IN ('auto', 'manual')),
        seed text,
        assigned_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        assigned_at timestamptz NOT NULL,
        PRIMARY KEY (entry_id, juror_id)
      )`);
    await q.query(`CREATE INDEX jury_assignment_juror_idx ON jury_assignment (juror_id, challenge_id)`);
    await q.query(`CREATE INDEX jury_assignment_challenge_idx ON jury_assignment (challenge_id)`);
    await q.query(`
      CREATE TABLE jury_review (
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        entry_id uuid NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
        juror_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        status varchar(10) NOT NULL CHECK (status IN ('draft', 'submitted')),
        scores jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        submitted_at timestamptz,
        PRIMARY KEY (entry_id, juror_id),
        CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX jury_review_challenge_idx ON jury_review (challenge_id, status)`);
    await q.query(`
      CREATE TABLE jury_consensus (
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        entry_id uuid NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
        criterion_id varchar(64) NOT NULL,
        value double precision NOT NULL,
        justification text NOT NULL,
        recorded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (entry_id, criterion_id)
      )`);
    await q.query(`
      CREATE TABLE jury_pairwise (
        challenge_id uuid PRIMARY KEY REFERENCES challenge(id) ON DELETE CASCADE,
        state jsonb NOT NULL,
        comparisons int NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL
      )`);
    // The pair a juror is looking at now; others avoid those entries until it times out.
    await q.query(`
      CREATE TABLE jury_pairwise_assignment (
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        juror_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        previous_id uuid NOT NULL,
        next_id uuid NOT NULL,
        reason varchar(20) NOT NULL,
        assigned_at timestamptz NOT NULL,
        PRIMARY KEY (challenge_id, juror_id)
      )`);
    await q.query(`
      CREATE TABLE jury_comparison (
        id bigserial PRIMARY KEY,
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        juror_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        winner_id uuid NOT NULL,
        loser_id uuid NOT NULL,
        compared_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE jury_decision (
        challenge_id uuid PRIMARY KEY REFERENCES challenge(id) ON DELETE CASCADE,
        winners uuid[] NOT NULL,
        award jsonb NOT NULL,
        reasons text NOT NULL,
        ranking jsonb NOT NULL,
        ranking_hash char(64) NOT NULL,
        method_hash char(64),
        standstill_ends_at timestamptz,
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL
      )`);

    // Once the decision is taken the scores are final: no code path may write them, and a
    // submitted review is never edited (its juror's word is on record). Deletes are left to the
    // cascades of retention clean-up.
    await q.query(`
      CREATE FUNCTION jury_scores_guard() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM jury_decision d WHERE d.challenge_id = NEW.challenge_id) THEN
          RAISE EXCEPTION 'scores of challenge % are final', NEW.challenge_id;
        END IF;
        -- Nested, since PL/pgSQL does not short-circuit and jury_consensus has no status.
        IF TG_TABLE_NAME = 'jury_review' AND TG_OP = 'UPDATE' THEN
          IF OLD.status = 'submitted' THEN
            RAISE EXCEPTION 'a submitted review cannot be changed';
          END IF;
        END IF;
        RETURN NEW;
      END;
      $$ LANGUAGE plpgsql`);
    await q.query(`CREATE TRIGGER jury_review_guard BEFORE INSERT OR UPDATE ON jury_review FOR EACH ROW EXECUTE FUNCTION jury_scores_guard()`);
    await q.query(`CREATE TRIGGER jury_consensus_guard BEFORE INSERT OR UPDATE ON jury_consensus FOR EACH ROW EXECUTE FUNCTION jury_scores_guard()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['jury_decision', 'jury_comparison', 'jury_pairwise_assignment', 'jury_pairwise', 'jury_consensus', 'jury_review', 'jury_assignment', 'jury_conflict', 'jury_panel']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS jury_scores_guard()`);
  }
}
