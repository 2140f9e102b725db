import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailService } from '@fairpitch/api/mail/mail.service';
import { type TestSmtpServer, startTestSmtpServer } from './smtp-server.js';
import { startTestWorker, waitFor } from './support.js';

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

describe('mail delivery over SMTP', () => {
  let smtp: TestSmtpServer;
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  const statusOf = async (mail: MailService, recipient: string) => (await mail.list({ page: 1, pageSize: 10, recipient })).items[0]!;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    worker = await startTestWorker({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Fairpitch <no-reply@fairpitch.test>' } });
  });
  afterAll(async () => {
    await worker.close();
    await smtp.close();
  });

  it('sends queued mail to the SMTP server and marks it sent', async () => {
    const mail = worker.context.get(MailService);
    await mail.queue({ to: 'receipt@example.test', subject: 'Kvittering for bidrag', body: 'Jeres bidrag er modtaget.\n.\nHash: abc', kind: 'receipt' });
    const sent = await waitFor(() => statusOf(mail, 'receipt@example.test'), (m) => m.status !== 'queued');
    expect(sent.status).toBe('sent');
    expect(sent.sentAt).not.toBeNull();
    const delivered = smtp.received.filter((m) => m.to.includes('receipt@example.test'));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.from).toBe('no-reply@fairpitch.test');
    expect(delivered[0]!.data).toMatch(/^Subject: /m);
    // The body arrives whole, its lone dot line included (dot-stuffing is the transport's job).
    expect(delivered[0]!.data.replace(/=\r\n/g, '')).toContain('Jeres bidrag er modtaget.\r\n.\r\nHash: abc');
  });

  it('keeps mail the server refuses queued with the reason, and gives up after the last attempt', async () => {
    smtp.refuse.add('gone@example.test');
    const mail = worker.context.get(MailService);
    await mail.queue({ to: 'gone@example.test', subject: 'Hello', body: 'Body', kind: 'test' });
    const retried = await waitFor(() => statusOf(mail, 'gone@example.test'), (m) => m.attempts >= 1 && m.lastError !== null);
    expect(retried.lastError).toContain('550');
    const failed = await waitFor(
      async () => {
        await mail.deliverPending();
        return statusOf(mail, 'gone@example.test');
      },
      (m) => m.status === 'failed',
    );
    expect(failed.attempts).toBe(5);
    expect(failed.sentAt).toBeNull();
    expect(smtp.received.some((m) => m.to.includes('gone@example.test'))).toBe(false);
  });
});
