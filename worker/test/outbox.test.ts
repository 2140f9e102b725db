import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createPublished } from '../../api/test/support/challenge-fixtures.js';
import { completeEntryContent, draftEntry, registerCompany } from '../../api/test/support/entry-fixtures.js';
import { signedInUser } from '../../api/test/support/fixtures.js';
import { type TestApp, startTestApp } from '../../api/test/support/test-app.js';
import { OutboxRelay } from '../src/relay/outbox-relay.poller.js';
import { type TestWorker, startTestWorker, waitFor } from './support.js';

// A port where nothing listens: Redis "down" for this test.
const REDIS_DOWN = 'redis://127.0.0.1:9';

describe('the outbox: nothing acknowledged is lost when Redis is down', () => {
  let api: TestApp;
  let receipt: { entryId: string; hash: string };
  beforeAll(async () => {
    api = await startTestApp({ REDIS_URL: REDIS_DOWN });
    const organiser = await signedInUser(api, 'staff', 'organiser');
    const founder = await signedInUser(api, null, 'founder');
    await registerCompany(founder.client, 'Outbox ApS');
    const challengeId = await createPublished(organiser.client);
    const { id } = await draftEntry(founder.client, challengeId, completeEntryContent({ offer: undefined }));
    const response = await founder.client.post(`/api/entries/${id}/submit`);
    expect(response.status).toBe(201);
    receipt = response.body;
  });
  afterAll(() => api.close());

  const outbox = async () => (await api.db.query(`SELECT id, sent_at, attempts, last_error FROM outbox_message`)).rows;
  const consumed = async () => (await api.db.query(`SELECT consumer, outbox_id, deliveries FROM consumed_event`)).rows;

  it('acknowledges the submission with Redis down and keeps its event in the outbox', async () => {
    expect(receipt.entryId).toBeTruthy();
    const rows = await outbox();
    expect(rows).toHaveLength(1);
    expect(rows[0].sent_at).toBeNull();
  });

  it('leaves the event unsent while the relay cannot reach Redis', async () => {
    const down: TestWorker = await startTestWorker({ databaseUrl: api.databaseUrl, env: { REDIS_URL: REDIS_DOWN } });
    try {
      await down.context.get(OutboxRelay).tick();
      const [row] = await outbox();
      expect(row.sent_at).toBeNull();
      expect(row.attempts).toBeGreaterThanOrEqual(1);
      expect(row.last_error).toMatch(/timed out|ECONNREFUSED/);
    } finally {
      await down.close();
    }
  });

  it('delivers it exactly once when Redis is back, even if the relay sends it again', async () => {
    const up = await startTestWorker({ databaseUrl: api.databaseUrl });
    try {
      await up.context.get(OutboxRelay).tick();
      const [sent] = await outbox();
      expect(sent.sent_at).not.toBeNull();
      await waitFor(consumed, (rows) => rows.length === 1);

      // The relay dies after enqueueing but before marking the message sent: it goes again.
      const db = up.context.get<DataSource>(getDataSourceToken());
      await db.query(`UPDATE outbox_message SET sent_at = NULL`);
      await up.context.get(OutboxRelay).tick();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const rows = await consumed();
      expect(rows).toEqual([{ consumer: 'screening-intake', outbox_id: sent.id, deliveries: 1 }]);
    } finally {
      await up.close();
    }
  });
});
