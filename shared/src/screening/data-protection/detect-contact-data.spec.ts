import { describe, expect, it } from 'vitest';
import { countContactData, distinctPhones, exceedsContactThresholds } from './detect-contact-data.js';

describe('countContactData', () => {
  it('counts distinct e-mail addresses regardless of case', () => {
    const text = 'Skriv til anna@example.dk, ANNA@example.dk eller bo.jensen+pitch@mail.example.com.';
    expect(countContactData(text).emails).toBe(2);
  });

  it('does not count things that only look like e-mail addresses', () => {
    expect(countContactData('@handle, user@localhost og a@b').emails).toBe(0);
  });

  it('counts Danish numbers written in the usual ways, once each', () => {
    const text = 'Ring 12 34 56 78, +45 12 34 56 78, 0045 12345678, 23-45-67-89, 3456 7890 eller tlf. 45678901.';
    expect([...distinctPhones(text)].sort()).toEqual(['12345678', '23456789', '34567890', '45678901']);
  });

  it('counts international numbers with their country code', () => {
    const text = 'Stockholm +46 8 123 456 78, London +44 (20) 7946 0958';
    expect(countContactData(text).phones).toBe(2);
  });

  it('does not count bare 8-digit numbers, CVR numbers, years or CPR-shaped numbers', () => {
    const text = 'CVR 12345678, beløb 23456789 kr., 2024-2025, årene 1999 2000, 150385-1234, konto 1234 5678 9012';
    expect(countContactData(text).phones).toBe(0);
  });
});

describe('exceedsContactThresholds', () => {
  it('warns from 20 e-mail addresses or 20 phone numbers in one document', () => {
    const emails = Array.from({ length: 20 }, (_, i) => `person${i}@example.dk`).join('\n');
    expect(exceedsContactThresholds(countContactData(emails))).toBe(true);
    expect(exceedsContactThresholds(countContactData(emails.split('\n').slice(1).join('\n')))).toBe(false);
    const phones = Array.from({ length: 20 }, (_, i) => `+45 ${20000000 + i * 7}`).join('\n');
    expect(exceedsContactThresholds(countContactData(phones))).toBe(true);
  });

  it('takes other thresholds when given', () => {
    expect(exceedsContactThresholds({ emails: 3, phones: 0 }, { emails: 3, phones: 5 })).toBe(true);
  });
});
