import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Challenges1764230600000 implements MigrationInterface {
  name = 'Challenges1764230600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status varchar(20) NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'published', 'submission-open', 'submission-closed', 'evaluation', 'decided', 'archived', 'cancelled')),
        type varchar(20) NOT NULL CHECK (type IN ('challenge', 'hackathon', 'market-dialogue')),
        language varchar(2) NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
        title varchar(200) NOT NULL,
        summary text NOT NULL DEFAULT '',
        description_markdown text NOT NULL DEFAULT '',
        department varchar(200) NOT NULL DEFAULT '',
        categories text[] NOT NULL DEFAULT '{}',
        contact jsonb,
        outreach_partners jsonb NOT NULL DEFAULT '[]',
        legal_basis varchar(30) NOT NULL DEFAULT 'none',
        prizes jsonb NOT NULL DEFAULT '[]',
        benefits_to_individual_firms boolean NOT NULL DEFAULT false,
        de_minimis_declarations_required boolean NOT NULL DEFAULT false,
        leads_to_purchase boolean NOT NULL DEFAULT false,
        blind_review boolean NOT NULL DEFAULT true,
        submission_grace_seconds int NOT NULL DEFAULT 0,
        response_period_days int,
        retention_days int,
        custom_questions jsonb NOT NULL DEFAULT '[]',
        evaluation_method jsonb,
        method_hash char(64),
        published_at timestamptz,
        opened_at timestamptz,
        decided_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        search tsvector GENERATED ALWAYS AS (
          to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(department, ''))
        ) STORED,
        -- Publication freezes the method: from then on it always has its hash.
        CONSTRAINT challenge_published_has_hash CHECK (status IN ('draft', 'cancelled') OR published_at IS NOT NULL)
      )`);
    // The lifecycle table, as in shared/challenges: a trigger refuses any other status change.
    await q.query(`CREATE TABLE challenge_transition (from_status varchar(20), to_status varchar(20), PRIMARY KEY (from_status, to_status))`);
    await q.query(`
      INSERT INTO challenge_transition VALUES
        ('draft', 'published'), ('draft', 'cancelled'),
        ('published', 'submission-open'), ('published', 'cancelled'),
        ('submission-open', 'submission-closed'), ('submission-open', 'cancelled'),
        ('submission-closed', 'evaluation'), ('submission-closed', 'cancelled'),
        ('evaluation', 'decided'), ('evaluation', 'cancelled'),
        ('decided', 'archived'), ('decided', 'cancelled'),
        ('cancelled', 'archived')`);
    await q.query(`
      CREATE FUNCTION challenge_status_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
          SELECT 1 FROM challenge_transition WHERE from_status = OLD.status AND to_status = NEW.status
        ) THEN
          RAISE EXCEPTION 'challenge status cannot change from % to %', OLD.status, NEW.status;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER challenge_status_guard BEFORE UPDATE OF status ON challenge FOR EACH ROW EXECUTE FUNCTION challenge_status_guard()`);
    await q.query(`CREATE INDEX challenge_status_idx ON challenge (status, published_at DESC)`);
    await q.query(`CREATE INDEX challenge_search_idx ON challenge USING gin (search)`);
    await q.query(`CREATE INDEX challenge_categories_idx ON challenge USING gin (categories)`);

    await q.query(`
      CREATE TABLE challenge_phase (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        position int NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('announcement', 'questions', 'submission', 'screening', 'evaluation', 'decision', 'event-day')),
        title jsonb,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        CHECK (starts_at < ends_at),
        UNIQUE (challenge_id, position),
        -- At most one phase is active at any instant.
        EXCLUDE USING gist (challenge_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
      )`);

    await q.query(`
      CREATE TABLE challenge_member (
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role varchar(10) NOT NULL CHECK (role IN ('organiser', 'juror')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, user_id, role)
      )`);
    await q.query(`CREATE INDEX challenge_member_user_idx ON challenge_member (user_id)`);

    await q.query(`
      CREATE TABLE challenge_registration (
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        registered_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, company_id)
      )`);

    await q.query(`
      CREATE TABLE challenge_amendment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        number int NOT NULL,
        reason text NOT NULL,
        changes jsonb NOT NULL,
        method_hash_before char(64),
        method_hash_after char(64),
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        UNIQUE (challenge_id, number)
      )`);

    await q.query(`
      CREATE TABLE challenge_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        asked_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        company_id uuid REFERENCES company(id) ON DELETE SET NULL,
        text text NOT NULL,
        asked_at timestamptz NOT NULL DEFAULT now(),
        number int,
        published_question text,
        answer text,
        answered_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        answered_at timestamptz,
        -- There is no private answer: an answer is published, with its number, or there is none.
        CONSTRAINT challenge_question_answer_published CHECK (
          (answer IS NULL AND answered_at IS NULL AND number IS NULL AND published_question IS NULL)
          OR (answer IS NOT NULL AND answered_at IS NOT NULL AND number IS NOT NULL AND published_question IS NOT NULL)
        ),
        UNIQUE (challenge_id, number)
      )`);
    await q.query(`CREATE INDEX challenge_question_challenge_idx ON challenge_question (challenge_id, answered_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS challenge_transition`);
    for (const table of ['challenge_question', 'challenge_amendment', 'challenge_registration', 'challenge_member', 'challenge_phase', 'challenge']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS challenge_status_guard`);
  }
}
