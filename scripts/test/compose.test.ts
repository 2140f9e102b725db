import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WORKER_ENV } from '../../worker/process-settings.mjs';

// No Docker engine runs where the tests run, so the compose file is checked by reading it.
const compose = parse(readFileSync('docker/compose.yaml', 'utf8'), { merge: true }) as {
  services: Record<string, { image?: string; build?: { dockerfile: string }; environment?: Record<string, string>; healthcheck?: { test: string[] }; command?: string[]; depends_on?: Record<string, { condition: string }>; volumes?: string[] }>;
  volumes: Record<string, unknown>;
};

describe('docker/compose.yaml', () => {
  it('runs PostgreSQL 16, Redis 7, MinIO, api, worker and web', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'minio', 'postgres', 'redis', 'web', 'worker']);
    expect(compose.services.postgres!.image).toMatch(/^postgres:16/);
    expect(compose.services.redis!.image).toMatch(/^redis:7/);
  });

  it('keeps Redis append-only so queued jobs survive a restart', () => {
    expect(compose.services.redis!.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
  });

  it('gives every service a health check and the stateful ones a volume', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect(service.healthcheck?.test?.length, name).toBeGreaterThan(0);
    }
    for (const name of ['postgres', 'redis', 'minio']) {
      const volume = compose.services[name]!.volumes![0]!.split(':')[0]!;
      expect(compose.volumes).toHaveProperty(volume);
    }
  });

  it('builds api, worker and web from the Dockerfiles in docker/', () => {
    for (const name of ['api', 'worker', 'web']) {
      const dockerfile = compose.services[name]!.build!.dockerfile;
      expect(readFileSync(dockerfile, 'utf8')).toMatch(/^FROM /m);
    }
  });

  it('points api and worker at the compose PostgreSQL, Redis and MinIO, in production mode', () => {
    for (const name of ['api', 'worker']) {
      const env = compose.services[name]!.environment!;
      expect(env.NODE_ENV).toBe('production');
      expect(env.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.S3_ENDPOINT).toBe('http://minio:9000');
      expect(env.SESSION_SECRET).toMatch(/SESSION_SECRET:\?/);
    }
  });

  it('starts the worker with the memory settings pnpm start and the benchmark use', () => {
    const dockerfile = readFileSync(compose.services.worker!.build!.dockerfile, 'utf8');
    const env = Object.fromEntries(
      [...dockerfile.matchAll(/^ENV (.+)$/gm)].flatMap((line) => line[1]!.split(/\s+/).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])),
    );
    expect(env).toMatchObject(WORKER_ENV);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main.js"\]$/m);
  });

  it('starts the apps only once their dependencies are healthy', () => {
    expect(compose.services.api!.depends_on).toMatchObject({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    expect(compose.services.worker!.depends_on).toMatchObject({ api: { condition: 'service_healthy' } });
  });
});
