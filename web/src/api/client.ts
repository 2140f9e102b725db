import type { GlobalRole } from '@fairpitch/shared/accounts';
import { DEFAULT_LOCALE, type Locale } from '@fairpitch/shared/common';
import type {
  AuditEvent,
  ChainVerification,
  FieldError,
  Health,
  InvitationPreview,
  InvitationRequest,
  InvitationResult,
  InvitationView,
  MailMessage,
  Page,
  PageQuery,
  UserSummary,
} from './types.js';
import type {
  AmendmentView,
  AskedQuestion,
  ChallengeDetail,
  ChallengeListQuery,
  ChallengePage,
  Company,
  CompanyMember,
  MyChallenge,
  MyCompany,
  PublishedQuestion,
  QuestionState,
  TeamMember,
} from './challenge-types.js';
import type {
  AttachmentView,
  Entry,
  EntryStats,
  MyEntry,
  OpenedEntry,
  OpeningResult,
  Receipt,
  ReceiptCheck,
  RevisionRow,
  WithdrawResult,
} from './entry-types.js';

export type * from './types.js';
export type * from './challenge-types.js';
export type * from './entry-types.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface Endpoint {
  method: Method;
  /** Express-style path; `:name` segments are filled from params. */
  path: string;
}

/**
 * Every endpoint the web app calls, in one table. The browser tests check each one against the
 * API's OpenAPI document, so a renamed route fails a test instead of a page.
 */
export const ENDPOINTS = {
  health: { method: 'GET', path: '/api/health' },
  login: { method: 'POST', path: '/api/auth/login' },
  logout: { method: 'POST', path: '/api/auth/logout' },
  me: { method: 'GET', path: '/api/auth/me' },
  updateMe: { method: 'PATCH', path: '/api/auth/me' },
  changePassword: { method: 'POST', path: '/api/auth/password' },
  previewInvitation: { method: 'GET', path: '/api/invitations/:token' },
  acceptInvitation: { method: 'POST', path: '/api/invitations/accept' },
  createInvitation: { method: 'POST', path: '/api/invitations' },
  listInvitations: { method: 'GET', path: '/api/invitations' },
  listUsers: { method: 'GET', path: '/api/admin/users' },
  setUserRole: { method: 'PATCH', path: '/api/admin/users/:id/role' },
  listMail: { method: 'GET', path: '/api/admin/mail' },
  verifyAudit: { method: 'GET', path: '/api/audit/verify' },
  listAuditEvents: { method: 'GET', path: '/api/audit/events' },

  listChallenges: { method: 'GET', path: '/api/challenges' },
  challengeCategories: { method: 'GET', path: '/api/challenges/categories' },
  myChallenges: { method: 'GET', path: '/api/challenges/mine' },
  getChallenge: { method: 'GET', path: '/api/challenges/:id' },
  createChallenge: { method: 'POST', path: '/api/challenges' },
  updateChallenge: { method: 'PATCH', path: '/api/challenges/:id' },
  publishChallenge: { method: 'POST', path: '/api/challenges/:id/publish' },
  amendChallenge: { method: 'POST', path: '/api/challenges/:id/amendments' },
  transitionChallenge: { method: 'POST', path: '/api/challenges/:id/transitions' },
  challengeTeam: { method: 'GET', path: '/api/challenges/:id/team' },
  inviteOrganiser: { method: 'POST', path: '/api/challenges/:id/organisers' },
  registerForChallenge: { method: 'POST', path: '/api/challenges/:id/registrations' },
  myRegistrations: { method: 'GET', path: '/api/challenges/:id/registrations/mine' },
  askQuestion: { method: 'POST', path: '/api/challenges/:id/questions' },
  questionQueue: { method: 'GET', path: '/api/challenges/:id/questions' },
  myQuestions: { method: 'GET', path: '/api/challenges/:id/questions/mine' },
  answerQuestion: { method: 'POST', path: '/api/questions/:id/answer' },

  registerCompany: { method: 'POST', path: '/api/companies' },
  myCompanies: { method: 'GET', path: '/api/companies/mine' },
  getCompany: { method: 'GET', path: '/api/companies/:id' },
  updateCompany: { method: 'PUT', path: '/api/companies/:id' },
  companyMembers: { method: 'GET', path: '/api/companies/:id/members' },
  inviteCompanyMember: { method: 'POST', path: '/api/companies/:id/members' },
  removeCompanyMember: { method: 'DELETE', path: '/api/companies/:id/members/:userId' },

  startEntry: { method: 'POST', path: '/api/challenges/:challengeId/entries' },
  entryStats: { method: 'GET', path: '/api/challenges/:challengeId/entries/stats' },
  challengeEntries: { method: 'GET', path: '/api/challenges/:challengeId/entries' },
  openEntries: { method: 'POST', path: '/api/challenges/:challengeId/entries/open' },
  myEntries: { method: 'GET', path: '/api/entries/mine' },
  getEntry: { method: 'GET', path: '/api/entries/:id' },
  saveEntry: { method: 'PATCH', path: '/api/entries/:id' },
  uploadAttachment: { method: 'POST', path: '/api/entries/:id/attachments' },
  removeAttachment: { method: 'DELETE', path: '/api/entries/:id/attachments/:attachmentId' },
  downloadAttachment: { method: 'GET', path: '/api/entries/:id/attachments/:attachmentId' },
  submitEntry: { method: 'POST', path: '/api/entries/:id/submit' },
  withdrawEntry: { method: 'POST', path: '/api/entries/:id/withdraw' },
  entryRevisions: { method: 'GET', path: '/api/entries/:id/revisions' },
  receipt: { method: 'GET', path: '/api/entries/:id/revisions/:revision/receipt' },
  receiptPdf: { method: 'GET', path: '/api/entries/:id/revisions/:revision/receipt.pdf' },
  verifyReceipt: { method: 'POST', path: '/api/receipts/verify' },
} as const satisfies Record<string, Endpoint>;

/** A refusal from the API: HTTP status, stable code, message in the UI language, fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True when the request never got an answer (offline, server down). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** The first message per field path, for showing beside each input. */
  fieldMessages(): Record<string, string> {
    const byPath: Record<string, string> = {};
    for (const field of this.fields) byPath[field.path] ??= field.message;
    return byPath;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface ClientSettings {
  locale: () => Locale;
  /** Called when a signed-in request finds the session gone (expired or revoked elsewhere). */
  onSessionLost: (error: ApiError) => void;
}

const settings: ClientSettings = {
  locale: () => DEFAULT_LOCALE,
  onSessionLost: () => undefined,
};

export function configureApiClient(changes: Partial<ClientSettings>): void {
  Object.assign(settings, changes);
}

interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** A multipart body (file uploads); the browser sets its content type with the boundary. */
  form?: FormData;
  headers?: Record<string, string>;
  /** For endpoints where 401 is an ordinary answer (who am I, sign in). */
  unauthorisedIsExpected?: boolean;
}

export function buildPath(endpoint: Endpoint, options: Pick<CallOptions, 'params' | 'query'> = {}): string {
  const path = endpoint.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${endpoint.path}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const data = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; message?: unknown; fields?: unknown };
  const code = typeof data.code === 'string' ? data.code : status >= 500 ? 'server.error' : 'request.failed';
  const message = typeof data.message === 'string' ? data.message : '';
  const fields = Array.isArray(data.fields)
    ? data.fields.filter((f): f is FieldError => typeof f === 'object' && f !== null && typeof (f as FieldError).path === 'string')
    : [];
  return new ApiError(status, code, message, fields);
}

async function call<T>(endpoint: Endpoint, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': settings.locale(),
    ...options.headers,
  };
  const init: RequestInit = { method: endpoint.method, headers, credentials: 'same-origin' };
  if (options.form !== undefined) {
    init.body = options.form;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(buildPath(endpoint, options), init);
  } catch {
    throw new ApiError(0, 'network.unreachable', '');
  }
  const body = await readJson(response);
  if (!response.ok) {
    const error = toApiError(response.status, body);
    if (response.status === 401 && !options.unauthorisedIsExpected) settings.onSessionLost(error);
    throw error;
  }
  return body as T;
}

export const api = {
  health: () => call<Health>(ENDPOINTS.health),

  auth: {
    login: (email: string, password: string) =>
      call<UserSummary>(ENDPOINTS.login, { body: { email, password }, unauthorisedIsExpected: true }),
    logout: () => call<void>(ENDPOINTS.logout, { unauthorisedIsExpected: true }),
    me: () => call<UserSummary>(ENDPOINTS.me, { unauthorisedIsExpected: true }),
    updateMe: (changes: { name?: string; locale?: Locale }) => call<UserSummary>(ENDPOINTS.updateMe, { body: changes }),
    changePassword: (currentPassword: string, newPassword: string) =>
      call<void>(ENDPOINTS.changePassword, { body: { currentPassword, newPassword } }),
  },

  invitations: {
    preview: (token: string) => call<InvitationPreview>(ENDPOINTS.previewInvitation, { params: { token } }),
    accept: (input: { token: string; password: string; name?: string }) =>
      call<UserSummary>(ENDPOINTS.acceptInvitation, { body: input, unauthorisedIsExpected: true }),
    create: (input: InvitationRequest) => call<InvitationResult>(ENDPOINTS.createInvitation, { body: input }),
    listOpen: () => call<InvitationView[]>(ENDPOINTS.listInvitations),
  },

  admin: {
    listUsers: (query: PageQuery = {}) => call<Page<UserSummary>>(ENDPOINTS.listUsers, { query: { ...query } }),
    setUserRole: (id: string, globalRole: GlobalRole | null) =>
      call<UserSummary>(ENDPOINTS.setUserRole, { params: { id }, body: { globalRole } }),
    listMail: (query: PageQuery = {}) => call<Page<MailMessage>>(ENDPOINTS.listMail, { query: { ...query } }),
  },

  audit: {
    verify: () => call<ChainVerification>(ENDPOINTS.verifyAudit),
    events: (limit = 50) => call<AuditEvent[]>(ENDPOINTS.listAuditEvents, { query: { limit } }),
  },

  challenges: {
    list: (query: ChallengeListQuery = {}) => call<ChallengePage>(ENDPOINTS.listChallenges, { query: { ...query } }),
    categories: () => call<string[]>(ENDPOINTS.challengeCategories),
    mine: () => call<MyChallenge[]>(ENDPOINTS.myChallenges),
    get: (id: string) => call<ChallengeDetail>(ENDPOINTS.getChallenge, { params: { id } }),
    create: (input: Record<string, unknown>) => call<ChallengeDetail>(ENDPOINTS.createChallenge, { body: input }),
    update: (id: string, changes: Record<string, unknown>, version?: number) =>
      call<ChallengeDetail>(ENDPOINTS.updateChallenge, { params: { id }, body: { ...changes, ...(version !== undefined && { version }) } }),
    publish: (id: string) => call<{ methodHash: string | null; status: string }>(ENDPOINTS.publishChallenge, { params: { id } }),
    amend: (id: string, reason: string, changes: Record<string, unknown>) =>
      call<AmendmentView & { notifiedRecipients: number }>(ENDPOINTS.amendChallenge, { params: { id }, body: { reason, changes } }),
    transition: (id: string, to: string, reason?: string) =>
      call<{ id: string; status: string }>(ENDPOINTS.transitionChallenge, { params: { id }, body: { to, ...(reason && { reason }) } }),
    team: (id: string) => call<TeamMember[]>(ENDPOINTS.challengeTeam, { params: { id } }),
    inviteOrganiser: (id: string, input: { email: string; name: string }) =>
      call<InvitationResult>(ENDPOINTS.inviteOrganiser, { params: { id }, body: input }),
    register: (id: string, companyId: string) =>
      call<{ challengeId: string; companyId: string }>(ENDPOINTS.registerForChallenge, { params: { id }, body: { companyId } }),
    myRegistrations: (id: string) => call<string[]>(ENDPOINTS.myRegistrations, { params: { id } }),
    ask: (id: string, text: string, companyId?: string) =>
      call<AskedQuestion>(ENDPOINTS.askQuestion, { params: { id }, body: { text, ...(companyId && { companyId }) } }),
    questionQueue: (id: string) => call<QuestionState[]>(ENDPOINTS.questionQueue, { params: { id } }),
    myQuestions: (id: string) => call<QuestionState[]>(ENDPOINTS.myQuestions, { params: { id } }),
    answer: (questionId: string, text: string, publishedQuestion?: string) =>
      call<PublishedQuestion & { notifiedRecipients: number }>(ENDPOINTS.answerQuestion, {
        params: { id: questionId },
        body: { text, ...(publishedQuestion && { publishedQuestion }) },
      }),
  },

  companies: {
    register: (input: Record<string, unknown>) => call<Company>(ENDPOINTS.registerCompany, { body: input }),
    mine: () => call<MyCompany[]>(ENDPOINTS.myCompanies),
    get: (id: string) => call<Company>(ENDPOINTS.getCompany, { params: { id } }),
    update: (id: string, input: Record<string, unknown>) => call<Company>(ENDPOINTS.updateCompany, { params: { id }, body: input }),
    members: (id: string) => call<CompanyMember[]>(ENDPOINTS.companyMembers, { params: { id } }),
    inviteMember: (id: string, input: { email: string; name: string }) =>
      call<InvitationResult>(ENDPOINTS.inviteCompanyMember, { params: { id }, body: input }),
    removeMember: (id: string, userId: string) => call<void>(ENDPOINTS.removeCompanyMember, { params: { id, userId } }),
  },

  entries: {
    /** Starts the company's entry, or returns the one it already has. */
    start: (challengeId: string, companyId?: string) =>
      call<Entry>(ENDPOINTS.startEntry, { params: { challengeId }, body: companyId ? { companyId } : {} }),
    stats: (challengeId: string) => call<EntryStats>(ENDPOINTS.entryStats, { params: { challengeId } }),
    forChallenge: (challengeId: string, query: { status?: string; q?: string } = {}) =>
      call<OpenedEntry[]>(ENDPOINTS.challengeEntries, { params: { challengeId }, query: { ...query } }),
    open: (challengeId: string) => call<OpeningResult>(ENDPOINTS.openEntries, { params: { challengeId } }),
    mine: () => call<MyEntry[]>(ENDPOINTS.myEntries),
    get: (id: string) => call<Entry>(ENDPOINTS.getEntry, { params: { id } }),
    /** Readable by the company always, by organisers only after opening (as an OpenedEntry). */
    getOpened: (id: string) => call<OpenedEntry>(ENDPOINTS.getEntry, { params: { id } }),
    save: (id: string, version: number, content: unknown) => call<Entry>(ENDPOINTS.saveEntry, { params: { id }, body: { version, content } }),
    upload: (id: string, file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return call<AttachmentView>(ENDPOINTS.uploadAttachment, { params: { id }, form });
    },
    removeAttachment: (id: string, attachmentId: string) => call<void>(ENDPOINTS.removeAttachment, { params: { id, attachmentId } }),
    attachmentUrl: (id: string, attachmentId: string) => buildPath(ENDPOINTS.downloadAttachment, { params: { id, attachmentId } }),
    /** The key makes a retried click return the same receipt instead of a second revision. */
    submit: (id: string, idempotencyKey: string) =>
      call<Receipt>(ENDPOINTS.submitEntry, { params: { id }, headers: { 'Idempotency-Key': idempotencyKey } }),
    withdraw: (id: string) => call<WithdrawResult>(ENDPOINTS.withdrawEntry, { params: { id } }),
    revisions: (id: string) => call<RevisionRow[]>(ENDPOINTS.entryRevisions, { params: { id } }),
    receipt: (id: string, revision: number) => call<Receipt>(ENDPOINTS.receipt, { params: { id, revision: String(revision) } }),
    receiptUrl: (id: string, revision: number) => buildPath(ENDPOINTS.receipt, { params: { id, revision: String(revision) } }),
    receiptPdfUrl: (id: string, revision: number) => buildPath(ENDPOINTS.receiptPdf, { params: { id, revision: String(revision) } }),
  },

  receipts: {
    verify: (receipt: Receipt) => call<ReceiptCheck>(ENDPOINTS.verifyReceipt, { body: { receipt } }),
  },
};
