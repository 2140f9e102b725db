import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerMessages } from '../common/messages.registry.js';
import { AuditModule } from '../audit/audit.module.js';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentsService } from './attachments.service.js';
import { EntriesService } from './entries.service.js';
import { EntryAnonymisation } from './entry-anonymisation.service.js';
import { EntryAccess } from './entry-access.service.js';
import { Entry } from './entry.entity.js';
import { EntryOpening } from './entry-opening.service.js';
import { EntryRevision } from './entry-revision.entity.js';
import { ReceiptsService } from './receipts.service.js';
import { SubmitEntry } from './submit-entry.use-case.js';
import { WithdrawEntry } from './withdraw-entry.use-case.js';

// Codes this module answers with that the shared catalogues do not carry.
registerMessages({
  'entry.not_found': { da: 'Besvarelsen findes ikke.', en: 'The entry does not exist.' },
  'entry.closed': { da: 'Udfordringen modtager ikke besvarelser (længere).', en: 'The challenge is not accepting entries (any more).' },
  'entry.not-open-yet': { da: 'Indsendelsen åbner først {opens}.', en: 'Submission does not open until {opens}.' },
  'entry.sealed': { da: 'Besvarelserne er forseglet, indtil de åbnes efter fristen.', en: 'The entries are sealed until they are opened after the deadline.' },
  'entry.sealed-until-deadline': { da: 'Besvarelserne kan først åbnes efter fristen.', en: 'The entries can only be opened after the deadline.' },
  'entry.company_only': { da: 'Kun virksomhedens egne medlemmer kan ændre besvarelsen.', en: 'Only the company’s own members can change the entry.' },
  'entry.stale-version': {
    da: 'En kollega har gemt en nyere udgave (version {currentVersion}). Hent den, og prøv igen.',
    en: 'A colleague has saved a newer version (version {currentVersion}). Load it and try again.',
  },
  'entry.no-entries-for-dialogue': { da: 'En markedsdialog modtager ingen besvarelser.', en: 'A market dialogue takes no entries.' },
  'attachment.not_found': { da: 'Dokumentet findes ikke.', en: 'The document does not exist.' },
  'receipt.not_found': { da: 'Kvitteringen findes ikke.', en: 'The receipt does not exist.' },
  'receipt.unknown': { da: 'Platformen kender ikke denne kvittering.', en: 'The platform does not know this receipt.' },
  'receipt.documents-missing': {
    da: 'Kvitteringen passer, men et eller flere af dokumenterne mangler i lageret.',
    en: 'The receipt matches, but one or more of its documents are missing from storage.',
  },
  'idempotency.key-reused': {
    da: 'Denne Idempotency-Key er allerede brugt til en anden handling.',
    en: 'This Idempotency-Key has already been used for another action.',
  },
});

@Module({
  imports: [TypeOrmModule.forFeature([Entry, EntryRevision, Attachment]), AuditModule, ChallengesModule, MailModule, OrganisationsModule, OutboxModule],
  providers: [EntriesService, EntryAccess, AttachmentsService, SubmitEntry, WithdrawEntry, EntryOpening, ReceiptsService, EntryAnonymisation],
  exports: [EntriesService, EntryAccess, EntryOpening, ReceiptsService, EntryAnonymisation, AttachmentsService, SubmitEntry, WithdrawEntry],
})
export class SubmissionsModule {}
