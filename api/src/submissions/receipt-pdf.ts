import PDFDocument from 'pdfkit';
import type { Receipt } from '@fairpitch/shared/submissions';

/** A one-page, bilingual PDF of a receipt, for the company's records. */
export function receiptPdf(receipt: Receipt, context: { challengeTitle: string; companyName: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Receipt ${receipt.entryId} rev. ${receipt.revision}`, Creator: 'Fairpitch' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('Kvittering for indsendelse / Submission receipt');
    doc.moveDown();
    doc.fontSize(11);
    const line = (label: string, value: string) => doc.font('Helvetica-Bold').text(label, { continued: true }).font('Helvetica').text(` ${value}`);
    line('Udfordring / Challenge:', context.challengeTitle);
    line('Virksomhed / Company:', `${context.companyName} (${receipt.companyId})`);
    line('Besvarelse / Entry:', receipt.entryId);
    line('Revision:', String(receipt.revision));
    line('Modtaget / Received (UTC):', receipt.submittedAt);
    line('SHA-256:', receipt.hash);
    doc.moveDown();
    doc.font('Helvetica-Bold').text('Dokumenter / Documents');
    doc.font('Helvetica').fontSize(9);
    for (const a of receipt.attachments) doc.text(`${a.fileName} (${a.size} bytes) sha256 ${a.sha256}`);
    if (receipt.attachments.length === 0) doc.text('—');
    doc.moveDown().fontSize(9).text(
      'Kvitteringen kan kontrolleres hos platformen (POST /api/receipts/verify). / The receipt can be verified with the platform (POST /api/receipts/verify).',
    );
    doc.end();
  });
}
