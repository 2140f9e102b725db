import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Exports1764231000000 implements MigrationInterface {
  name = 'Exports1764231000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
