import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Judging1764230900000 implements MigrationInterface {
  name = 'Judging1764230900000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
