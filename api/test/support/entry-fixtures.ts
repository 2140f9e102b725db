import { randomCvr } from './ids.js';
import type { TestClient } from './http-client.js';

export function completeEntryContent(overrides: Record<string, unknown> = {}) {
  return {
    solution: {
      title: 'Høringsassistent',
      summary: 'Groups and summarises consultation responses.',
      description: 'A language model hosted in the EU, with case workers in control.',
      trl: 6,
      teamMembers: [{ name: 'Sofie Startup', role: 'CEO' }],
    },
    offer: { price: 450000, currency: 'DKK', pricingModel: 'yearly', totalContractCost: 1350000 },
    compliance: { hostingCountries: ['DK'], processorAgreement: true, mfa: true },
    declarations: { acceptTerms: true, acceptIpTerms: true, conflictsOfInterest: { hasConflicts: false } },
    ...overrides,
  };
}

export async function registerCompany(client: TestClient, name: string): Promise<string> {
  const response = await client.post('/api/companies', { name, country: 'DK', cvr: randomCvr(), sizeClass: 'small' });
  if (response.status !== 201) throw new Error(response.text);
  return response.body.id as string;
}

/** Creates the company's entry with complete content; returns the entry id and its version. */
export async function draftEntry(client: TestClient, challengeId: string, content = completeEntryContent()): Promise<{ id: string; version: number }> {
  const created = await client.post(`/api/challenges/${challengeId}/entries`, {});
  if (created.status !== 201 && created.status !== 200) throw new Error(created.text);
  const saved = await client.patch(`/api/entries/${created.body.id}`, { version: created.body.version, content });
  if (saved.status !== 200) throw new Error(saved.text);
  return { id: created.body.id as string, version: saved.body.version as number };
}

export async function upload(client: TestClient, entryId: string, fileName: string, bytes: Uint8Array | string, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new Blob([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes], { type }), fileName);
  return client.request('POST', `/api/entries/${entryId}/attachments`, { body: form });
}

/** A minimal valid PDF (header, one empty page, trailer). */
export function tinyPdf(text = 'Fairpitch'): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
