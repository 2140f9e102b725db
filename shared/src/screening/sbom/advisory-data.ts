import { z } from 'zod';
import data from './advisories.json' with { type: 'json' };

// The shape of advisories.json, written by shared/scripts/build-advisories.mjs.

export const ADVISORY_SEVERITIES = ['critical', 'high', 'medium', 'low', 'none', 'unknown'] as const;
export type AdvisorySeverity = (typeof ADVISORY_SEVERITIES)[number];

const rangeEvent = z.union([
  z.object({ introduced: z.string() }).strict(),
  z.object({ fixed: z.string() }).strict(),
  z.object({ lastAffected: z.string() }).strict(),
]);

export const advisoryRangeSchema = z.discriminatedUnion('type', [
  /** npm ranges as the Node.js Security WG writes them, matched with node-semver. */
  z.object({ type: z.literal('semver'), vulnerable: z.string(), patched: z.string().optional() }),
  /** OSV events in the ecosystem's own version order (semver for npm, PEP 440 for PyPI). */
  z.object({ type: z.literal('ecosystem'), events: z.array(rangeEvent).min(1) }),
  /** An explicit list of affected versions. */
  z.object({ type: z.literal('versions'), versions: z.array(z.string()).min(1) }),
]);
export type AdvisoryRange = z.infer<typeof advisoryRangeSchema>;
export type RangeEvent = z.infer<typeof rangeEvent>;

export const advisorySchema = z.object({
  id: z.string().min(1),
  aliases: z.array(z.string()),
  ecosystem: z.enum(['npm', 'PyPI']),
  /** npm: lower case, "@scope/name"; PyPI: PEP 503 normalised. */
  package: z.string().min(1),
  ranges: z.array(advisoryRangeSchema).min(1),
  severity: z.enum(ADVISORY_SEVERITIES),
  cvssScore: z.number().min(0).max(10).nullable(),
  cvssVector: z.string().nullable(),
  summary: z.string(),
  url: z.string().nullable(),
});
export type Advisory = z.infer<typeof advisorySchema>;

export const advisoryDatabaseSchema = z.object({
  source: z.string().min(1),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  counts: z.object({ npm: z.number().int(), PyPI: z.number().int() }),
  advisories: z.array(advisorySchema),
});
export type AdvisoryDatabase = z.infer<typeof advisoryDatabaseSchema>;

/** The advisory data shipped with this ruleset version (its shape is checked by a spec). */
export const ADVISORY_DATABASE = data as unknown as AdvisoryDatabase;
