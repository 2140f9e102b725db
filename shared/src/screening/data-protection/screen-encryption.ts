import type { Localised } from '../../common/localised.js';
import { KEY_HOLDERS } from '../../submissions/compliance-declaration.js';
import { defineRule } from '../define-rule.js';

type KeyHolder = (typeof KEY_HOLDERS)[number];

// Who holds the keys decides who can be compelled to decrypt: customer-held keys limit what a
// vendor (or a third country's authorities acting through it) can hand over.
const KEY_CUSTODY_NOTES: Record<KeyHolder | 'unknown', Localised> = {
  customer: { da: 'Kommunen har selv nøglerne.', en: 'The municipality holds the keys.' },
  vendor: { da: 'Leverandøren har nøglerne.', en: 'The vendor holds the keys.' },
  'third-party': { da: 'En tredjepart (fx cloududbyder) har nøglerne.', en: 'A third party (e.g. the cloud provider) holds the keys.' },
  unknown: { da: 'Det er ikke oplyst, hvem der har nøglerne.', en: 'Not stated who holds the keys.' },
};

export const encryptionRule = defineRule(
  {
    id: 'data-protection.encryption',
    area: 'data-protection',
    severity: 'major',
    title: { da: 'Kryptering under transport og ved lagring', en: 'Encryption in transit and at rest' },
    reference: 'GDPR Art. 32(1)(a)',
  },
  ({ declaration }, finding) => {
    const inTransit = declaration.encryptionInTransit;
    const atRest = declaration.encryptionAtRest;
    const keyHolder = declaration.encryptionKeyHolder ?? 'unknown';
    const custody = KEY_CUSTODY_NOTES[keyHolder];
    const evidence = { inTransit: inTransit ?? null, atRest: atRest ?? null, keyHolder };
    const parts = [
      { value: inTransit, name: { da: 'under transport', en: 'in transit' } },
      { value: atRest, name: { da: 'ved lagring', en: 'at rest' } },
    ];
    const refused = parts.filter((p) => p.value === false).map((p) => p.name);
    const unstated = parts.filter((p) => p.value === undefined).map((p) => p.name);
    const join = (names: Localised[]) => ({
      da: names.map((n) => n.da).join(' og '),
      en: names.map((n) => n.en).join(' and '),
    });

    if (refused.length === 0 && unstated.length === 0) {
      return [
        finding({
          outcome: 'pass',
          evidence,
          explanation: {
            da: `Data krypteres under transport og ved lagring. ${custody.da}`,
            en: `Data is encrypted in transit and at rest. ${custody.en}`,
          },
        }),
      ];
    }
    const sentences: Localised[] = [];
    if (refused.length) {
      const which = join(refused);
      sentences.push({ da: `Data krypteres ikke ${which.da}.`, en: `Data is not encrypted ${which.en}.` });
    }
    if (unstated.length) {
      const which = join(unstated);
      sentences.push({
        da: `Det er ikke oplyst, om data krypteres ${which.da}.`,
        en: `Not stated whether data is encrypted ${which.en}.`,
      });
    }
    sentences.push(custody);
    return [
      finding({
        outcome: refused.length ? 'fail' : 'needs-review',
        evidence,
        explanation: { da: sentences.map((s) => s.da).join(' '), en: sentences.map((s) => s.en).join(' ') },
      }),
    ];
  },
);
