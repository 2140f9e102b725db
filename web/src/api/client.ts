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

export type * from './types.js';

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
  };
  const init: RequestInit = { method: endpoint.method, headers, credentials: 'same-origin' };
  if (options.body !== undefined) {
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
};
