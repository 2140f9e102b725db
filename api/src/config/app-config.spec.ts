import { describe, expect, it } from 'vitest';
import { ConfigError, type TransferredConfig, loadConfig, receivedConfig, transferableConfig } from './app-config.js';

const minimal = { DATABASE_URL: 'postgres://u@localhost:5432/db', REDIS_URL: 'redis://localhost:6379' };

describe('loadConfig', () => {
  it('fills defaults for everything but the two connection strings', () => {
    const config = loadConfig(minimal);
    expect(config.port).toBe(3000);
    expect(config.publicUrl.origin).toBe('http://localhost:3000');
    expect(config.secureCookies).toBe(false);
    expect(config.smtp).toBeNull();
    expect(config.uploads.maxFileBytes).toBe(25 * 1024 * 1024);
  });

  it('names every missing or malformed variable in one message', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', REDIS_URL: 'http://wrong' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL is missing/);
    expect(attempt).toThrow(/REDIS_URL must be a URL starting with redis:\/\/ or rediss:\/\//);
    expect(attempt).toThrow(/PORT/);
  });

  it('demands a real session secret and no demo data in production', () => {
    expect(() => loadConfig({ ...minimal, NODE_ENV: 'production', SEED_DEMO: 'true' })).toThrow(/SESSION_SECRET must be set in production[\s\S]*SEED_DEMO/);
  });

  it('turns on Secure cookies for an https public URL', () => {
    expect(loadConfig({ ...minimal, PUBLIC_URL: 'https://fairpitch.kk.dk' }).secureCookies).toBe(true);
  });

  it('requires bucket and keys for the S3 storage driver', () => {
    expect(() => loadConfig({ ...minimal, STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET is required when STORAGE_DRIVER=s3/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ ...minimal, SMTP_HOST: '' }).smtp).toBeNull();
  });

  it('builds exports in a process of their own with a capped heap unless told otherwise', () => {
    expect(loadConfig(minimal).exports).toEqual({ isolation: 'process', processNodeOptions: ['--max-old-space-size=160', '--max-semi-space-size=1'] });
    expect(loadConfig({ ...minimal, EXPORT_ISOLATION: 'in-process', EXPORT_PROCESS_NODE_OPTIONS: ' --max-old-space-size=512  ' }).exports).toEqual({
      isolation: 'in-process',
      processNodeOptions: ['--max-old-space-size=512'],
    });
  });

  it('refuses export process options that are not Node.js options', () => {
    expect(() => loadConfig({ ...minimal, EXPORT_PROCESS_NODE_OPTIONS: '--max-old-space-size=160; rm -rf /' })).toThrow(/EXPORT_PROCESS_NODE_OPTIONS must be Node.js options/);
    expect(() => loadConfig({ ...minimal, EXPORT_PROCESS_NODE_OPTIONS: 'max-old-space-size=160' })).toThrow(/EXPORT_PROCESS_NODE_OPTIONS/);
    expect(() => loadConfig({ ...minimal, EXPORT_ISOLATION: 'thread' })).toThrow(/EXPORT_ISOLATION/);
  });

  it('travels to another process as JSON and arrives the same, its public URL a URL again', () => {
    const config = loadConfig({ ...minimal, PUBLIC_URL: 'https://fairpitch.kk.dk/' });
    const arrived = receivedConfig(JSON.parse(JSON.stringify(transferableConfig(config))) as TransferredConfig);
    expect(arrived.publicUrl).toBeInstanceOf(URL);
    expect(arrived.publicUrl.origin).toBe('https://fairpitch.kk.dk');
    expect({ ...arrived, publicUrl: arrived.publicUrl.href }).toEqual({ ...config, publicUrl: config.publicUrl.href });
  });
});
