import type { Localised } from '../../../common/localised.js';
import { compareCodePoints, compareInstants } from '../../compare.js';
import type { SnapshotWithoutReviews } from '../../snapshot.js';
import { toUtcTimestamp } from '../../utc-timestamp.js';
import { column, type SheetDefinition } from '../sheet-definition.js';
import type { SheetOptions, SheetRow } from '../sheet-types.js';

const KIND: Record<'amendment' | 'question', Localised> = {
  amendment: { da: 'Rettelse', en: 'Amendment' },
  question: { da: 'Spørgsmål', en: 'Question' },
};

interface Item {
  kind: 'amendment' | 'question';
  id: string;
  date: string;
  text: string;
  response: string | null;
  responseDate: string | null;
}

/** Amendments and questions in one timeline, as every participant saw them. */
function* rows(snapshot: SnapshotWithoutReviews, { locale }: SheetOptions): Generator<SheetRow> {
  const { amendments, questions } = snapshot.challenge;
  const items: Item[] = [
    ...amendments.map((a): Item => ({ kind: 'amendment', id: a.id, date: a.publishedAt, text: a.summary, response: a.rationale, responseDate: null })),
    ...questions.map((q): Item => ({ kind: 'question', id: q.id, date: q.askedAt, text: q.question, response: q.answer, responseDate: q.answeredAt })),
  ].toSorted((a, b) => compareInstants(a.date, b.date) || compareCodePoints(a.kind, b.kind) || compareCodePoints(a.id, b.id));
  for (const item of items) {
    yield {
      kind: KIND[item.kind][locale],
      id: item.id,
      date: toUtcTimestamp(item.date),
      text: item.text,
      response: item.response,
      responseDate: item.responseDate === null ? null : toUtcTimestamp(item.responseDate),
    };
  }
}

export const amendmentsAndQuestionsSheet: SheetDefinition = {
  id: 'amendments-and-questions',
  source: 'snapshot',
  name: { da: 'Rettelser og spørgsmål', en: 'Amendments and Q&A' },
  fileName: 'amendments-and-questions.csv',
  columns: () => [
    column('kind', 'Type', 'Kind'),
    column('id', 'Id', 'Id'),
    column('date', 'Dato (UTC)', 'Date (UTC)', 'date'),
    column('text', 'Tekst / spørgsmål', 'Text / question'),
    column('response', 'Begrundelse / svar', 'Rationale / answer'),
    column('responseDate', 'Besvaret (UTC)', 'Answered (UTC)', 'date'),
  ],
  rowsOf: rows,
};
