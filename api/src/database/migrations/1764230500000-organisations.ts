import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organisations1764230500000 implements MigrationInterface {
  name = 'Organisations1764230500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE company (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        country char(2) NOT NULL,
        cvr char(8),
        registration_number varchar(30),
        size_class varchar(10) NOT NULL CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
        contact_name varchar(200),
        contact_email varchar(320),
        contact_phone varchar(30),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        anonymised_at timestamptz,
        -- Danish firms by CVR, every other EU/EEA firm by its national register number.
        CONSTRAINT company_identifier CHECK (
          (country = 'DK' AND cvr IS NOT NULL AND registration_number IS NULL)
          OR (country <> 'DK' AND cvr IS NULL AND registration_number IS NOT NULL)
        )
      )`);
    await q.query(`CREATE UNIQUE INDEX company_cvr_key ON company (cvr) WHERE cvr IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX company_registration_key ON company (country, upper(registration_number)) WHERE registration_number IS NOT NULL`);
    await q.query(`
      CREATE TABLE company_member (
        company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role varchar(10) NOT NULL CHECK (role IN ('admin', 'member')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (company_id, user_id)
      )`);
    await q.query(`CREATE INDEX company_member_user_idx ON company_member (user_id)`);
    await q.query(`ALTER TABLE invitation ADD CONSTRAINT invitation_company_fk FOREIGN KEY (company_id) REFERENCES company(id) ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitation DROP CONSTRAINT IF EXISTS invitation_company_fk`);
    await q.query(`DROP TABLE IF EXISTS company_member`);
    await q.query(`DROP TABLE IF EXISTS company`);
  }
}
