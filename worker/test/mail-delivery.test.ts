import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailService } from '@fairpitch/api/mail/mail.service';
import { startTestWorker } from './support.js';

describe('mail delivery in the worker', () => {
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  beforeAll(async () => {
    worker = await startTestWorker();
  });
  afterAll(() => worker.close());

  it('moves queued mail to the log and the outbox when no SMTP server is configured', async () => {
    const mail = worker.context.get(MailService);
    const queued = await mail.queue({ to: 'someone@example.test', subject: 'Hello', body: 'Body text', kind: 'test' });
    expect(queued.status).toBe('queued');
    const deadline = Date.now() + 10_000;
    let status = 'queued';
    while (status === 'queued' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { items } = await mail.list({ page: 1, pageSize: 10, recipient: 'someone@example.test' });
      status = items[0]!.status;
    }
    expect(status).toBe('logged');
  });
});
