import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREENING_LIMITS, type ScreeningInput } from '@fairpitch/shared/screening';
import type { AppConfig } from '../config/app-config.js';
import { SharedRuleset } from './ruleset.provider.js';
import { ScreeningRunner } from './screening-runner.js';

function input(text: string): ScreeningInput {
  return {
    entryId: 'e1',
    revision: 1,
    asOf: '2026-11-01T00:00:00.000Z',
    challenge: { blindReview: false },
    identity: { companyName: 'X ApS', emailDomains: [], memberNames: [] },
    fields: {},
    declaration: { hostingCountries: ['DK'] },
    documents: [{ attachmentId: 'a1', fileName: 'notes.txt', sha256: 'f'.repeat(64), detectedMime: null, bytes: new TextEncoder().encode(text) }],
    limits: DEFAULT_SCREENING_LIMITS,
  };
}

function runner(screening: Partial<AppConfig['screening']>): ScreeningRunner {
  const config = { screening: { concurrency: 1, fileTimeoutMs: 30_000, maxExpandedBytes: 1e8, maxMemoryMb: 512, isolation: 'thread', ...screening } } as AppConfig;
  return new ScreeningRunner(config, new SharedRuleset());
}

describe('ScreeningRunner', () => {
  it('screens documents in a worker thread with the same result as in-process', async () => {
    const text = 'Participant CPR 150387-1005 in the pilot.';
    const threaded = await runner({ isolation: 'thread' }).run(input(text), []);
    const direct = await runner({ isolation: 'in-process' }).run(input(text), []);
    expect(threaded).toEqual(direct);
    expect(threaded.findings.some((f) => f.ruleId === 'data-protection.cpr-numbers' && f.outcome === 'fail')).toBe(true);
  });

  it('reports documents as needing review when screening them runs out of time, instead of failing', async () => {
    const report = await runner({ fileTimeoutMs: 1 }).run(input('x'.repeat(1000)), []);
    const unreadable = report.findings.filter((f) => f.ruleId === 'screening.document-unreadable');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.outcome).toBe('needs-review');
    expect(JSON.stringify(unreadable[0]!.evidence)).toContain('resource limit');
  });
});
