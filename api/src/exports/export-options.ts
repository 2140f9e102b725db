import { z } from 'zod';
import type { CsvSeparator } from '@fairpitch/shared/exports';

/** What the organiser chooses when starting an export; everything else follows from the data. */
export const exportOptionsSchema = z
  .strictObject({
    /** Language of headers, labels and the report. */
    language: z.enum(['da', 'en']).default('da'),
    /** `;` for Excel with Danish regional settings, `,` otherwise; defaults by language. */
    separator: z.enum([',', ';']).optional(),
    /** Jurors are pseudonymised unless the organiser decides to show their names. */
    jurorsDisclosed: z.boolean().default(false),
  })
  .transform((o) => ({ language: o.language, separator: o.separator ?? (o.language === 'da' ? ';' : ','), jurorsDisclosed: o.jurorsDisclosed }));

export interface ExportOptions {
  language: 'da' | 'en';
  separator: CsvSeparator;
  jurorsDisclosed: boolean;
}
