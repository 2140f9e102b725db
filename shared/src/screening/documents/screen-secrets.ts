import { defineRule } from '../define-rule.js';
import { findSecrets } from './find-secrets.js';

/** Evidence lists at most this many places; the total count is always given. */
const MAX_LISTED = 100;

// A key or password in a submitted document is compromised the moment it is shared: it reaches
// the municipality's staff, jurors and archives. The vendor must revoke it, not just remove it.
export const secretsRule = defineRule(
  {
    id: 'security.secrets-in-documents',
    area: 'security',
    severity: 'major',
    title: { da: 'Hemmeligheder i dokumenter (nøgler, tokens, adgangskoder)', en: 'Secrets in documents (keys, tokens, passwords)' },
    reference: 'OWASP ASVS 4.0 V2.10.4 and V6.4.1 (secrets not in source or documents); CWE-798',
  },
  ({ texts }, finding) => {
    const locations = texts.flatMap(({ attachmentId, fileName, part, text }) =>
      findSecrets(text, part || fileName).map((hit) => ({ attachmentId, fileName, part, ...hit })),
    );
    if (locations.length === 0) {
      return [
        finding({
          outcome: 'pass',
          evidence: { textsScanned: texts.length, hits: 0 },
          explanation: { da: 'Der er ikke fundet nøgler, tokens eller adgangskoder i dokumenterne.', en: 'No keys, tokens or passwords were found in the documents.' },
        }),
      ];
    }
    const files = [...new Set(locations.map((location) => location.fileName))].join(', ');
    const kinds = [...new Set(locations.map((location) => location.kind))];
    return [
      finding({
        outcome: 'fail',
        evidence: {
          textsScanned: texts.length,
          hits: locations.length,
          kinds,
          listed: Math.min(locations.length, MAX_LISTED),
          locations: locations.slice(0, MAX_LISTED).map((location) => ({ ...location })),
        },
        explanation: {
          da: `${locations.length} hemmelighed(er) fundet (${kinds.join(', ')}) i ${files}. De må betragtes som kompromitterede: tilbagekald eller skift dem, og indsend dokumenterne uden dem.`,
          en: `${locations.length} secret(s) found (${kinds.join(', ')}) in ${files}. Treat them as compromised: revoke or rotate them, and submit the documents without them.`,
        },
      }),
    ];
  },
);
