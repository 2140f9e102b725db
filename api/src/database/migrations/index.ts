import { Foundation1764230400000 } from './1764230400000-foundation.js';
import { Organisations1764230500000 } from './1764230500000-organisations.js';
import { Challenges1764230600000 } from './1764230600000-challenges.js';
import { Submissions1764230700000 } from './1764230700000-submissions.js';
import { Screening1764230800000 } from './1764230800000-screening.js';
import { Judging1764230900000 } from './1764230900000-judging.js';
import { Exports1764231000000 } from './1764231000000-exports.js';
import { HackathonTeams1764231100000 } from './1764231100000-hackathon-teams.js';
import { EntryDocumentTotals1764231200000 } from './1764231200000-entry-document-totals.js';
import { AuditChainHead1764231300000 } from './1764231300000-audit-chain-head.js';
import { RevisionAnonymisation1764231400000 } from './1764231400000-revision-anonymisation.js';
import { ScreeningJobEntryIndex1764231500000 } from './1764231500000-screening-job-entry-index.js';

// Listed explicitly (not globbed) so the same list works compiled and under the test runner.
export const MIGRATIONS = [
  Foundation1764230400000,
  Organisations1764230500000,
  Challenges1764230600000,
  Submissions1764230700000,
  Screening1764230800000,
  Judging1764230900000,
  Exports1764231000000,
  HackathonTeams1764231100000,
  EntryDocumentTotals1764231200000,
  AuditChainHead1764231300000,
  RevisionAnonymisation1764231400000,
  ScreeningJobEntryIndex1764231500000,
];
