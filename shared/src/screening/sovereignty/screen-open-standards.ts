import { defineRule } from '../define-rule.js';

// Open standards and a documented export are what let the municipality move its data and
// integrations to another vendor; without them, switching means starting over.
export const openStandardsRule = defineRule(
  {
    id: 'sovereignty.open-standards',
    area: 'sovereignty',
    severity: 'minor',
    title: { da: 'Åbne standarder og dataeksport', en: 'Open standards and data export' },
    reference: 'EU Cloud Sovereignty Framework (2025), technology and data objectives; Interoperable Europe Act (Regulation (EU) 2024/903)',
  },
  ({ declaration }, finding) => {
    const standards = (declaration.openStandards ?? []).map((s) => s.trim()).filter(Boolean);
    const formats = (declaration.dataExportFormats ?? []).map((s) => s.trim()).filter(Boolean);
    const evidence = { openStandards: standards, dataExportFormats: formats };
    if (standards.length && formats.length) {
      return [
        finding({
          outcome: 'pass',
          evidence,
          explanation: {
            da: `Åbne standarder: ${standards.join(', ')}. Data kan eksporteres som: ${formats.join(', ')}.`,
            en: `Open standards: ${standards.join(', ')}. Data can be exported as: ${formats.join(', ')}.`,
          },
        }),
      ];
    }
    const missing = [
      ...(standards.length ? [] : [{ da: 'åbne standarder', en: 'open standards' }]),
      ...(formats.length ? [] : [{ da: 'formater for dataeksport', en: 'data export formats' }]),
    ];
    return [
      finding({
        outcome: 'warn',
        evidence,
        explanation: {
          da: `Der er ikke oplyst ${missing.map((m) => m.da).join(' eller ')}; det gør det sværere at skifte leverandør.`,
          en: `No ${missing.map((m) => m.en).join(' or ')} declared; that makes changing vendor harder.`,
        },
      }),
    ];
  },
);
