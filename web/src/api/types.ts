import type { GlobalRole, InvitableRole } from '@fairpitch/shared/accounts';
import type { Locale } from '@fairpitch/shared/common';

// Response shapes of the API, as the server's controllers return them.

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  locale: Locale;
  disabled: boolean;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface InvitationPreview {
  email: string;
  name: string;
  role: InvitableRole;
}

export interface InvitationView {
  id: string;
  email: string;
  name: string;
  role: InvitableRole;
  challengeId: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface InvitationResult {
  invitation: InvitationView | null;
  /** Set when the person already had an account and got the role at once. */
  grantedTo: string | null;
}

export interface InvitationRequest {
  email: string;
  name: string;
  role: InvitableRole;
  challengeId?: string;
}

export type MailStatus = 'queued' | 'sent' | 'logged' | 'failed';

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  kind: string;
  status: MailStatus;
  createdAt: string;
  sentAt: string | null;
}

export type ChainVerification =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenAt: { seq: string; reason: 'hash-mismatch' | 'prev-hash-mismatch' } };

export interface AuditEvent {
  seq: string;
  occurredAt: string;
  action: string;
  actorId: string | null;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface Health {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
  redis: 'up' | 'down';
}

/** One field the server refused, with a message already in the language asked for. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}
