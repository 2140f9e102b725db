import { describe, expect, it } from 'vitest';
import { OUTBOX_ROUTES, fromBullJobId, jobIds, toBullJobId } from './queues.js';

describe('job ids', () => {
  it('derives the screening job id from entry, revision hash and ruleset version', () => {
    expect(jobIds.screenEntry({ entryId: 'e1', revisionHash: 'abc', rulesetVersion: '2026.11.1' })).toBe('screen:e1:abc:2026.11.1');
  });
  it('carries logical ids to BullMQ without colons and back unchanged', () => {
    const id = 'screen:e1:abc:2026.11.1';
    expect(toBullJobId(id)).not.toContain(':');
    expect(fromBullJobId(toBullJobId(id))).toBe(id);
  });
  it('routes every outbox topic to a queue with a job id derived from the data', () => {
    const route = OUTBOX_ROUTES['screen-entry']!;
    expect(route.jobId({ entryId: 'e', revisionHash: 'h', rulesetVersion: 'v' }, 'o')).toBe('screen:e:h:v');
    expect(OUTBOX_ROUTES['entry-submitted']!.jobId({}, 'o1')).toBe('outbox:o1');
  });
});
