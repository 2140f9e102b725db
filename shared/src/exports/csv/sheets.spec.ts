import { describe, expect, it } from 'vitest';
import type { DecidedChallengeSnapshot } from '../snapshot.js';
import { EXAMPLE_ENTRY_IDS, exampleDecidedSnapshot, exampleUndecidedSnapshot } from '../testing/example-snapshot.js';
import { SHEET_IDS } from './sheet-types.js';
import { buildAllSheets, buildSheet, sheetCsvLines, sheetRowsOf } from './sheets.js';
import { toCsv } from './to-csv.js';

const da = { locale: 'da' } as const;
const en = { locale: 'en' } as const;

describe('buildAllSheets', () => {
  it('builds the eight sheets in a fixed order, with tab names spreadsheets accept', () => {
    const sheets = buildAllSheets(exampleDecidedSnapshot(), da);
    expect(sheets.map((s) => s.id)).toEqual([...SHEET_IDS]);
    for (const sheet of sheets) {
      expect(sheet.name.da.length).toBeLessThanOrEqual(31);
      expect(sheet.name.en.length).toBeLessThanOrEqual(31);
      expect(sheet.draft).toBe(false);
      for (const row of sheet.rows) {
        // Every cell belongs to a declared column.
        expect(Object.keys(row).every((key) => sheet.columns.some((c) => c.key === key))).toBe(true);
      }
    }
    expect(sheets.find((s) => s.id === 'ranking')?.fileName).toBe('ranking.csv');
  });

  it('gives the same rows whatever order the snapshot lists things in', () => {
    const snapshot = exampleDecidedSnapshot();
    const shuffled: DecidedChallengeSnapshot = {
      ...snapshot,
      entries: snapshot.entries.toReversed(),
      ranking: snapshot.ranking.toReversed(),
      reviews: snapshot.reviews.toReversed(),
      audit: { ...snapshot.audit, eventCounts: snapshot.audit.eventCounts.toReversed() },
    };
    expect(buildAllSheets(shuffled, da)).toEqual(buildAllSheets(snapshot, da));
  });
});

describe('the ranking sheet', () => {
  it('lists ranked entries by rank, shows the tie and the award', () => {
    const { rows } = buildSheet('ranking', exampleDecidedSnapshot(), en);
    expect(rows.map((r) => [r['rank'], r['entry'], r['tied'], r['total'], r['awarded']])).toEqual([
      [1, 'Entry 1', 'No', 4.5, 'Yes'],
      [2, 'Entry 2', 'Yes', 4, 'No'],
      [2, 'Entry 3', 'Yes', 4, 'No'],
    ]);
  });

  it('becomes the CSV the organiser downloads', () => {
    const sheet = buildSheet('ranking', exampleDecidedSnapshot(), da);
    const csv = toCsv(sheet.rows, sheet.columns, { separator: ';', locale: 'da' });
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFPlacering;Delt placering;Bidrag;Virksomhed;Land;Samlet score (0–100);Under minimum;Tildelt',
      '1;Nej;Entry 1;Klimadata ApS;DK;4,500;Nej;Ja',
      '2;Ja;Entry 2;Nordisk Mobilitet AB;SE;4,000;Nej;Nej',
    ]);
  });
});

describe('the scores by criterion sheet', () => {
  it('has one column per published criterion with its weight', () => {
    const sheet = buildSheet('scores-by-criterion', exampleDecidedSnapshot(), en);
    expect(sheet.columns.map((c) => c.header.en)).toEqual([
      'Rank',
      'Entry',
      'Company',
      'Quality of the solution (40 %)',
      'Climate footprint (15 %)',
      'Open standards and exit (15 %)',
      'Price (30 %)',
      'Total score (0–100)',
    ]);
    expect(sheet.rows[1]).toMatchObject({ entry: 'Entry 2', 'criterion:climate': 3.5, 'criterion:sovereignty': 4.5 });
  });
});

describe('the scores by juror sheet', () => {
  it('has a row per juror, entry and criterion, consensus after the jurors', () => {
    const { rows } = buildSheet('scores-by-juror', exampleDecidedSnapshot(), en);
    // 8 individual reviews and 3 consensus reviews, 4 criteria each.
    expect(rows).toHaveLength(11 * 4);
    expect(rows.slice(0, 16).map((r) => `${r['entry']}|${r['juror']}`)).toEqual([
      ...Array(4).fill('Entry 1|Juror A'),
      ...Array(4).fill('Entry 1|Juror B'),
      ...Array(4).fill('Entry 1|Juror C'),
      ...Array(4).fill('Entry 1|Consensus'),
    ]);
    expect(rows[4]).toMatchObject({ criterion: 'Quality of the solution', score: 5, kind: 'Individual' });
  });

  it('shows jurors under their pseudonym unless the snapshot discloses names', () => {
    const snapshot = exampleDecidedSnapshot();
    expect(buildSheet('scores-by-juror', snapshot, en).rows.some((r) => r['juror'] === 'Juror B')).toBe(true);
    snapshot.reviews = snapshot.reviews.map((r) => (r.juror?.label === 'Juror B' ? { ...r, juror: { label: 'Juror B', name: 'Hanne Bech' } } : r));
    const juror = buildSheet('scores-by-juror', snapshot, en).rows.map((r) => r['juror']);
    expect(juror).toContain('Hanne Bech');
    expect(juror).not.toContain('Juror B');
  });

  it('produces rows lazily, so 300,000 scores can be streamed', () => {
    const rows = sheetRowsOf('scores-by-juror', exampleDecidedSnapshot(), da);
    expect(rows.next().value).toMatchObject({ entry: 'Entry 1', juror: 'Juror A' });
  });
});

describe('the screening findings sheet', () => {
  it('lists findings per entry by area and severity, with the area score', () => {
    const { rows } = buildSheet('screening-findings', exampleDecidedSnapshot(), en);
    expect(rows.map((r) => [r['entry'], r['area'], r['severity'], r['rule'], r['areaScore']])).toEqual([
      ['Entry 3', 'Data protection', 'High', 'gdpr.transfer.third-country', 3],
      ['Entry 3', 'Security', 'Low', 'security.pentest.age', 4],
      ['Entry 4', 'Security', 'Medium', 'security.txt.missing', 4],
    ]);
  });
});

describe('the entries sheet', () => {
  it('shows CVR or registration number, country, size class, price and status of every entry', () => {
    const { rows } = buildSheet('entries', exampleDecidedSnapshot(), da);
    expect(rows.map((r) => r['entry'])).toEqual(['Entry 1', 'Entry 2', 'Entry 3', 'Entry 4', 'Entry 5']);
    expect(rows[1]).toMatchObject({ company: 'Nordisk Mobilitet AB', cvr: null, registrationNumber: '5566778899', register: 'SE-BLV', country: 'SE', sizeClass: 'Mellemstor' });
    expect(rows[3]).toMatchObject({ status: 'Udelukket', price: 380000.5, statusReason: expect.stringContaining('Tro- og loveerklæring') });
    expect(rows[4]).toMatchObject({ status: 'Trukket tilbage', price: null, cvr: '12345674', sizeClass: 'Mikro' });
  });

  it('adds contact persons only for the internal archive', () => {
    const published = buildSheet('entries', exampleDecidedSnapshot(), da);
    expect(JSON.stringify(published)).not.toContain('Mette Holm');
    const internal = buildSheet('entries', exampleDecidedSnapshot(), { locale: 'da', includeContactPersons: true });
    expect(internal.rows[0]).toMatchObject({ contactName: 'Mette Holm', contactEmail: 'mette@klimadata.example' });
    expect(internal.rows[2]).toMatchObject({ contactName: null });
  });
});

describe('the conflicts sheet', () => {
  it('shows the declared conflict and how it was handled', () => {
    const { rows } = buildSheet('conflicts', exampleDecidedSnapshot(), en);
    expect(rows).toEqual([
      {
        juror: 'Juror B',
        entry: 'Entry 3',
        company: 'Byens Software A/S',
        declaredAt: '2026-10-09T08:15:00Z',
        description: 'Ansat hos Byens Software A/S 2019–2022.',
        handling: 'Recused; took no part in the evaluation',
        handledAt: '2026-10-09T12:00:00Z',
      },
    ]);
  });
});

describe('the amendments and Q&A sheet', () => {
  it('puts amendments and questions on one timeline', () => {
    const { rows } = buildSheet('amendments-and-questions', exampleDecidedSnapshot(), en);
    expect(rows.map((r) => [r['kind'], r['id'], r['date']])).toEqual([
      ['Question', 'q-1', '2026-08-30T09:12:00Z'],
      ['Amendment', 'amendment-1', '2026-09-02T12:00:00Z'],
      ['Question', 'q-2', '2026-09-10T14:40:00Z'],
    ]);
    expect(rows[2]).toMatchObject({ response: null, responseDate: null });
  });
});

describe('the audit summary sheet', () => {
  it('counts events by type and reports the chain verification', () => {
    const { rows } = buildSheet('audit-summary', exampleDecidedSnapshot(), en);
    expect(rows[0]).toEqual({ section: 'Events', item: 'challenge.decided', value: 1 });
    expect(rows.slice(-4).map((r) => [r['item'], r['value']])).toEqual([
      ['Chain intact', 'Yes'],
      ['Entries', 24],
      ['Head hash (SHA-256)', expect.stringMatching(/^[0-9a-f]{64}$/)],
      ['First broken entry', null],
    ]);
  });
});

describe('sheets of a challenge that is not decided', () => {
  it('start every sheet with the DRAFT notice', () => {
    for (const sheet of buildAllSheets(exampleUndecidedSnapshot(), en)) {
      expect(sheet.draft).toBe(true);
      const firstKey = sheet.columns[0]!.key;
      expect(sheet.rows[0]).toEqual({ [firstKey]: 'DRAFT – the challenge is not decided – figures may change' });
    }
  });

  it('carry the notice into the CSV', () => {
    const lines = [...sheetCsvLines('ranking', exampleUndecidedSnapshot(), { locale: 'da', separator: ';' })];
    expect(lines[1]).toBe('UDKAST – udfordringen er ikke afgjort – tallene kan ændre sig;;;;;;;\r\n');
  });
});

describe('a broken snapshot', () => {
  it('is refused when the ranking names an entry the snapshot does not contain', () => {
    const snapshot = exampleDecidedSnapshot();
    snapshot.entries = snapshot.entries.filter((e) => e.id !== EXAMPLE_ENTRY_IDS[1]);
    expect(() => buildSheet('ranking', snapshot, da)).toThrow(/does not contain/);
  });
});
