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
  EventRegistration,
  HackathonEventOverview,
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
import type {
  EntryScreening,
  IdentityLeakDecision,
  BlockerDecision,
  CompanyResponse,
  RuleCatalogue,
  ScreeningHistoryRow,
  ScreeningProgress,
  ScreeningRerun,
} from './screening-types.js';
import type {
  AgreementView,
  AssignResult,
  AssignmentList,
  ComparisonResult,
  ConflictDeclaration,
  ConflictForm,
  ConflictKind,
  ConflictRecord,
  ConsensusItem,
  ConsensusList,
  DecisionInput,
  DecisionView,
  EntryFeedback,
  JurorChallenge,
  JurorEntryView,
  JuryPanel,
  PairwiseNext,
  PanelReviews,
  PanelUpdate,
  RankingView,
  ReviewScore,
  ReviewView,
  SavedReview,
} from './judging-types.js';
import type { ArchiveVerification, ExportOptionsInput, ExportView } from './export-types.js';

export type * from './types.js';
export type * from './challenge-types.js';
export type * from './entry-types.js';
export type * from './screening-types.js';
export type * from './judging-types.js';
export type * from './export-types.js';
export { hasReport } from './screening-types.js';

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
  registerForEvent: { method: 'POST', path: '/api/challenges/:id/event-registrations' },
  myEventRegistration: { method: 'GET', path: '/api/challenges/:id/event-registrations/mine' },
  formTeam: { method: 'POST', path: '/api/challenges/:id/teams' },
  hackathonTeams: { method: 'GET', path: '/api/challenges/:id/teams' },

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

  entryScreening: { method: 'GET', path: '/api/entries/:id/screening' },
  entryScreeningHistory: { method: 'GET', path: '/api/entries/:id/screening/history' },
  challengeScreeningReports: { method: 'GET', path: '/api/challenges/:id/screening/reports' },
  decideBlocker: { method: 'POST', path: '/api/entries/:id/screening/decisions' },
  respondToScreening: { method: 'POST', path: '/api/entries/:id/screening/responses' },
  decideIdentityLeaks: { method: 'POST', path: '/api/entries/:id/screening/identity-leaks' },
  screeningProgress: { method: 'GET', path: '/api/challenges/:id/screening/progress' },
  rerunScreening: { method: 'POST', path: '/api/challenges/:id/screening/rerun' },
  screeningRules: { method: 'GET', path: '/api/screening/rules' },

  juryPanel: { method: 'GET', path: '/api/challenges/:id/jury' },
  updateJuryPanel: { method: 'PATCH', path: '/api/challenges/:id/jury' },
  inviteJuror: { method: 'POST', path: '/api/challenges/:id/jury/jurors' },
  myConflicts: { method: 'GET', path: '/api/challenges/:id/jury/conflicts/mine' },
  declareConflicts: { method: 'PUT', path: '/api/challenges/:id/jury/conflicts/mine' },
  juryConflicts: { method: 'GET', path: '/api/challenges/:id/jury/conflicts' },
  addConflict: { method: 'POST', path: '/api/challenges/:id/jury/conflicts' },
  assignJury: { method: 'POST', path: '/api/challenges/:id/jury/assign' },
  juryAssignments: { method: 'GET', path: '/api/challenges/:id/jury/assignments' },
  addAssignment: { method: 'POST', path: '/api/challenges/:id/jury/assignments' },
  removeAssignment: { method: 'DELETE', path: '/api/challenges/:id/jury/assignments/:entryId/:jurorId' },
  ranking: { method: 'GET', path: '/api/challenges/:id/ranking' },
  juryAgreement: { method: 'GET', path: '/api/challenges/:id/jury/agreement' },
  consensusList: { method: 'GET', path: '/api/challenges/:id/jury/consensus' },
  recordConsensus: { method: 'POST', path: '/api/challenges/:id/jury/consensus/:entryId' },
  pairwiseNext: { method: 'GET', path: '/api/challenges/:id/pairwise/next' },
  pairwiseCompare: { method: 'POST', path: '/api/challenges/:id/pairwise/comparisons' },
  decide: { method: 'POST', path: '/api/challenges/:id/decision' },
  decision: { method: 'GET', path: '/api/challenges/:id/decision' },
  entryFeedback: { method: 'GET', path: '/api/entries/:entryId/feedback' },
  myJuryAssignments: { method: 'GET', path: '/api/jury/assignments' },
  jurorEntry: { method: 'GET', path: '/api/jury/entries/:entryId' },
  jurorDocument: { method: 'GET', path: '/api/jury/entries/:entryId/documents/:attachmentId' },
  panelReviews: { method: 'GET', path: '/api/jury/entries/:entryId/reviews' },
  myReview: { method: 'GET', path: '/api/jury/reviews/:entryId' },
  saveReview: { method: 'PUT', path: '/api/jury/reviews/:entryId' },

  startExport: { method: 'POST', path: '/api/challenges/:challengeId/exports' },
  challengeExports: { method: 'GET', path: '/api/challenges/:challengeId/exports' },
  getExport: { method: 'GET', path: '/api/exports/:id' },
  exportFile: { method: 'GET', path: '/api/exports/:id/files/:name' },
  verifyExportArchive: { method: 'POST', path: '/api/exports/verify' },
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

  hackathons: {
    /** Registers the signed-in person (not a company) for the hackathon event. */
    register: (challengeId: string) => call<EventRegistration>(ENDPOINTS.registerForEvent, { params: { id: challengeId } }),
    mine: (challengeId: string) => call<EventRegistration>(ENDPOINTS.myEventRegistration, { params: { id: challengeId } }),
    /** Forms a team during the event, led by the caller; members are invited like company members. */
    formTeam: (challengeId: string, input: { name: string; country: string }) =>
      call<Company>(ENDPOINTS.formTeam, { params: { id: challengeId }, body: input }),
    overview: (challengeId: string) => call<HackathonEventOverview>(ENDPOINTS.hackathonTeams, { params: { id: challengeId } }),
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

  screening: {
    forEntry: (id: string) => call<EntryScreening>(ENDPOINTS.entryScreening, { params: { id } }),
    history: (id: string) => call<ScreeningHistoryRow[]>(ENDPOINTS.entryScreeningHistory, { params: { id } }),
    /** What `forEntry` answers for each submitted entry of the challenge, in one request (the team, after opening). */
    forChallenge: (challengeId: string) => call<EntryScreening[]>(ENDPOINTS.challengeScreeningReports, { params: { id: challengeId } }),
    decideBlocker: (id: string, input: { ruleId: string; decision: 'confirmed' | 'overridden'; reason: string }) =>
      call<BlockerDecision[]>(ENDPOINTS.decideBlocker, { params: { id }, body: input }),
    respond: (id: string, text: string) => call<CompanyResponse[]>(ENDPOINTS.respondToScreening, { params: { id }, body: { text } }),
    decideIdentityLeaks: (id: string, input: { decision: 'redacted' | 'accepted'; reason: string }) =>
      call<IdentityLeakDecision>(ENDPOINTS.decideIdentityLeaks, { params: { id }, body: input }),
    progress: (challengeId: string) => call<ScreeningProgress>(ENDPOINTS.screeningProgress, { params: { id: challengeId } }),
    rerun: (challengeId: string) => call<ScreeningRerun>(ENDPOINTS.rerunScreening, { params: { id: challengeId } }),
    rules: () => call<RuleCatalogue>(ENDPOINTS.screeningRules),
  },

  jury: {
    panel: (challengeId: string) => call<JuryPanel>(ENDPOINTS.juryPanel, { params: { id: challengeId } }),
    updatePanel: (challengeId: string, changes: PanelUpdate) => call<JuryPanel>(ENDPOINTS.updateJuryPanel, { params: { id: challengeId }, body: changes }),
    inviteJuror: (challengeId: string, input: { email: string; name: string }) =>
      call<InvitationResult>(ENDPOINTS.inviteJuror, { params: { id: challengeId }, body: input }),
    myConflicts: (challengeId: string) => call<ConflictForm>(ENDPOINTS.myConflicts, { params: { id: challengeId } }),
    declareConflicts: (challengeId: string, declarations: ConflictDeclaration[]) =>
      call<ConflictForm>(ENDPOINTS.declareConflicts, { params: { id: challengeId }, body: { declarations } }),
    conflicts: (challengeId: string) => call<ConflictRecord[]>(ENDPOINTS.juryConflicts, { params: { id: challengeId } }),
    addConflict: (challengeId: string, input: { jurorId: string; companyId: string; kind: Exclude<ConflictKind, 'none'>; note: string }) =>
      call<ConflictRecord[]>(ENDPOINTS.addConflict, { params: { id: challengeId }, body: input }),
    assign: (challengeId: string, seed: string, perEntry?: number) =>
      call<AssignResult>(ENDPOINTS.assignJury, { params: { id: challengeId }, body: { seed, ...(perEntry !== undefined && { perEntry }) } }),
    assignments: (challengeId: string) => call<AssignmentList>(ENDPOINTS.juryAssignments, { params: { id: challengeId } }),
    addAssignment: (challengeId: string, input: { entryId: string; jurorId: string; reason: string }) =>
      call<AssignmentList>(ENDPOINTS.addAssignment, { params: { id: challengeId }, body: input }),
    removeAssignment: (challengeId: string, entryId: string, jurorId: string, reason: string) =>
      call<AssignmentList>(ENDPOINTS.removeAssignment, { params: { id: challengeId, entryId, jurorId }, query: { reason } }),
    ranking: (challengeId: string) => call<RankingView>(ENDPOINTS.ranking, { params: { id: challengeId } }),
    agreement: (challengeId: string) => call<AgreementView>(ENDPOINTS.juryAgreement, { params: { id: challengeId } }),
    consensus: (challengeId: string) => call<ConsensusList>(ENDPOINTS.consensusList, { params: { id: challengeId } }),
    recordConsensus: (challengeId: string, entryId: string, scores: ReviewScore[]) =>
      call<ConsensusItem>(ENDPOINTS.recordConsensus, { params: { id: challengeId, entryId }, body: { scores } }),
    pairwiseNext: (challengeId: string) => call<PairwiseNext>(ENDPOINTS.pairwiseNext, { params: { id: challengeId } }),
    compare: (challengeId: string, winner: string, loser: string) =>
      call<ComparisonResult>(ENDPOINTS.pairwiseCompare, { params: { id: challengeId }, body: { winner, loser } }),
    decide: (challengeId: string, input: DecisionInput) => call<DecisionView>(ENDPOINTS.decide, { params: { id: challengeId }, body: input }),
    decision: (challengeId: string) => call<DecisionView>(ENDPOINTS.decision, { params: { id: challengeId } }),
    feedback: (entryId: string) => call<EntryFeedback>(ENDPOINTS.entryFeedback, { params: { entryId } }),
    myAssignments: () => call<JurorChallenge[]>(ENDPOINTS.myJuryAssignments),
    entry: (entryId: string) => call<JurorEntryView>(ENDPOINTS.jurorEntry, { params: { entryId } }),
    documentUrl: (entryId: string, attachmentId: string) => buildPath(ENDPOINTS.jurorDocument, { params: { entryId, attachmentId } }),
    panelReviews: (entryId: string) => call<PanelReviews>(ENDPOINTS.panelReviews, { params: { entryId } }),
    myReview: (entryId: string) => call<ReviewView | null>(ENDPOINTS.myReview, { params: { entryId } }),
    saveReview: (entryId: string, scores: ReviewScore[], submit = false) =>
      call<SavedReview>(ENDPOINTS.saveReview, { params: { entryId }, body: { scores, ...(submit && { submit: true }) } }),
  },

  exports: {
    start: (challengeId: string, options: ExportOptionsInput) => call<{ id: string }>(ENDPOINTS.startExport, { params: { challengeId }, body: options }),
    forChallenge: (challengeId: string) => call<ExportView[]>(ENDPOINTS.challengeExports, { params: { challengeId } }),
    get: (id: string) => call<ExportView>(ENDPOINTS.getExport, { params: { id } }),
    fileUrl: (id: string, name: string) => buildPath(ENDPOINTS.exportFile, { params: { id, name } }),
    verify: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return call<ArchiveVerification>(ENDPOINTS.verifyExportArchive, { form });
    },
  },
};
