import type { SnapshotWithoutReviews } from '../../snapshot.js';
import { toUtcTimestamp } from '../../utc-timestamp.js';
import { companyIdentifier } from '../../ocds/company-identifier.js';
import { column, entriesInLabelOrder, type SheetDefinition } from '../sheet-definition.js';
import { ENTRY_STATUS, SIZE_CLASS } from '../sheet-labels.js';
import type { SheetColumn, SheetOptions, SheetRow } from '../sheet-types.js';

function columns(_snapshot: SnapshotWithoutReviews, options: SheetOptions): SheetColumn[] {
  return [
    column('entry', 'Bidrag', 'Entry'),
    column('company', 'Virksomhed', 'Company'),
    column('cvr', 'CVR-nr.', 'CVR number'),
    column('registrationNumber', 'Registreringsnr.', 'Registration number'),
    column('register', 'Register', 'Register'),
    column('country', 'Land', 'Country'),
    column('sizeClass', 'Størrelse', 'Size class'),
    column('price', 'Pris', 'Price', 'number', 2),
    column('currency', 'Valuta', 'Currency'),
    column('submittedAt', 'Indsendt (UTC)', 'Submitted (UTC)', 'date'),
    column('status', 'Status', 'Status'),
    column('statusReason', 'Begrundelse', 'Reason'),
    column('receiptHash', 'Kvittering (SHA-256)', 'Receipt (SHA-256)'),
    ...(options.includeContactPersons
      ? [column('contactName', 'Kontaktperson', 'Contact person'), column('contactEmail', 'Kontaktens e-mail', 'Contact e-mail')]
      : []),
  ];
}

function* rows(snapshot: SnapshotWithoutReviews, options: SheetOptions): Generator<SheetRow> {
  const { locale } = options;
  for (const entry of entriesInLabelOrder(snapshot)) {
    const { company } = entry;
    const identifier = companyIdentifier(company);
    yield {
      entry: entry.label,
      company: company.name,
      cvr: company.cvr,
      registrationNumber: company.registrationNumber,
      register: identifier?.scheme ?? null,
      country: company.country,
      sizeClass: SIZE_CLASS[company.sizeClass][locale],
      price: entry.price?.amount ?? null,
      currency: entry.price?.currency ?? null,
      submittedAt: toUtcTimestamp(entry.submittedAt),
      status: ENTRY_STATUS[entry.status][locale],
      statusReason: entry.statusReason,
      receiptHash: entry.receiptHash,
      ...(options.includeContactPersons
        ? { contactName: company.contactPerson?.name ?? null, contactEmail: company.contactPerson?.email ?? null }
        : {}),
    };
  }
}

export const entriesSheet: SheetDefinition = {
  id: 'entries',
  source: 'snapshot',
  name: { da: 'Bidrag', en: 'Entries' },
  fileName: 'entries.csv',
  columns,
  rowsOf: rows,
};
