import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HackathonTeams1764231100000 implements MigrationInterface {
  name = 'HackathonTeams1764231100000';

  async up(q: QueryRunner): Promise<void> {
    // Individuals register for a hackathon; teams form during the event and enter like companies.
    await q.query(`
      CREATE TABLE event_registration (
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        registered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, user_id)
      )`);
    await q.query(`ALTER TABLE company ADD COLUMN kind varchar(10) NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'team'))`);
    await q.query(`ALTER TABLE company ADD COLUMN team_challenge_id uuid REFERENCES challenge(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE company DROP CONSTRAINT company_identifier`);
    await q.query(`
      ALTER TABLE company ADD CONSTRAINT company_identifier CHECK (
        (kind = 'team' AND cvr IS NULL AND registration_number IS NULL AND team_challenge_id IS NOT NULL)
        OR (kind = 'company' AND team_challenge_id IS NULL AND (
          (country = 'DK' AND cvr IS NOT NULL AND registration_number IS NULL)
          OR (country <> 'DK' AND cvr IS NULL AND registration_number IS NOT NULL)))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM company WHERE kind = 'team'`);
    await q.query(`ALTER TABLE company DROP CONSTRAINT company_identifier`);
    await q.query(`
      ALTER TABLE company ADD CONSTRAINT company_identifier CHECK (
        (country = 'DK' AND cvr IS NOT NULL AND registration_number IS NULL)
        OR (country <> 'DK' AND cvr IS NULL AND registration_number IS NOT NULL))`);
    await q.query(`ALTER TABLE company DROP COLUMN team_challenge_id`);
    await q.query(`ALTER TABLE company DROP COLUMN kind`);
    await q.query(`DROP TABLE event_registration`);
  }
}
